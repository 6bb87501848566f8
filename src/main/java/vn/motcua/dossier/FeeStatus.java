package vn.motcua.dossier;

/** Whether the fee was collected at reception. */
public enum FeeStatus {
  COLLECTED,
  EXEMPT,
  /** No fee for this procedure, or it is paid later. */
  NONE
}
