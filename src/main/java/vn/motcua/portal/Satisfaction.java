package vn.motcua.portal;

/** How satisfied an applicant was with one criterion of the service. */
public enum Satisfaction {
  VERY_SATISFIED,
  SATISFIED,
  NOT_SATISFIED
}
