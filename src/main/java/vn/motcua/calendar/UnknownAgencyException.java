package vn.motcua.calendar;

/** No agency has this code, so it has no calendar. */
public class UnknownAgencyException extends RuntimeException {

  private final String agencyCode;

  public UnknownAgencyException(String agencyCode) {
    super("No agency has the code " + agencyCode);
    this.agencyCode = agencyCode;
  }

  public String agencyCode() {
    return agencyCode;
  }
}
