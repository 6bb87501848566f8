package vn.motcua.security.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.motcua.security.Role;
import vn.motcua.security.SignedInOfficer;

/**
 * Who the API caller is. A client that rides on a browser session also gets the CSRF token it must
 * send with writes; one that authenticates with HTTP Basic needs none, and asking for it would open
 * a session for nothing.
 */
@RestController
class MeController {

  record Me(
      String username,
      String fullName,
      String agencyName,
      Set<Role> roles,
      @Nullable String csrfHeader,
      @Nullable String csrfToken) {}

  @GetMapping("/api/v1/me")
  Me me(@AuthenticationPrincipal SignedInOfficer officer, HttpServletRequest request) {
    CsrfToken csrf =
        request.getSession(false) == null
            ? null
            : (CsrfToken) request.getAttribute(CsrfToken.class.getName());
    return new Me(
        officer.getUsername(),
        officer.fullName(),
        officer.agencyName(),
        officer.roles(),
        csrf == null ? null : csrf.getHeaderName(),
        csrf == null ? null : csrf.getToken());
  }
}
