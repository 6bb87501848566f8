package vn.motcua.organization.internal;

import java.util.EnumSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.motcua.security.Role;
import vn.motcua.security.SignedInOfficer;

/**
 * The agencies a request may see or change: those below the agencies for which the officer holds
 * one of {@code roles}. It is read from the officer's grants in the database at each query, not
 * from the session, so that an agency created a moment ago is in its administrator's scope at once
 * and a withdrawn grant stops counting at once. The unrestricted scope is for seeding (demo data,
 * tests).
 */
public record Scope(@Nullable Long officerId, Set<Role> roles) {

  private static final Scope UNRESTRICTED = new Scope(null, Set.of());

  public Scope {
    roles = roles.isEmpty() ? Set.of() : EnumSet.copyOf(roles);
  }

  /** What an administrator may change. */
  public static Scope administeredBy(SignedInOfficer officer) {
    return new Scope(officer.officerId(), Set.of(Role.ADMIN));
  }

  /** Whose officers a supervisor or an administrator may see. */
  public static Scope overseenBy(SignedInOfficer officer) {
    return new Scope(officer.officerId(), Set.of(Role.ADMIN, Role.SUPERVISOR));
  }

  /** What an officer may see in any role. */
  public static Scope visibleTo(SignedInOfficer officer) {
    return new Scope(officer.officerId(), EnumSet.allOf(Role.class));
  }

  public static Scope unrestricted() {
    return UNRESTRICTED;
  }

  /**
   * A condition that the agency row {@code alias} is in this scope, with the parameters {@code
   * :scopeOfficer} and {@code :scopeRoles} that {@link #bind} sets.
   */
  String covers(String alias) {
    return officerId == null
        ? "TRUE"
        : "EXISTS (SELECT 1 FROM officer_role scope_r JOIN agency scope_g ON scope_g.id ="
            + " scope_r.agency_id WHERE scope_r.officer_id = :scopeOfficer AND scope_r.role IN"
            + " (:scopeRoles) AND "
            + alias
            + ".path LIKE scope_g.path || '%')";
  }

  JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement) {
    return officerId == null
        ? statement
        : statement
            .param("scopeOfficer", officerId)
            .param("scopeRoles", roles.stream().map(Role::name).toList());
  }
}
