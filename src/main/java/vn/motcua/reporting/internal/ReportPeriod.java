package vn.motcua.reporting.internal;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import vn.motcua.web.Problems;

/** The periods a report may cover. */
final class ReportPeriod {

  /** Ten years: enough for any official report, and a bound on the work one request asks. */
  static final long MAX_DAYS = 3660;

  private ReportPeriod() {}

  static boolean valid(LocalDate from, LocalDate to) {
    return !to.isBefore(from) && ChronoUnit.DAYS.between(from, to) <= MAX_DAYS;
  }

  /**
   * @throws org.springframework.web.ErrorResponseException 400 naming {@code to} when the period
   *     ends before it begins or is longer than ten years
   */
  static void check(LocalDate from, LocalDate to) {
    if (!valid(from, to)) {
      throw Problems.badParameter(
          "to", "The period must end on or after its first day and last at most ten years.");
    }
  }
}
