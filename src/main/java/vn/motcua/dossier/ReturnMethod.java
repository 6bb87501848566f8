package vn.motcua.dossier;

/** How a result reaches the applicant. */
public enum ReturnMethod {
  AT_COUNTER,
  BY_POST,
  ELECTRONIC
}
