package vn.motcua.calendar;

import java.math.BigDecimal;

/**
 * A legal time limit, e.g. 3 working days, 0.5 working day, 15 days, 1 month.
 *
 * @param amount not negative; fractions are allowed for the working units (a step's share of 0.25
 *     working day)
 */
public record TimeLimit(BigDecimal amount, LimitUnit unit) {

  public TimeLimit {
    if (amount.signum() < 0) {
      throw new IllegalArgumentException("A time limit cannot be negative: " + amount);
    }
    if ((unit == LimitUnit.DAYS || unit == LimitUnit.MONTHS)
        && amount.stripTrailingZeros().scale() > 0) {
      throw new IllegalArgumentException(
          "Calendar days and months are whole: " + amount + " " + unit);
    }
  }

  public static TimeLimit workingDays(long days) {
    return new TimeLimit(BigDecimal.valueOf(days), LimitUnit.WORKING_DAYS);
  }

  public static TimeLimit workingHours(long hours) {
    return new TimeLimit(BigDecimal.valueOf(hours), LimitUnit.WORKING_HOURS);
  }

  public boolean isWorkingTime() {
    return unit == LimitUnit.WORKING_DAYS || unit == LimitUnit.WORKING_HOURS;
  }
}
