package vn.motcua.organization;

import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.motcua.security.Role;

/** What it takes to register an officer, with the roles granted and the agency each covers. */
public record NewOfficer(
    String username,
    String password,
    String fullName,
    @Nullable String email,
    @Nullable String phone,
    long agencyId,
    @Nullable Long departmentId,
    List<Grant> grants) {

  /** A role granted for an agency and everything below it. */
  public record Grant(Role role, long agencyId) {}

  public NewOfficer {
    grants = List.copyOf(grants);
  }
}
