package vn.motcua.security.internal;

import io.swagger.v3.oas.annotations.Operation;
import java.time.Instant;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.motcua.security.SignedInOfficer;

/**
 * Gives an API client a bearer token for the officer it signed in as. Obtaining one is a sign-in
 * and is audited as such; using it is not.
 */
@RestController
class ApiTokenController {

  record Token(String token, String type, Instant expiresAt) {}

  private final ApiTokens tokens;
  private final ApplicationEventPublisher events;

  ApiTokenController(ApiTokens tokens, ApplicationEventPublisher events) {
    this.tokens = tokens;
    this.events = events;
  }

  @Operation(
      summary = "A bearer token for the signed-in officer",
      description =
          "Sign in with HTTP Basic (or a browser session) once; send `Authorization: Bearer"
              + " {token}` with later requests until `expiresAt`.")
  @PostMapping("/api/v1/tokens")
  @ResponseStatus(HttpStatus.CREATED)
  Token issue(@AuthenticationPrincipal SignedInOfficer officer, Authentication authentication) {
    ApiTokens.Issued issued = tokens.issue(officer);
    events.publishEvent(new InteractiveAuthenticationSuccessEvent(authentication, getClass()));
    return new Token(issued.token(), "Bearer", issued.expiresAt());
  }
}
