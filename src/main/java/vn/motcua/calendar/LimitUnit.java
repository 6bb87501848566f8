package vn.motcua.calendar;

/** The units legal time limits are stated in (the national catalogue says which). */
public enum LimitUnit {
  /** Ngày làm việc: one standard office day of working hours each (8 by default). */
  WORKING_DAYS,
  /** Giờ làm việc. */
  WORKING_HOURS,
  /** Ngày: calendar days. */
  DAYS,
  /** Tháng: calendar months. */
  MONTHS
}
