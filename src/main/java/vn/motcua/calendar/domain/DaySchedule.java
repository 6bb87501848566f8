package vn.motcua.calendar.domain;

import java.time.Duration;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The office periods of one day, e.g. 07:00–11:30 and 13:30–17:00: ascending, not overlapping, each
 * starting before it ends, within the day. Immutable.
 *
 * <p>Positions inside the day are working nanoseconds since the day's first opening; the two
 * conversions below are the inner loop of every deadline computation, so they work on arrays of
 * seconds of the day.
 */
public final class DaySchedule {

  static final long NANOS_PER_SECOND = 1_000_000_000L;

  public static final DaySchedule CLOSED = new DaySchedule(new int[0], new int[0]);

  private static final Pattern PERIOD =
      Pattern.compile("(\\d{1,2}:\\d{2})\\s*-\\s*(\\d{1,2}:\\d{2})");

  private final int[] starts;
  private final int[] ends;

  /** Working seconds before each period. */
  private final int[] before;

  private final int total;

  private DaySchedule(int[] starts, int[] ends) {
    this.starts = starts;
    this.ends = ends;
    this.before = new int[starts.length];
    int sum = 0;
    for (int i = 0; i < starts.length; i++) {
      before[i] = sum;
      sum += ends[i] - starts[i];
    }
    this.total = sum;
  }

  /** The periods as start and end times. */
  public static DaySchedule of(List<Period> periods) {
    int[] starts = new int[periods.size()];
    int[] ends = new int[periods.size()];
    for (int i = 0; i < periods.size(); i++) {
      Period period = periods.get(i);
      if (i > 0 && period.start().isBefore(periods.get(i - 1).end())) {
        throw new IllegalArgumentException(
            "Office periods must be in order and must not overlap: " + periods);
      }
      starts[i] = period.start().toSecondOfDay();
      ends[i] = period.end().toSecondOfDay();
    }
    return new DaySchedule(starts, ends);
  }

  /**
   * Reads periods written as {@code 07:00-11:30 13:30-17:00} (separated by spaces or commas); an
   * empty text is a closed day.
   */
  public static DaySchedule parse(String text) {
    String rest = text.strip();
    List<Period> periods = new ArrayList<>();
    Matcher matcher = PERIOD.matcher(rest);
    int position = 0;
    while (matcher.find()) {
      if (!rest.substring(position, matcher.start()).matches("[\\s,;]*")) {
        throw new IllegalArgumentException("Cannot read office hours: " + text);
      }
      periods.add(new Period(time(matcher.group(1), text), time(matcher.group(2), text)));
      position = matcher.end();
    }
    if (!rest.substring(position).matches("[\\s,;]*")) {
      throw new IllegalArgumentException("Cannot read office hours: " + text);
    }
    return of(periods);
  }

  private static LocalTime time(String value, String text) {
    try {
      return LocalTime.parse(value.length() == 4 ? "0" + value : value);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("Not a time of day: " + value + " in " + text, e);
    }
  }

  public List<Period> periods() {
    List<Period> periods = new ArrayList<>(starts.length);
    for (int i = 0; i < starts.length; i++) {
      periods.add(new Period(LocalTime.ofSecondOfDay(starts[i]), LocalTime.ofSecondOfDay(ends[i])));
    }
    return periods;
  }

  /** The working time of the day. */
  public Duration length() {
    return Duration.ofSeconds(total);
  }

  public boolean closed() {
    return total == 0;
  }

  long totalNanos() {
    return total * NANOS_PER_SECOND;
  }

  /** The working nanoseconds of this day before a local time (given as second and nanosecond). */
  long position(int secondOfDay, int nano) {
    for (int i = 0; i < starts.length; i++) {
      if (secondOfDay < starts[i]) {
        return before[i] * NANOS_PER_SECOND;
      }
      if (secondOfDay < ends[i]) {
        return (before[i] + secondOfDay - starts[i]) * NANOS_PER_SECOND + nano;
      }
    }
    return totalNanos();
  }

  /**
   * The earliest local time (in nanoseconds of the day) by which {@code position} working
   * nanoseconds have passed, for {@code 0 < position <= length}: a position at the end of a period
   * is that end, not the next opening.
   */
  long nanoOfDayAt(long position) {
    int i = starts.length - 1;
    while (i > 0 && before[i] * NANOS_PER_SECOND >= position) {
      i--;
    }
    return starts[i] * NANOS_PER_SECOND + position - before[i] * NANOS_PER_SECOND;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof DaySchedule that
        && Arrays.equals(starts, that.starts)
        && Arrays.equals(ends, that.ends);
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(starts) + Arrays.hashCode(ends);
  }

  /** Periods as written: {@code 07:00-11:30 13:30-17:00}. */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder();
    for (Period period : periods()) {
      if (!text.isEmpty()) {
        text.append(' ');
      }
      text.append(period);
    }
    return text.toString();
  }

  /** One office period of a day, from {@code start} (inclusive) to {@code end} (exclusive). */
  public record Period(LocalTime start, LocalTime end) {

    public Period {
      if (!start.isBefore(end)) {
        throw new IllegalArgumentException(
            "An office period ends after it starts: " + start + "-" + end);
      }
      if (start.getNano() != 0 || end.getNano() != 0) {
        throw new IllegalArgumentException("Office periods are in whole seconds");
      }
    }

    @Override
    public String toString() {
      return start + "-" + end;
    }
  }
}
