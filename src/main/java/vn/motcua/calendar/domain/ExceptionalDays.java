package vn.motcua.calendar.domain;

/** Where a working calendar learns the holidays, days off and make-up days of each year. */
public interface ExceptionalDays {

  /** The days of a year 1900–2100 that differ from the normal week. */
  YearDays year(int year);
}
