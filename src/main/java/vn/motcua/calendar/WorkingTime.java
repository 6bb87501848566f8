package vn.motcua.calendar;

import java.time.Duration;
import java.time.Instant;

/**
 * Deadline arithmetic over one agency's working calendar. Pure and thread-safe: instances hold
 * precomputed data and never touch a database. Working durations are {@link Duration}s of working
 * time (8 working hours make a working day on the default calendar).
 */
public interface WorkingTime {

  /**
   * The instant the clock starts for something received at {@code receivedAt}: the next opening if
   * outside hours.
   */
  Instant countingFrom(Instant receivedAt, DeadlineOptions options);

  /** The due instant of a time limit counted from {@code receivedAt}. */
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

  /** Early / on time / late by instant. */
  Timeliness byInstant(Instant finishedAt, Instant due);

  /** Early / on time / late by date, as the reports classify (Vietnam's dates). */
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
