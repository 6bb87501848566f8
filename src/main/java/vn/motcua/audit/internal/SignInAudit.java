package vn.motcua.audit.internal;

import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import vn.motcua.audit.AuditTrail;

/**
 * Records every sign-in, failed sign-in and sign-out. API calls with HTTP Basic authenticate on
 * every request; only their failures are recorded, since a success row per API call would drown the
 * trail.
 */
@Component
class SignInAudit {

  private final AuditTrail trail;

  SignInAudit(AuditTrail trail) {
    this.trail = trail;
  }

  @EventListener
  void signedIn(InteractiveAuthenticationSuccessEvent event) {
    record(event.getAuthentication(), "SIGN_IN", null);
  }

  @EventListener
  void failed(AbstractAuthenticationFailureEvent event) {
    if (!(event.getAuthentication() instanceof UsernamePasswordAuthenticationToken)) {
      return; // a bad API bearer token is no sign-in, and its "name" is the token itself
    }
    record(
        event.getAuthentication(),
        "SIGN_IN_FAILED",
        event.getException().getClass().getSimpleName());
  }

  @EventListener
  void signedOut(LogoutSuccessEvent event) {
    record(event.getAuthentication(), "SIGN_OUT", null);
  }

  private void record(Authentication authentication, String action, @Nullable String detail) {
    String address =
        authentication.getDetails() instanceof WebAuthenticationDetails details
            ? details.getRemoteAddress()
            : null;
    trail.record(authentication.getName(), address, action, null, detail);
  }
}
