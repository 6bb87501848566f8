package vn.motcua.organization.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import vn.motcua.security.Role;
import vn.motcua.security.SignedInOfficer;

/** Who makes an administrative change, and from where: what the audit trail records. */
public record Actor(long officerId, String username, @Nullable String address) {

  static Actor of(SignedInOfficer officer, HttpServletRequest request) {
    return new Actor(officer.officerId(), officer.getUsername(), request.getRemoteAddr());
  }

  /** The agencies this actor administers. */
  Scope administering() {
    return new Scope(officerId, Set.of(Role.ADMIN));
  }
}
