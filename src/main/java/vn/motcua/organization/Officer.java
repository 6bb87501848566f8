package vn.motcua.organization;

import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * An officer as other modules see it: who to assign work to and how to reach them.
 *
 * @param agencyId the agency the officer works in
 * @param departmentId the department below it, if any
 * @param grants the roles and the agency each covers (with everything below it)
 * @param fields the codes of the fields of procedures the officer handles as a specialist
 */
public record Officer(
    long id,
    String username,
    String fullName,
    @Nullable String email,
    @Nullable String phone,
    long agencyId,
    @Nullable Long departmentId,
    boolean active,
    List<NewOfficer.Grant> grants,
    Set<String> fields) {

  public Officer {
    grants = List.copyOf(grants);
    fields = Set.copyOf(fields);
  }
}
