package vn.motcua.calendar.domain;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/** The shipped official days off 2024–2026, and calendars over them, for the tests. */
final class SeedDays {

  static final ZoneOffset VIETNAM = ZoneOffset.ofHours(7);

  private SeedDays() {}

  static List<RecordedDay> recorded() {
    try (InputStream in =
        SeedDays.class.getResourceAsStream(
            "/seed/vn-holidays-lunar/vn_official_days_off_2024_2026.csv")) {
      return OfficialDaysCsv.parse(
          new String(in.readAllBytes(), StandardCharsets.UTF_8), Instant.EPOCH, "test");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The national default: Monday to Friday 07:00–11:30 and 13:30–17:00 over the seed days. */
  static WorkingCalendar standard() {
    return new WorkingCalendar(WeekSchedule.STANDARD, new NationalDays(recorded()));
  }

  /** A local date-time in Vietnam, e.g. {@code at("2026-02-13T16:00")}. */
  static Instant at(String localDateTime) {
    return LocalDateTime.parse(localDateTime).toInstant(VIETNAM);
  }

  static OffsetDateTime local(Instant instant) {
    return instant.atOffset(VIETNAM);
  }
}
