package vn.motcua.calendar.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vn.motcua.calendar.CalendarDay;
import vn.motcua.calendar.DayKind;

/**
 * Reads the official days off shipped in {@code seed/vn-holidays-lunar/} (columns {@code
 * date,weekday,kind,name_vi,paired_date,source,confidence}, kinds and confidences in lower case).
 *
 * <p>The file is small, UTF-8 and RFC 4180 (fields with commas are quoted); a dozen lines read it,
 * where a CSV library would be a dependency for one seed file.
 */
public final class OfficialDaysCsv {

  private static final String HEADER = "date,weekday,kind,name_vi,paired_date,source,confidence";

  private OfficialDaysCsv() {}

  /** The file's days, recorded at {@code recordedAt} by {@code recordedBy}. */
  public static List<RecordedDay> parse(String text, Instant recordedAt, String recordedBy) {
    List<String> lines = text.lines().filter(line -> !line.isBlank()).toList();
    if (lines.isEmpty() || !lines.get(0).strip().equals(HEADER)) {
      throw new IllegalArgumentException("Expected the header " + HEADER);
    }
    List<RecordedDay> days = new ArrayList<>();
    for (String line : lines.subList(1, lines.size())) {
      List<String> fields = fields(line);
      if (fields.size() != 7) {
        throw new IllegalArgumentException("Expected 7 fields: " + line);
      }
      LocalDate date = LocalDate.parse(fields.get(0));
      String paired = fields.get(4);
      CalendarDay day =
          new CalendarDay(
              date,
              DayKind.valueOf(fields.get(2).toUpperCase(Locale.ROOT)),
              fields.get(3),
              paired.isEmpty() ? null : LocalDate.parse(paired));
      days.add(
          new RecordedDay(
              day,
              null,
              null,
              fields.get(5),
              Confidence.valueOf(fields.get(6).toUpperCase(Locale.ROOT)),
              null,
              null,
              recordedAt,
              recordedBy,
              0));
    }
    return days;
  }

  /** The fields of one line: quoted fields may hold commas and doubled quotes. */
  static List<String> fields(String line) {
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quoted && c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
        field.append('"');
        i++;
      } else if (c == '"') {
        quoted = !quoted;
      } else if (c == ',' && !quoted) {
        fields.add(field.toString());
        field.setLength(0);
      } else {
        field.append(c);
      }
    }
    fields.add(field.toString());
    return fields;
  }
}
