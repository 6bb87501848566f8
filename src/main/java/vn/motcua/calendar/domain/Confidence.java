package vn.motcua.calendar.domain;

/** How sure we are that a recorded day is what the government decided. */
public enum Confidence {
  /** Taken from the official notice. */
  HIGH,
  /** Likely (e.g. from press copies of a notice, or computed by rule): applies until removed. */
  MEDIUM,
  /** Announced or expected but not yet law: applies only once an administrator confirms it. */
  LOW
}
