package vn.motcua.portal.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.shared.Instants;

/**
 * Counts failed public lookups per client. The first few failures in a window are answered at once,
 * the next ones ever more slowly, and after the maximum the client is refused for a while: a person
 * who mistypes a PIN is not hindered, a script that tries codes learns almost nothing. Successful
 * lookups do not reset the count, so that a script cannot interleave a dossier it knows to clear
 * it. The counters live in the database, so the limits hold across application nodes.
 */
@Component
class LookupThrottle {

  private final JdbcClient jdbc;
  private final Clock clock;
  private final LookupProperties properties;

  LookupThrottle(JdbcClient jdbc, Clock clock, LookupProperties properties) {
    this.jdbc = jdbc;
    this.clock = clock;
    this.properties = properties;
  }

  /** How long the client must still wait before it may look up again, if it is refused now. */
  @Transactional(readOnly = true)
  public Optional<Duration> refusal(String client) {
    Instant now = clock.instant();
    return jdbc.sql("SELECT locked_until FROM portal_lookup_throttle WHERE client = :client")
        .param("client", client)
        .query(OffsetDateTime.class)
        .optional()
        .map(OffsetDateTime::toInstant)
        .filter(until -> until.isAfter(now))
        .map(until -> Duration.between(now, until));
  }

  /**
   * Records a failed lookup; returns how long its answer should be held back. Its own transaction,
   * so that the count survives whatever happens to the request.
   */
  @Transactional(propagation = Propagation.REQUIRES_NEW)
  public Duration failed(String client) {
    Instant now = clock.instant();
    int updated =
        jdbc.sql(
                """
                UPDATE portal_lookup_throttle
                   SET failures = CASE WHEN window_started_at < :windowStart THEN 1 ELSE failures + 1 END,
                       window_started_at =
                         CASE WHEN window_started_at < :windowStart THEN :now ELSE window_started_at END
                 WHERE client = :client
                """)
            .param("client", client)
            .param("now", Instants.toDb(now))
            .param("windowStart", Instants.toDb(now.minus(properties.window())))
            .update();
    if (updated == 0) {
      jdbc.sql(
              """
              INSERT INTO portal_lookup_throttle (client, failures, window_started_at)
              VALUES (:client, 1, :now) ON CONFLICT DO NOTHING
              """)
          .param("client", client)
          .param("now", Instants.toDb(now))
          .update();
    }
    int failures =
        jdbc.sql("SELECT failures FROM portal_lookup_throttle WHERE client = :client")
            .param("client", client)
            .query(Integer.class)
            .single();
    if (failures >= properties.maxFailures()) {
      jdbc.sql(
              """
              UPDATE portal_lookup_throttle SET failures = 0, window_started_at = :now, locked_until = :until
               WHERE client = :client
              """)
          .param("client", client)
          .param("now", Instants.toDb(now))
          .param("until", Instants.toDb(now.plus(properties.lockDuration())))
          .update();
    }
    return properties.delayStep().multipliedBy(Math.max(0, failures - properties.freeFailures()));
  }
}
