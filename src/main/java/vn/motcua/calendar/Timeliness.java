package vn.motcua.calendar;

/** How a finished dossier or step compares with its due instant. */
public enum Timeliness {
  EARLY,
  ON_TIME,
  LATE
}
