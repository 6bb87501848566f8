package vn.motcua.dossier.domain;

import java.util.Set;
import vn.motcua.security.Role;

/**
 * Who performs an action, as far as the rules need to know.
 *
 * @param roles the officer's roles that cover this dossier's settling agency, plus {@link
 *     Role#RECEPTION} when the officer receives at the dossier's receiving point
 * @param fields the fields of procedures the officer handles as a specialist
 */
public record Actor(long officerId, String name, Set<Role> roles, Set<String> fields) {

  public Actor {
    roles = Set.copyOf(roles);
    fields = Set.copyOf(fields);
  }

  public boolean has(Role role) {
    return roles.contains(role);
  }
}
