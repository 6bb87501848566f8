package vn.motcua.portal;

import java.util.Map;
import java.util.Optional;

/**
 * How a citizen proves who they are. The demo and small deployments use a one-time code sent by
 * email; production replaces it with the national identity provider (VNeID, OpenID Connect), whose
 * flow fits the same two calls: {@link #start} redirects to the provider, {@link #complete} takes
 * the parameters of its callback.
 */
public interface CitizenIdentity {

  /** What the citizen has to do next after {@link #start}. */
  sealed interface Next {}

  /** Type the code that was sent (to {@code destination}, shown masked). */
  record EnterCode(String destination) implements Next {}

  /** Go to the identity provider. */
  record Redirect(String url) implements Next {}

  /**
   * Starts a sign-in for what the citizen typed (an email address for the one-time code).
   *
   * @throws IllegalArgumentException when the login is not acceptable
   */
  Next start(String login);

  /**
   * Completes the sign-in with the citizen's answer (for the one-time code: {@code login} and
   * {@code code}); empty when it does not prove the identity.
   */
  Optional<Citizen> complete(Map<String, String> answer);
}
