package vn.motcua.calendar;

import java.time.Duration;
import java.time.Instant;

/**
 * Deadline arithmetic over one agency's working calendar. Pure and thread-safe: instances hold
 * precomputed data and never touch a database. Working durations are {@link Duration}s of working
 * time (8 working hours make a working day on the default calendar). Local times and dates are
 * Vietnam's (+07:00). The exact rules are in {@code docs/calendar.md}.
 */
public interface WorkingTime {

  /**
   * The instant the clock starts for something received at {@code receivedAt}: that instant inside
   * office hours, else the next opening; with a cut-off, after it (on any day) the opening of the
   * next working day.
   */
  Instant countingFrom(Instant receivedAt, DeadlineOptions options);

  /**
   * The due instant of a time limit counted from {@code receivedAt}. Working days and hours: the
   * earliest instant by which that much working time has passed since counting started (the end of
   * a period when the amount runs out there). Days and months: the close of the due date's working
   * day, or of the next working day when the due date is not one.
   */
  Instant due(Instant receivedAt, TimeLimit limit, DeadlineOptions options);

  /** {@code from} plus an amount of working time, walked through the office periods. */
  Instant plus(Instant from, Duration workingTime);

  /** The working time between two instants (zero if {@code to} is not after {@code from}). */
  Duration elapsed(Instant from, Instant to);

  /**
   * The due instant after a pause from {@code pausedAt} to {@code resumedAt}: extended by the
   * paused working time.
   */
  default Instant extend(Instant due, Instant pausedAt, Instant resumedAt) {
    return plus(due, elapsed(pausedAt, resumedAt));
  }

  /**
   * Early / on time / late by instant: late when finished after the due instant; otherwise early
   * when finished on an earlier date than the due instant's, on time on the due date.
   */
  Timeliness byInstant(Instant finishedAt, Instant due);

  /**
   * Early / on time / late by date, as the reports classify (Vietnam's dates): before the due date
   * early, on it on time, after it late.
   */
  Timeliness byDate(Instant finishedAt, Instant due);

  /** The length of one standard working day on this calendar. */
  Duration workingDay();

  /**
   * How late something finished after its due instant, in working days and working time (zero when
   * it was not late): the working time between the two, split into standard working days.
   */
  default Lateness lateness(Instant finishedAt, Instant due) {
    return Lateness.of(elapsed(due, finishedAt), workingDay());
  }
}
