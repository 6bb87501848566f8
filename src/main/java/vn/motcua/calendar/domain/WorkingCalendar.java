package vn.motcua.calendar.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.jspecify.annotations.Nullable;
import vn.motcua.calendar.CalendarRangeException;
import vn.motcua.calendar.DeadlineOptions;
import vn.motcua.calendar.LimitUnit;
import vn.motcua.calendar.TimeLimit;
import vn.motcua.calendar.Timeliness;
import vn.motcua.calendar.WorkingTime;

/**
 * The deadline arithmetic of one working calendar: a normal week of office periods and the days
 * that differ from it. Local times are Vietnam's (+07:00); instants are counted to the nanosecond.
 *
 * <p>Working time is measured as a position: the working time since the start of the year. {@code
 * plus} moves the position forward and turns it back into the earliest instant with that position,
 * so an amount that runs out exactly at the end of a period ends there, not at the next opening.
 * The years are precomputed ({@link YearTable}) when first used and kept: every computation is a
 * few array lookups, whatever the amount. Thread-safe; two threads building the same year build
 * equal tables and either may win.
 *
 * <p>The semantics, in full, are in {@code docs/calendar.md}.
 */
public final class WorkingCalendar implements WorkingTime {

  private static final int FIRST_YEAR = CalendarRangeException.FIRST_YEAR;
  private static final int LAST_YEAR = CalendarRangeException.LAST_YEAR;

  private static final double DAYS_TO_YEARS = 1 / 365.2425;

  /** The epoch day of each 1 January from the first year to the one after the last. */
  private static final long[] YEAR_STARTS = new long[LAST_YEAR - FIRST_YEAR + 2];

  static {
    for (int i = 0; i < YEAR_STARTS.length; i++) {
      YEAR_STARTS[i] = LocalDate.of(FIRST_YEAR + i, 1, 1).toEpochDay();
    }
  }

  private static final long HOUR_SECONDS = 3600;

  private final WeekSchedule week;
  private final ExceptionalDays days;
  private final long workingDaySeconds;
  private final AtomicReferenceArray<YearTable> years =
      new AtomicReferenceArray<>(LAST_YEAR - FIRST_YEAR + 1);

  public WorkingCalendar(WeekSchedule week, ExceptionalDays days) {
    this.week = week;
    this.days = days;
    this.workingDaySeconds = week.workingDay().toSeconds();
  }

  public WeekSchedule week() {
    return week;
  }

  @Override
  public Instant countingFrom(Instant receivedAt, DeadlineOptions options) {
    Start start = start(receivedAt, options);
    return nextOpening(start.year(), start.position());
  }

  /** Where counting starts: a year and a position in it. */
  private record Start(YearTable year, long position) {}

  private Start start(Instant receivedAt, DeadlineOptions options) {
    long localSecond = receivedAt.getEpochSecond() + YearTable.OFFSET_SECONDS;
    long epochDay = Math.floorDiv(localSecond, YearTable.SECONDS_PER_DAY);
    int secondOfDay = (int) Math.floorMod(localSecond, YearTable.SECONDS_PER_DAY);
    if (afterCutoff(secondOfDay, receivedAt.getNano(), options.cutoff())) {
      YearTable nextDay = table(epochDay + 1);
      return new Start(nextDay, nextDay.startOf(epochDay + 1));
    }
    YearTable year = table(epochDay);
    return new Start(year, year.position(epochDay, secondOfDay, receivedAt.getNano()));
  }

  private static boolean afterCutoff(int secondOfDay, int nano, @Nullable LocalTime cutoff) {
    if (cutoff == null) {
      return false;
    }
    long time = secondOfDay * DaySchedule.NANOS_PER_SECOND + nano;
    return time > cutoff.toNanoOfDay();
  }

  /** The first instant at or after a position at which working time runs. */
  private Instant nextOpening(YearTable table, long position) {
    return advance(table, position, 1).minusNanos(1);
  }

  @Override
  public Instant due(Instant receivedAt, TimeLimit limit, DeadlineOptions options) {
    return switch (limit.unit()) {
      case WORKING_DAYS -> dueIn(receivedAt, nanos(limit.amount(), workingDaySeconds), options);
      case WORKING_HOURS -> dueIn(receivedAt, nanos(limit.amount(), HOUR_SECONDS), options);
      case DAYS, MONTHS ->
          endOfWorkingDay(calendarDue(localDate(countingFrom(receivedAt, options)), limit));
    };
  }

  /** The due instant of an amount of working time; the start needs no instant of its own. */
  private Instant dueIn(Instant receivedAt, long nanos, DeadlineOptions options) {
    Start start = start(receivedAt, options);
    return nanos == 0
        ? nextOpening(start.year(), start.position())
        : advance(start.year(), start.position(), nanos);
  }

  /**
   * The date a limit in days or months ends: the start date does not count (Civil Code 2015, Art.
   * 147), a month ends on the same day of the month or, when there is none, on the month's last day
   * (Art. 148).
   */
  private static LocalDate calendarDue(LocalDate start, TimeLimit limit) {
    try {
      long amount = limit.amount().longValueExact();
      return limit.unit() == LimitUnit.DAYS ? start.plusDays(amount) : start.plusMonths(amount);
    } catch (ArithmeticException | DateTimeException e) {
      throw new CalendarRangeException("The time limit " + limit.amount() + " is too long");
    }
  }

  /** An amount of working days or hours in nanoseconds, rounded to the second. */
  private static long nanos(BigDecimal amount, long unitSeconds) {
    // Digits before the decimal point: bounds the work of the multiplication below for amounts
    // such as 1E+999999999 or 1E-999999999, which a client may send.
    int magnitude = amount.precision() - amount.scale();
    if (magnitude > 12) {
      throw new CalendarRangeException("The time limit " + amount + " is too long");
    }
    if (magnitude < -12) {
      return 0;
    }
    try {
      long seconds =
          amount.scale() == 0
              ? Math.multiplyExact(amount.longValueExact(), unitSeconds)
              : amount
                  .multiply(BigDecimal.valueOf(unitSeconds))
                  .setScale(0, RoundingMode.HALF_UP)
                  .longValueExact();
      return Math.multiplyExact(seconds, DaySchedule.NANOS_PER_SECOND);
    } catch (ArithmeticException e) {
      throw new CalendarRangeException("The time limit " + amount + " is too long");
    }
  }

  /**
   * The end of the last office period of a date, or of the next working day when the date is not
   * one.
   */
  private Instant endOfWorkingDay(LocalDate date) {
    long epochDay = date.toEpochDay();
    YearTable table = table(epochDay);
    Instant opening = advance(table, table.startOf(epochDay), 1);
    long workingDay =
        Math.floorDiv(
            opening.getEpochSecond() + YearTable.OFFSET_SECONDS, YearTable.SECONDS_PER_DAY);
    YearTable workingYear = table(workingDay);
    return workingYear.instantAt(workingYear.endOf(workingDay));
  }

  @Override
  public Instant plus(Instant from, Duration workingTime) {
    if (workingTime.isNegative()) {
      throw new IllegalArgumentException("Working time to add cannot be negative: " + workingTime);
    }
    try {
      return plusNanos(from, workingTime.toNanos());
    } catch (ArithmeticException e) {
      throw new CalendarRangeException("The working time " + workingTime + " is too long");
    }
  }

  private Instant plusNanos(Instant from, long nanos) {
    if (nanos == 0) {
      return from;
    }
    long localSecond = from.getEpochSecond() + YearTable.OFFSET_SECONDS;
    long epochDay = Math.floorDiv(localSecond, YearTable.SECONDS_PER_DAY);
    YearTable table = table(epochDay);
    long position =
        table.position(
            epochDay, (int) Math.floorMod(localSecond, YearTable.SECONDS_PER_DAY), from.getNano());
    return advance(table, position, nanos);
  }

  /** The earliest instant {@code amount > 0} working nanoseconds after a position of a year. */
  private Instant advance(YearTable table, long position, long amount) {
    long target = position + amount;
    YearTable year = table;
    while (target > year.total()) {
      target -= year.total();
      year = yearTable(year.year + 1);
    }
    return year.instantAt(target);
  }

  @Override
  public Duration elapsed(Instant from, Instant to) {
    if (!to.isAfter(from)) {
      return Duration.ZERO;
    }
    long fromSecond = from.getEpochSecond() + YearTable.OFFSET_SECONDS;
    long fromDay = Math.floorDiv(fromSecond, YearTable.SECONDS_PER_DAY);
    long toSecond = to.getEpochSecond() + YearTable.OFFSET_SECONDS;
    long toDay = Math.floorDiv(toSecond, YearTable.SECONDS_PER_DAY);
    YearTable fromYear = table(fromDay);
    YearTable toYear = table(toDay);
    long nanos =
        toYear.position(
                toDay, (int) Math.floorMod(toSecond, YearTable.SECONDS_PER_DAY), to.getNano())
            - fromYear.position(
                fromDay,
                (int) Math.floorMod(fromSecond, YearTable.SECONDS_PER_DAY),
                from.getNano());
    for (int year = fromYear.year; year < toYear.year; year++) {
      nanos += yearTable(year).total();
    }
    return Duration.ofNanos(nanos);
  }

  /**
   * Late when finished after the due instant; otherwise early when finished on an earlier date
   * (Vietnam's) than the due instant's, on time on the due date itself. So a dossier due at 16:00
   * and finished at 16:30 the same day is on time by date but late by instant.
   */
  @Override
  public Timeliness byInstant(Instant finishedAt, Instant due) {
    if (finishedAt.isAfter(due)) {
      return Timeliness.LATE;
    }
    return localDate(finishedAt).isBefore(localDate(due)) ? Timeliness.EARLY : Timeliness.ON_TIME;
  }

  /** By Vietnam's dates: before the due date early, on it on time, after it late. */
  @Override
  public Timeliness byDate(Instant finishedAt, Instant due) {
    int comparison = localDate(finishedAt).compareTo(localDate(due));
    return comparison < 0
        ? Timeliness.EARLY
        : comparison == 0 ? Timeliness.ON_TIME : Timeliness.LATE;
  }

  @Override
  public Duration workingDay() {
    return Duration.ofSeconds(workingDaySeconds);
  }

  private static LocalDate localDate(Instant instant) {
    return LocalDate.ofEpochDay(
        Math.floorDiv(
            instant.getEpochSecond() + YearTable.OFFSET_SECONDS, YearTable.SECONDS_PER_DAY));
  }

  /** The precomputed year that contains a day. */
  private YearTable table(long epochDay) {
    if (epochDay < YEAR_STARTS[0] || epochDay >= YEAR_STARTS[YEAR_STARTS.length - 1]) {
      throw new CalendarRangeException("No working calendar for " + LocalDate.ofEpochDay(epochDay));
    }
    // A Gregorian year has 365.2425 days on average: the estimate is at most a year off.
    int index =
        Math.min((int) ((epochDay - YEAR_STARTS[0]) * DAYS_TO_YEARS), YEAR_STARTS.length - 2);
    while (YEAR_STARTS[index] > epochDay) {
      index--;
    }
    while (YEAR_STARTS[index + 1] <= epochDay) {
      index++;
    }
    return yearTable(FIRST_YEAR + index);
  }

  private YearTable yearTable(int year) {
    if (year > LAST_YEAR) {
      throw new CalendarRangeException("The deadline falls after " + LAST_YEAR);
    }
    YearTable table = years.get(year - FIRST_YEAR);
    if (table == null) {
      table = YearTable.build(year, week, days.year(year));
      years.set(year - FIRST_YEAR, table);
    }
    return table;
  }
}
