package vn.motcua.notification.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.motcua.notification.internal.OfficerNotice.Kind;
import vn.motcua.shared.Instants;

/** The officers' in-application notices, table {@code officer_notification}. */
@Repository
class OfficerNotices {

  static final int LATEST = 50;

  private final JdbcClient jdbc;

  OfficerNotices(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Adds a notice unless one with the same key exists.
   *
   * @return whether it was added
   */
  boolean add(
      String dedupKey,
      long officerId,
      Kind kind,
      String dossierCode,
      String procedureName,
      @Nullable Instant dueAt,
      Instant now) {
    return jdbc.sql(
                """
                INSERT INTO officer_notification (dedup_key, officer_id, kind, dossier_code,
                    procedure_name, due_at, created_at)
                VALUES (:key, :officer, :kind, :code, :procedure, :due, :now)
                ON CONFLICT DO NOTHING
                """)
            .param("key", dedupKey)
            .param("officer", officerId)
            .param("kind", kind.name())
            .param("code", dossierCode)
            .param("procedure", procedureName)
            .param("due", Instants.toDb(dueAt))
            .param("now", Instants.toDb(now))
            .update()
        == 1;
  }

  /** The officer's newest notices. */
  List<OfficerNotice> latest(long officerId) {
    return jdbc.sql(
            """
            SELECT id, kind, dossier_code, procedure_name, due_at, created_at, read_at
              FROM officer_notification WHERE officer_id = :officer
             ORDER BY id DESC LIMIT :limit
            """)
        .param("officer", officerId)
        .param("limit", LATEST)
        .query(
            (rs, row) ->
                new OfficerNotice(
                    rs.getLong("id"),
                    Kind.valueOf(rs.getString("kind")),
                    rs.getString("dossier_code"),
                    rs.getString("procedure_name"),
                    Instants.fromDb(rs.getObject("due_at", OffsetDateTime.class)),
                    Objects.requireNonNull(
                        Instants.fromDb(rs.getObject("created_at", OffsetDateTime.class))),
                    rs.getObject("read_at") != null))
        .list();
  }

  int unread(long officerId) {
    return jdbc.sql(
            "SELECT COUNT(*) FROM officer_notification WHERE officer_id = :officer AND read_at IS NULL")
        .param("officer", officerId)
        .query(Integer.class)
        .single();
  }

  void markAllRead(long officerId, Instant now) {
    jdbc.sql(
            """
            UPDATE officer_notification SET read_at = :now
             WHERE officer_id = :officer AND read_at IS NULL
            """)
        .param("officer", officerId)
        .param("now", Instants.toDb(now))
        .update();
  }
}
