package vn.motcua.reporting.internal;

/**
 * One line of Biểu 06 (Circular 01/2020): what there was to settle in a period and what became of
 * it. By construction {@code received = carriedOver + receivedOnline + receivedDirect} and {@code
 * received = settled + inProgress + closedWithoutResult}.
 *
 * @param received everything to settle in the period: carried over and newly received
 * @param carriedOver received before the period and still in progress when it began
 * @param receivedOnline received online in the period
 * @param receivedDirect received in person or by post in the period
 * @param inProgress still in progress at the end of the period (or now, for a period not over)
 * @param inProgressOverdue those past their due instant then (the clock stopped while waiting for
 *     the applicant)
 * @param closedWithoutResult refused after appraisal, withdrawn or stopped in the period
 */
public record Bieu06Figures(
    long received,
    long carriedOver,
    long receivedOnline,
    long receivedDirect,
    long settled,
    long settledEarly,
    long settledOnTime,
    long settledLate,
    long inProgress,
    long inProgressWithinTime,
    long inProgressOverdue,
    long closedWithoutResult) {

  static final Bieu06Figures NONE = of(0, 0, 0, 0, 0, 0, 0, 0, 0);

  static Bieu06Figures of(
      long carriedOver,
      long receivedOnline,
      long receivedDirect,
      long settledEarly,
      long settledOnTime,
      long settledLate,
      long inProgress,
      long inProgressOverdue,
      long closedWithoutResult) {
    return new Bieu06Figures(
        carriedOver + receivedOnline + receivedDirect,
        carriedOver,
        receivedOnline,
        receivedDirect,
        settledEarly + settledOnTime + settledLate,
        settledEarly,
        settledOnTime,
        settledLate,
        inProgress,
        inProgress - inProgressOverdue,
        inProgressOverdue,
        closedWithoutResult);
  }

  Bieu06Figures plus(Bieu06Figures other) {
    return of(
        carriedOver + other.carriedOver,
        receivedOnline + other.receivedOnline,
        receivedDirect + other.receivedDirect,
        settledEarly + other.settledEarly,
        settledOnTime + other.settledOnTime,
        settledLate + other.settledLate,
        inProgress + other.inProgress,
        inProgressOverdue + other.inProgressOverdue,
        closedWithoutResult + other.closedWithoutResult);
  }

  /** The share settled early or on time, in percent of those settled; 100 when none was. */
  public double onTimePercent() {
    return settled == 0 ? 100 : 100.0 * (settledEarly + settledOnTime) / settled;
  }
}
