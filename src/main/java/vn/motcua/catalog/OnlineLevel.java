package vn.motcua.catalog;

/** How far an agency offers a procedure online (Decree 42/2022). */
public enum OnlineLevel {
  /** Toàn trình: submitted, processed and returned online. */
  FULL,
  /** Một phần: submitted online, something done in person. */
  PARTIAL,
  /** Not online. */
  NONE
}
