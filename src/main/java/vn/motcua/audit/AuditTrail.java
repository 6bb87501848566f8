package vn.motcua.audit;

import java.time.Clock;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import vn.motcua.shared.Instants;

/**
 * Appends to the audit trail. Entries are never updated or deleted; callers write them in the
 * transaction of what they record, so an entry exists exactly when its change does.
 */
@Service
public class AuditTrail {

  private final JdbcClient jdbc;
  private final Clock clock;

  AuditTrail(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /**
   * Records one entry that concerns no agency in particular (a sign-in, a national setting): only
   * administrators find it.
   *
   * @param actor who did it (a user name, or {@code anonymous})
   * @param address where the request came from
   * @param action what was done, e.g. {@code SIGN_IN}
   * @param subject what it was done to, e.g. a dossier code
   * @param detail anything else worth keeping
   */
  public void record(
      String actor,
      @Nullable String address,
      String action,
      @Nullable String subject,
      @Nullable String detail) {
    record(actor, address, action, subject, detail, null);
  }

  /**
   * Records one entry about an agency's business (a dossier action, a change to one of its
   * officers): the supervisors of that agency find it too.
   */
  public void record(
      String actor,
      @Nullable String address,
      String action,
      @Nullable String subject,
      @Nullable String detail,
      @Nullable Long agencyId) {
    jdbc.sql(
            """
            INSERT INTO audit_event (occurred_at, actor, address, action, subject, detail, agency_id)
            VALUES (:at, :actor, :address, :action, :subject, :detail, :agency)
            """)
        .param("at", Instants.toDb(clock.instant()))
        .param("actor", truncate(actor, 100))
        .param("address", address)
        .param("action", truncate(action, 60))
        .param("subject", subject == null ? null : truncate(subject, 200))
        .param("detail", detail == null ? null : truncate(detail, 2000))
        .param("agency", agencyId)
        .update();
  }

  private static String truncate(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max);
  }
}
