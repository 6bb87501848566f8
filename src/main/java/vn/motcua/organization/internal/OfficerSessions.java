package vn.motcua.organization.internal;

import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.stereotype.Component;

/**
 * Ends an officer's open sessions (in every browser, on every node: sessions live in the database),
 * so that deactivating an officer or resetting a password takes effect at once, not when the
 * session would have expired.
 */
@Component
class OfficerSessions {

  private final FindByIndexNameSessionRepository<?> sessions;

  OfficerSessions(FindByIndexNameSessionRepository<?> sessions) {
    this.sessions = sessions;
  }

  void endAll(String username) {
    sessions.findByPrincipalName(username).keySet().forEach(sessions::deleteById);
  }
}
