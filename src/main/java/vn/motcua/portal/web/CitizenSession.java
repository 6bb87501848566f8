package vn.motcua.portal.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.motcua.portal.Citizen;

/**
 * The signed-in citizen, kept in the HTTP session (stored in the database like every session, so
 * any node serves it). Separate from an officer's sign-in: a citizen never gets an officer's
 * rights.
 */
@Component
class CitizenSession {

  static final String ATTRIBUTE = "motcua.citizen";

  Optional<Citizen> current(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    return session == null
        ? Optional.empty()
        : Optional.ofNullable((Citizen) session.getAttribute(ATTRIBUTE));
  }

  /**
   * Signs the citizen in, under a new session id so that a planted session cannot be taken over.
   */
  void signIn(HttpServletRequest request, Citizen citizen) {
    request.getSession(true);
    request.changeSessionId();
    request.getSession().setAttribute(ATTRIBUTE, citizen);
  }

  void signOut(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    if (session != null) {
      session.removeAttribute(ATTRIBUTE);
    }
  }
}
