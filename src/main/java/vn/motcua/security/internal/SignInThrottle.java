package vn.motcua.security.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.shared.Instants;

/**
 * Locks an account for a while after too many failed sign-ins in a row, so that passwords cannot be
 * guessed. The counters live in the database, so the limit holds across application nodes. User
 * names that do not exist are counted the same way, so that the answers do not tell which accounts
 * exist.
 */
@Component
class SignInThrottle {

  private final JdbcClient jdbc;
  private final Clock clock;
  private final SecurityProperties properties;

  SignInThrottle(JdbcClient jdbc, Clock clock, SecurityProperties properties) {
    this.jdbc = jdbc;
    this.clock = clock;
    this.properties = properties;
  }

  boolean isLocked(String username) {
    return jdbc.sql("SELECT locked_until FROM login_throttle WHERE username = :username")
        .param("username", key(username))
        .query(OffsetDateTime.class)
        .optional()
        .map(until -> until.toInstant().isAfter(clock.instant()))
        .orElse(false);
  }

  @EventListener
  @Transactional
  public void onFailure(AuthenticationFailureBadCredentialsEvent event) {
    if (!(event.getAuthentication() instanceof UsernamePasswordAuthenticationToken)) {
      return; // a bad bearer token guesses no password; its "name" is the token itself
    }
    String username = key(event.getAuthentication().getName());
    Instant now = clock.instant();
    int updated =
        jdbc.sql("UPDATE login_throttle SET failures = failures + 1 WHERE username = :username")
            .param("username", username)
            .update();
    if (updated == 0) {
      jdbc.sql(
              "INSERT INTO login_throttle (username, failures) VALUES (:username, 1) ON CONFLICT DO NOTHING")
          .param("username", username)
          .update();
    }
    jdbc.sql(
            """
            UPDATE login_throttle SET failures = 0, locked_until = :until
             WHERE username = :username AND failures >= :max
            """)
        .param("username", username)
        .param("max", properties.maxFailedSignIns())
        .param("until", Instants.toDb(now.plus(properties.lockDuration())))
        .update();
  }

  // One statement: no transaction of its own, which would cost every API request two round trips.
  @EventListener
  public void onSuccess(AuthenticationSuccessEvent event) {
    if (!(event.getAuthentication() instanceof UsernamePasswordAuthenticationToken)) {
      return; // a bearer token proved no password: nothing to forgive, nothing to write per request
    }
    jdbc.sql("DELETE FROM login_throttle WHERE username = :username")
        .param("username", key(event.getAuthentication().getName()))
        .update();
  }

  private static String key(String username) {
    return username.strip().toLowerCase(java.util.Locale.ROOT);
  }
}
