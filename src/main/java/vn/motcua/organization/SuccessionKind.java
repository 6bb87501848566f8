package vn.motcua.organization;

/** How an old unit went into a new one, by the official conversion table. */
public enum SuccessionKind {
  /** Nhập toàn bộ: the whole old unit became part of the new one. */
  WHOLE,
  /** Nhập một phần: part of the old unit (its area or population) went into the new one. */
  PARTIAL,
  /** Giữ nguyên (also renamed or re-typed): the same territory under the new organisation. */
  UNCHANGED
}
