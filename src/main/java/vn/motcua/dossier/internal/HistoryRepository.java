package vn.motcua.dossier.internal;

import static vn.motcua.dossier.internal.DossierRepository.instant;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.dossier.HistoryLine;
import vn.motcua.dossier.domain.HistoryEntry;
import vn.motcua.dossier.domain.Step;
import vn.motcua.shared.Instants;

/** The append-only {@code dossier_history} table. */
@Repository
class HistoryRepository {

  private static final TypeReference<Map<String, String>> DETAILS = new TypeReference<>() {};

  private final JdbcClient jdbc;
  private final NamedParameterJdbcTemplate batch;
  private final JsonMapper json;

  HistoryRepository(JdbcClient jdbc, NamedParameterJdbcTemplate batch, JsonMapper json) {
    this.jdbc = jdbc;
    this.batch = batch;
    this.json = json;
  }

  private static final String INSERT =
      """
      INSERT INTO dossier_history (dossier_id, at, action, actor_id, actor_name, address, from_status,
          to_status, left_step_kind, left_step_name, left_step_holder, left_step_agency_id,
          left_step_started_at, left_step_due_at, entered_step_kind, entered_step_name,
          entered_step_holder, entered_step_agency_id, entered_step_due_at, note, details)
      VALUES (:dossier, :at, :action, :actorId, :actorName, :address, :from, :to, :leftKind, :leftName,
          :leftHolder, :leftAgency, :leftStarted, :leftDue, :enteredKind, :enteredName, :enteredHolder,
          :enteredAgency, :enteredDue, :note, :details)
      """;

  /** One entry of a dossier's history. */
  record Appended(long dossierId, HistoryEntry entry) {}

  void append(long dossierId, HistoryEntry entry, @Nullable String address) {
    jdbc.sql(INSERT).paramSource(params(dossierId, entry, address)).update();
  }

  /** Entries of dossiers handled before, in one batch, in order. */
  void appendAll(List<Appended> entries) {
    batch.batchUpdate(
        INSERT,
        entries.stream()
            .map(appended -> params(appended.dossierId(), appended.entry(), null))
            .toArray(SqlParameterSource[]::new));
  }

  private MapSqlParameterSource params(
      long dossierId, HistoryEntry entry, @Nullable String address) {
    Step left = entry.leftStep();
    Step entered = entry.enteredStep();
    return new MapSqlParameterSource()
        .addValue("dossier", dossierId)
        .addValue("at", Instants.toDb(entry.at()))
        .addValue("action", entry.action())
        .addValue("actorId", entry.actorId())
        .addValue("actorName", entry.actorName())
        .addValue("address", address)
        .addValue("from", entry.fromStatus() == null ? null : entry.fromStatus().code())
        .addValue("to", entry.toStatus().code())
        .addValue("leftKind", left == null ? null : left.kind().name())
        .addValue("leftName", left == null ? null : left.name())
        .addValue("leftHolder", left == null ? null : left.assigneeName())
        .addValue("leftAgency", left == null ? null : left.agencyId())
        .addValue("leftStarted", left == null ? null : Instants.toDb(left.startedAt()))
        .addValue("leftDue", left == null ? null : Instants.toDb(left.dueAt()))
        .addValue("enteredKind", entered == null ? null : entered.kind().name())
        .addValue("enteredName", entered == null ? null : entered.name())
        .addValue("enteredHolder", entered == null ? null : entered.assigneeName())
        .addValue("enteredAgency", entered == null ? null : entered.agencyId())
        .addValue("enteredDue", entered == null ? null : Instants.toDb(entered.dueAt()))
        .addValue("note", entry.note())
        .addValue(
            "details", entry.details().isEmpty() ? null : json.writeValueAsString(entry.details()));
  }

  /** The histories of these dossiers, each in order, in one query. */
  Map<Long, List<HistoryLine>> of(java.util.Collection<Long> dossierIds) {
    Map<Long, List<HistoryLine>> histories = new java.util.HashMap<>();
    if (dossierIds.isEmpty()) {
      return histories;
    }
    jdbc.sql(
            "SELECT * FROM dossier_history WHERE dossier_id IN (:dossiers) ORDER BY dossier_id, id")
        .param("dossiers", dossierIds)
        .query(
            (java.sql.ResultSet rs) -> {
              histories
                  .computeIfAbsent(rs.getLong("dossier_id"), id -> new java.util.ArrayList<>())
                  .add(line(rs, 0));
            });
    return histories;
  }

  List<HistoryLine> of(long dossierId) {
    return jdbc.sql("SELECT * FROM dossier_history WHERE dossier_id = :dossier ORDER BY id")
        .param("dossier", dossierId)
        .query(this::line)
        .list();
  }

  /**
   * The lines in which an officer handed over a processing step of these agencies, from {@code
   * from} (inclusive) to {@code to}.
   */
  List<HistoryLine> processStepsLeft(
      java.util.Collection<Long> agencies, java.time.Instant from, java.time.Instant to) {
    return jdbc.sql(
            """
            SELECT * FROM dossier_history
             WHERE left_step_agency_id IN (:agencies) AND left_step_kind = 'PROCESS'
               AND left_step_holder IS NOT NULL AND at >= :from AND at < :to
             ORDER BY id
            """)
        .param("agencies", agencies)
        .param("from", Instants.toDb(from))
        .param("to", Instants.toDb(to))
        .query(this::line)
        .list();
  }

  private HistoryLine line(java.sql.ResultSet rs, int row) throws java.sql.SQLException {

    Integer from = rs.getObject("from_status", Integer.class);
    String details = rs.getString("details");
    return new HistoryLine(
        rs.getLong("id"),
        instant(rs, "at"),
        rs.getString("action"),
        rs.getObject("actor_id", Long.class),
        rs.getString("actor_name"),
        from == null ? null : DossierStatus.ofCode(from),
        DossierStatus.ofCode(rs.getInt("to_status")),
        rs.getString("left_step_kind"),
        rs.getString("left_step_name"),
        rs.getString("left_step_holder"),
        rs.getObject("left_step_agency_id", Long.class),
        instant(rs, "left_step_started_at"),
        instant(rs, "left_step_due_at"),
        rs.getString("entered_step_kind"),
        rs.getString("entered_step_name"),
        rs.getString("entered_step_holder"),
        rs.getObject("entered_step_agency_id", Long.class),
        instant(rs, "entered_step_due_at"),
        rs.getString("note"),
        details == null ? Map.of() : json.readValue(details, DETAILS));
  }
}
