package vn.motcua.notification.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.motcua.notification.internal.StoredMessage.Status;
import vn.motcua.shared.Instants;

/**
 * The outbox table {@code notification_message}. Statements run one by one (no transaction of their
 * own): a claim is a single conditional update, so that of several nodes exactly one gets a
 * message.
 */
@Repository
class MessageOutbox {

  static final int PAGE_SIZE = 50;

  private static final String COLUMNS =
      """
      SELECT id, kind, channel, recipient, subject, body, dossier_code, status, attempts,
             next_attempt_at, last_error, created_at, sent_at
        FROM notification_message
      """;

  private final JdbcClient jdbc;

  MessageOutbox(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Writes the messages due now; one already written under the same key is left as it is. */
  void enqueue(Collection<OutgoingMessage> messages, Instant now) {
    for (OutgoingMessage message : messages) {
      jdbc.sql(
              """
              INSERT INTO notification_message (dedup_key, kind, channel, recipient, subject, body,
                  dossier_code, status, attempts, next_attempt_at, created_at)
              VALUES (:key, :kind, :channel, :recipient, :subject, :body, :code, 'PENDING', 0, :now,
                  :now)
              ON CONFLICT DO NOTHING
              """)
          .param("key", truncate(message.dedupKey(), 300))
          .param("kind", message.kind())
          .param("channel", message.channel().name())
          .param("recipient", truncate(message.recipient(), 200))
          .param("subject", message.subject() == null ? null : truncate(message.subject(), 500))
          .param("body", truncate(message.body(), 8000))
          .param("code", message.dossierCode())
          .param("now", Instants.toDb(now))
          .update();
    }
  }

  /**
   * The messages to attempt now: new and failed ones whose time has come, and those claimed by a
   * node that has not finished them since {@code staleBefore} (it stopped while sending).
   */
  List<Long> due(Instant now, Instant staleBefore, int limit) {
    return jdbc.sql(
            """
            SELECT id FROM notification_message
             WHERE (status IN ('PENDING', 'FAILED') AND next_attempt_at <= :now)
                OR (status = 'SENDING' AND claimed_at < :stale)
             ORDER BY next_attempt_at, id LIMIT :limit
            """)
        .param("now", Instants.toDb(now))
        .param("stale", Instants.toDb(staleBefore))
        .param("limit", limit)
        .query(Long.class)
        .list();
  }

  /** Takes the message for sending if no other node took it since {@link #due} listed it. */
  Optional<StoredMessage> claim(long id, Instant now, Instant staleBefore) {
    int claimed =
        jdbc.sql(
                """
                UPDATE notification_message
                   SET status = 'SENDING', claimed_at = :now, attempts = attempts + 1
                 WHERE id = :id
                   AND ((status IN ('PENDING', 'FAILED') AND next_attempt_at <= :now)
                        OR (status = 'SENDING' AND claimed_at < :stale))
                """)
            .param("id", id)
            .param("now", Instants.toDb(now))
            .param("stale", Instants.toDb(staleBefore))
            .update();
    return claimed == 1 ? find(id) : Optional.empty();
  }

  void delivered(long id, Status status, Instant at) {
    jdbc.sql(
            """
            UPDATE notification_message
               SET status = :status, sent_at = :at, next_attempt_at = NULL, last_error = NULL
             WHERE id = :id
            """)
        .param("id", id)
        .param("status", status.name())
        .param("at", Instants.toDb(at))
        .update();
  }

  /**
   * Records a failed attempt.
   *
   * @param nextAttemptAt {@code null} to give the message up
   */
  void failed(long id, String error, @Nullable Instant nextAttemptAt) {
    jdbc.sql(
            """
            UPDATE notification_message
               SET status = :status, next_attempt_at = :next, last_error = :error
             WHERE id = :id
            """)
        .param("id", id)
        .param("status", nextAttemptAt == null ? Status.ABANDONED.name() : Status.FAILED.name())
        .param("next", Instants.toDb(nextAttemptAt))
        .param("error", truncate(error, 1000))
        .update();
  }

  /** An administrator's retry of a failed or given-up message: it is due again now. */
  boolean retry(long id, Instant now) {
    return jdbc.sql(
                """
                UPDATE notification_message SET status = 'FAILED', next_attempt_at = :now
                 WHERE id = :id AND status IN ('FAILED', 'ABANDONED')
                """)
            .param("id", id)
            .param("now", Instants.toDb(now))
            .update()
        == 1;
  }

  Optional<StoredMessage> find(long id) {
    return jdbc.sql(COLUMNS + " WHERE id = :id").param("id", id).query(this::row).optional();
  }

  /** The newest messages, optionally of one status or dossier, for the administrators' page. */
  List<StoredMessage> page(@Nullable Status status, @Nullable String dossierCode, int page) {
    Map<String, Object> params = new HashMap<>();
    List<String> conditions = new ArrayList<>();
    if (status != null) {
      conditions.add("status = :status");
      params.put("status", status.name());
    }
    if (dossierCode != null) {
      conditions.add("dossier_code = :code");
      params.put("code", dossierCode);
    }
    String where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    return jdbc.sql(COLUMNS + where + " ORDER BY id DESC LIMIT :limit OFFSET :offset")
        .params(params)
        .param("limit", PAGE_SIZE)
        .param("offset", page * PAGE_SIZE)
        .query(this::row)
        .list();
  }

  private StoredMessage row(ResultSet rs, int n) throws SQLException {
    return new StoredMessage(
        rs.getLong("id"),
        rs.getString("kind"),
        Channel.valueOf(rs.getString("channel")),
        rs.getString("recipient"),
        rs.getString("subject"),
        rs.getString("body"),
        rs.getString("dossier_code"),
        Status.valueOf(rs.getString("status")),
        rs.getInt("attempts"),
        instant(rs, "next_attempt_at"),
        rs.getString("last_error"),
        java.util.Objects.requireNonNull(instant(rs, "created_at")),
        instant(rs, "sent_at"));
  }

  private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
    return Instants.fromDb(rs.getObject(column, OffsetDateTime.class));
  }

  private static String truncate(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max);
  }
}
