package vn.motcua.organization;

import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import vn.motcua.security.Role;

/**
 * What it takes to register an officer, with the roles granted and the agency each covers.
 *
 * @param departmentId the department (an agency below {@code agencyId}) the officer works in, if
 *     any
 * @param fields the codes of the fields of procedures the officer handles as a specialist
 */
public record NewOfficer(
    String username,
    String password,
    String fullName,
    @Nullable String email,
    @Nullable String phone,
    long agencyId,
    @Nullable Long departmentId,
    List<Grant> grants,
    Set<String> fields) {

  /** A role granted for an agency and everything below it. */
  public record Grant(Role role, long agencyId) {}

  public NewOfficer {
    grants = List.copyOf(grants);
    fields = Set.copyOf(fields);
  }

  /** An officer who handles no particular field. */
  public NewOfficer(
      String username,
      String password,
      String fullName,
      @Nullable String email,
      @Nullable String phone,
      long agencyId,
      @Nullable Long departmentId,
      List<Grant> grants) {
    this(username, password, fullName, email, phone, agencyId, departmentId, grants, Set.of());
  }

  @Override
  public String toString() {
    return "NewOfficer[" + username + "]";
  }
}
