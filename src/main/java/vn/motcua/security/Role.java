package vn.motcua.security;

/** The staff roles of a one-stop shop (DESIGN.md, "Who uses it"). */
public enum Role {
  /** Cán bộ một cửa: receives dossiers at the counter and returns results. */
  RECEPTION,
  /** Chuyên viên: processes dossiers of his or her fields. */
  SPECIALIST,
  /** Lãnh đạo: approves, sends back, decides refusals. */
  LEADER,
  /** Watches on-time rates, overdue lists, reports and feedback. */
  SUPERVISOR,
  /** Quản trị: agencies, officers, catalogue, processes and calendar. */
  ADMIN;

  /** The Spring Security authority of this role. */
  public String authority() {
    return "ROLE_" + name();
  }
}
