package vn.motcua.calendar;

import java.time.Duration;

/**
 * How late something finished, in working time: whole working days and the working time left over
 * (e.g. 2 working days and 3 hours). Zero when it was not late.
 */
public record Lateness(long workingDays, Duration remainder, Duration total) {

  public static final Lateness NONE = new Lateness(0, Duration.ZERO, Duration.ZERO);

  /** Splits a working duration into days of {@code workingDay} and the rest. */
  public static Lateness of(Duration late, Duration workingDay) {
    if (late.isNegative() || late.isZero()) {
      return NONE;
    }
    long days = late.toNanos() / workingDay.toNanos();
    return new Lateness(days, late.minus(workingDay.multipliedBy(days)), late);
  }
}
