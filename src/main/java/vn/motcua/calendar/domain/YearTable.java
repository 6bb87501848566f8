package vn.motcua.calendar.domain;

import java.time.Instant;
import java.time.LocalDate;
import vn.motcua.calendar.CalendarDay;

/**
 * One calendar's year, precomputed: each day's office periods and the working time before each day.
 * A position in the year is the working time (in nanoseconds) since the year began. Turning an
 * instant into a position costs an array lookup and a loop over one day's periods; turning a
 * position back into an instant looks up the day by the position's working hour (an index with one
 * entry per working hour of the year) and steps over at most the days of that hour, never a walk
 * through the year.
 */
final class YearTable {

  static final long SECONDS_PER_DAY = 86_400;

  /** Vietnam's offset from UTC (+07:00, without daylight saving time since 1975). */
  static final long OFFSET_SECONDS = 7 * 3600;

  final int year;
  final long firstEpochDay;
  private final DaySchedule[] schedules;

  private static final long HOUR_NANOS = 3600 * DaySchedule.NANOS_PER_SECOND;

  /** Working nanoseconds of the year before each day; the last entry is the year's total. */
  private final long[] before;

  /** For each whole working hour h of the year, the last day that starts at or before it. */
  private final int[] dayOfHour;

  private YearTable(int year, long firstEpochDay, DaySchedule[] schedules) {
    this.year = year;
    this.firstEpochDay = firstEpochDay;
    this.schedules = schedules;
    this.before = new long[schedules.length + 1];
    for (int day = 0; day < schedules.length; day++) {
      before[day + 1] = before[day] + schedules[day].totalNanos();
    }
    this.dayOfHour = new int[(int) (total() / HOUR_NANOS) + 1];
    int day = 0;
    for (int hour = 0; hour < dayOfHour.length; hour++) {
      while (day + 1 < schedules.length && before[day + 1] <= hour * HOUR_NANOS) {
        day++;
      }
      dayOfHour[hour] = day;
    }
  }

  static YearTable build(int year, WeekSchedule week, YearDays days) {
    LocalDate first = LocalDate.of(year, 1, 1);
    DaySchedule[] schedules = new DaySchedule[first.lengthOfYear()];
    for (int day = 0; day < schedules.length; day++) {
      LocalDate date = first.plusDays(day);
      CalendarDay exception = days.on(date);
      schedules[day] =
          exception == null
              ? week.on(date.getDayOfWeek())
              : exception.kind().working() ? makeUpHours(week, exception) : DaySchedule.CLOSED;
    }
    return new YearTable(year, first.toEpochDay(), schedules);
  }

  /** A make-up working day keeps the hours of the weekday it replaces, else a normal weekday's. */
  private static DaySchedule makeUpHours(WeekSchedule week, CalendarDay day) {
    LocalDate replaced = day.pairedDate();
    DaySchedule hours = replaced == null ? DaySchedule.CLOSED : week.on(replaced.getDayOfWeek());
    return hours.closed() ? week.standardDay() : hours;
  }

  long total() {
    return before[before.length - 1];
  }

  /** The position at the start of a day (midnight) of this year. */
  long startOf(long epochDay) {
    return before[(int) (epochDay - firstEpochDay)];
  }

  /** The position at the end of a day of this year (after its last period). */
  long endOf(long epochDay) {
    return before[(int) (epochDay - firstEpochDay) + 1];
  }

  /** The position of a local time on a day of this year. */
  long position(long epochDay, int secondOfDay, int nano) {
    int day = (int) (epochDay - firstEpochDay);
    return before[day] + schedules[day].position(secondOfDay, nano);
  }

  /**
   * The earliest instant at a position {@code 0 < position <= total()}: when the position is the
   * end of a period, that end.
   */
  Instant instantAt(long position) {
    // The last day that starts before the position: from the one of the position's hour, step
    // over the days (and the closed days) that still start before it.
    int day = dayOfHour[(int) ((position - 1) / HOUR_NANOS)];
    while (day + 1 < schedules.length && before[day + 1] < position) {
      day++;
    }
    long nanoOfDay = schedules[day].nanoOfDayAt(position - before[day]);
    long epochSecond =
        (firstEpochDay + day) * SECONDS_PER_DAY
            - OFFSET_SECONDS
            + nanoOfDay / DaySchedule.NANOS_PER_SECOND;
    return Instant.ofEpochSecond(epochSecond, nanoOfDay % DaySchedule.NANOS_PER_SECOND);
  }
}
