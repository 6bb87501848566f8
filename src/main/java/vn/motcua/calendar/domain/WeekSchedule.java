package vn.motcua.calendar.domain;

import java.time.DayOfWeek;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The office periods of each day of a normal week, e.g. Monday to Friday 07:00–11:30 and
 * 13:30–17:00. Written as {@code MON-FRI 07:00-11:30 13:30-17:00; SAT 07:00-11:30} (days not named
 * are closed), the form it is stored in.
 *
 * <p>Its standard working day ({@link #workingDay()}) is the most common length of an open day (the
 * longer one on a tie): 8 hours for the default week, also when Saturday mornings are added.
 */
public final class WeekSchedule {

  /** Monday to Friday, 07:00–11:30 and 13:30–17:00: the common default (LEGAL.md). */
  public static final WeekSchedule STANDARD = parse("MON-FRI 07:00-11:30 13:30-17:00");

  private final DaySchedule[] days;
  private final DaySchedule standardDay;

  private WeekSchedule(DaySchedule[] days) {
    this.days = days;
    this.standardDay = standardDay(days);
  }

  /**
   * A week from each day's periods; days missing from the map are closed.
   *
   * @throws IllegalArgumentException when no day is open
   */
  public static WeekSchedule of(Map<DayOfWeek, DaySchedule> schedule) {
    DaySchedule[] days = new DaySchedule[7];
    for (DayOfWeek day : DayOfWeek.values()) {
      days[day.ordinal()] = schedule.getOrDefault(day, DaySchedule.CLOSED);
    }
    WeekSchedule week = new WeekSchedule(days);
    if (week.standardDay.closed()) {
      throw new IllegalArgumentException("A week needs at least one open day");
    }
    return week;
  }

  /**
   * Reads {@code MON-FRI 07:00-11:30 13:30-17:00; SAT 07:00-11:30}: groups separated by {@code ;},
   * each a day or a range of days and its periods.
   */
  public static WeekSchedule parse(String text) {
    Map<DayOfWeek, DaySchedule> schedule = new EnumMap<>(DayOfWeek.class);
    for (String group : text.split(";")) {
      String entry = group.strip();
      if (entry.isEmpty()) {
        continue;
      }
      String[] parts = entry.split("\\s+", 2);
      DaySchedule periods = DaySchedule.parse(parts.length > 1 ? parts[1] : "");
      for (DayOfWeek day : days(parts[0], text)) {
        if (schedule.put(day, periods) != null) {
          throw new IllegalArgumentException("A day is given twice in the week: " + text);
        }
      }
    }
    return of(schedule);
  }

  private static List<DayOfWeek> days(String range, String text) {
    String[] ends = range.split("-");
    if (ends.length > 2) {
      throw new IllegalArgumentException("Cannot read the days " + range + " in " + text);
    }
    DayOfWeek first = day(ends[0], text);
    DayOfWeek last = day(ends[ends.length - 1], text);
    if (last.compareTo(first) < 0) {
      throw new IllegalArgumentException("Days run from Monday to Sunday: " + range);
    }
    return Arrays.asList(DayOfWeek.values()).subList(first.ordinal(), last.ordinal() + 1);
  }

  private static DayOfWeek day(String abbreviation, String text) {
    for (DayOfWeek day : DayOfWeek.values()) {
      if (abbreviation(day).equalsIgnoreCase(abbreviation)) {
        return day;
      }
    }
    throw new IllegalArgumentException(
        "Not a day (MON, TUE, WED, THU, FRI, SAT, SUN): " + abbreviation + " in " + text);
  }

  private static String abbreviation(DayOfWeek day) {
    return day.name().substring(0, 3);
  }

  private static DaySchedule standardDay(DaySchedule[] days) {
    DaySchedule best = DaySchedule.CLOSED;
    int bestCount = 0;
    for (DaySchedule candidate : days) {
      int count = 0;
      for (DaySchedule other : days) {
        if (!candidate.closed() && other.length().equals(candidate.length())) {
          count++;
        }
      }
      if (count > bestCount
          || (count == bestCount && candidate.length().compareTo(best.length()) > 0)) {
        best = candidate;
        bestCount = count;
      }
    }
    return best;
  }

  public DaySchedule on(DayOfWeek day) {
    return days[day.ordinal()];
  }

  /** The first open day of the week with the standard length: the hours of a normal weekday. */
  public DaySchedule standardDay() {
    return standardDay;
  }

  /** The length of a standard working day. */
  public Duration workingDay() {
    return standardDay.length();
  }

  /** The canonical text: consecutive days with the same periods grouped. */
  @Override
  public String toString() {
    List<String> groups = new ArrayList<>();
    int first = 0;
    while (first < 7) {
      int last = first;
      while (last + 1 < 7 && days[last + 1].equals(days[first])) {
        last++;
      }
      if (!days[first].closed()) {
        DayOfWeek from = DayOfWeek.values()[first];
        DayOfWeek to = DayOfWeek.values()[last];
        groups.add(
            abbreviation(from) + (last > first ? "-" + abbreviation(to) : "") + " " + days[first]);
      }
      first = last + 1;
    }
    return String.join("; ", groups);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof WeekSchedule that && Arrays.equals(days, that.days);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(days);
  }
}
