package vn.motcua.security;

import java.util.Map;
import java.util.Set;

/**
 * A staff account as the sign-in needs it.
 *
 * @param scope for each role, the ids of the agencies in which the officer may act in that role
 *     (the agency a role was granted for and all agencies below it)
 */
public record Account(
    long officerId,
    String username,
    String passwordHash,
    String fullName,
    long agencyId,
    String agencyName,
    Map<Role, Set<Long>> scope,
    Set<String> fields,
    boolean active,
    boolean mustChangePassword) {

  public Account {
    scope = Map.copyOf(scope);
    fields = Set.copyOf(fields);
  }
}
