package vn.motcua.reporting.internal;

import java.time.LocalDate;

/**
 * A period (both days inclusive) cut into the whole calendar months it covers, read from the
 * monthly counts, and the days before and after them, read from the daily counts. A range that is
 * empty has its first day after its last.
 *
 * @param monthsFrom the first day of the first whole month
 * @param monthsTo the first day of the last whole month
 * @param headTo the last day before the whole months (the days from the period's first)
 * @param tailFrom the first day after the whole months (the days to the period's last)
 */
record WholeMonths(LocalDate monthsFrom, LocalDate monthsTo, LocalDate headTo, LocalDate tailFrom) {

  static WholeMonths of(LocalDate from, LocalDate to) {
    LocalDate first = from.getDayOfMonth() == 1 ? from : from.withDayOfMonth(1).plusMonths(1);
    LocalDate afterLast = to.plusDays(1).withDayOfMonth(1);
    if (!first.isBefore(afterLast)) {
      return new WholeMonths(first, first.minusMonths(1), to, to.plusDays(1));
    }
    return new WholeMonths(first, afterLast.minusMonths(1), first.minusDays(1), afterLast);
  }
}
