package vn.motcua.calendar;

/** How a day differs from the normal week (the kinds of the yearly official notices). */
public enum DayKind {
  /** Ngày lễ, Tết: a public holiday of the Labor Code (Art. 112). */
  HOLIDAY(false),
  /** Nghỉ bù: a working day off because a holiday fell on a weekly day off. */
  COMPENSATORY_DAY_OFF(false),
  /** Nghỉ hoán đổi: a working day off in exchange for a make-up working day. */
  SWAPPED_DAY_OFF(false),
  /** Làm bù: a weekly day off (usually a Saturday) worked with the hours of a normal weekday. */
  MAKEUP_WORKING_DAY(true);

  private final boolean working;

  DayKind(boolean working) {
    this.working = working;
  }

  /** Whether the office works on such a day. */
  public boolean working() {
    return working;
  }
}
