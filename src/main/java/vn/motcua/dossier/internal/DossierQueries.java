package vn.motcua.dossier.internal;

import static vn.motcua.dossier.internal.DossierRepository.instant;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.motcua.calendar.Timeliness;
import vn.motcua.dossier.DossierDetails;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.dossier.FeeStatus;
import vn.motcua.dossier.HeldDossier;
import vn.motcua.dossier.QueueRow;
import vn.motcua.dossier.ReturnMethod;
import vn.motcua.dossier.domain.Step;
import vn.motcua.shared.Instants;

/**
 * Read models of dossiers: the details of one, and the work queues, each one indexed query on one
 * table.
 */
@Repository
public class DossierQueries {

  private static final String QUEUE_COLUMNS =
      """
      SELECT code, procedure_name, applicant_name, status, agency_code, step_kind, step_name, step_assignee_name,
             step_started_at, step_due_at, due_at, received_at, supplement_requests
        FROM dossier
      """;

  private static final RowMapper<QueueRow> QUEUE_ROW =
      (rs, row) ->
          new QueueRow(
              rs.getString("code"),
              rs.getString("procedure_name"),
              rs.getString("applicant_name"),
              DossierStatus.ofCode(rs.getInt("status")),
              rs.getString("agency_code"),
              rs.getString("step_kind"),
              rs.getString("step_name"),
              rs.getString("step_assignee_name"),
              instant(rs, "step_started_at"),
              instant(rs, "step_due_at"),
              instant(rs, "due_at"),
              instant(rs, "received_at"),
              rs.getInt("supplement_requests"));

  private final JdbcClient jdbc;

  DossierQueries(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public Optional<DossierDetails> details(String code) {
    return jdbc.sql(
            """
            SELECT d.*, p.code AS parent_code FROM dossier d LEFT JOIN dossier p ON p.id = d.parent_id
             WHERE d.code = :code
            """)
        .param("code", code)
        .query((rs, row) -> details(rs))
        .optional();
  }

  /** The dossiers assigned to an officer, due soonest (so overdue) first. */
  public List<QueueRow> assignedTo(long officerId, int page, int size) {
    return jdbc.sql(
            QUEUE_COLUMNS
                + """
                 WHERE step_assignee_id = :officer AND status IN (1, 2, 4, 5, 6)
                 ORDER BY step_due_at, id LIMIT :limit OFFSET :offset
                """)
        .param("officer", officerId)
        .param("limit", size)
        .param("offset", page * size)
        .query(QUEUE_ROW)
        .list();
  }

  /**
   * The unassigned steps of a role in some agencies: for specialists only those of their fields;
   * due soonest first.
   */
  public List<QueueRow> unassigned(
      String role, Collection<Long> agencies, Collection<String> fields, int page, int size) {
    if (agencies.isEmpty()) {
      return List.of();
    }
    boolean specialist = "SPECIALIST".equals(role);
    if (specialist && fields.isEmpty()) {
      return List.of();
    }
    return jdbc.sql(
            QUEUE_COLUMNS
                + " WHERE step_agency_id IN (:agencies) AND step_role = :role AND step_assignee_id IS NULL"
                + " AND step_kind = 'PROCESS' AND status = 4"
                + (specialist ? " AND step_field_code IN (:fields)" : "")
                + " ORDER BY step_due_at, id LIMIT :limit OFFSET :offset")
        .param("agencies", agencies)
        .param("role", role)
        .params(specialist ? java.util.Map.of("fields", fields) : java.util.Map.of())
        .param("limit", size)
        .param("offset", page * size)
        .query(QUEUE_ROW)
        .list();
  }

  /**
   * Dossiers of one status waiting at the counters where they were received (online submissions,
   * supplements, results to return), longest waiting first.
   */
  public List<QueueRow> atCounter(
      DossierStatus status, Collection<Long> agencies, int page, int size) {
    if (agencies.isEmpty()) {
      return List.of();
    }
    return jdbc.sql(
            QUEUE_COLUMNS
                + """
                 WHERE receiving_agency_id IN (:agencies) AND status = :status
                 ORDER BY updated_at, id LIMIT :limit OFFSET :offset
                """)
        .param("agencies", agencies)
        .param("status", status.code())
        .param("limit", size)
        .param("offset", page * size)
        .query(QUEUE_ROW)
        .list();
  }

  /** Dossiers settled by some agencies, filtered for the API; newest first. */
  public List<QueueRow> search(
      Collection<Long> agencies,
      @org.jspecify.annotations.Nullable DossierStatus status,
      boolean overdueOnly,
      @org.jspecify.annotations.Nullable Long assignee,
      Instant now,
      int page,
      int size) {
    if (agencies.isEmpty()) {
      return List.of();
    }
    StringBuilder where = new StringBuilder(" WHERE agency_id IN (:agencies)");
    if (status != null) {
      where.append(" AND status = :status");
    }
    if (assignee != null) {
      where.append(" AND step_assignee_id = :assignee");
    }
    if (overdueOnly) {
      where.append(" AND status IN (4, 5, 6) AND (due_at < :now OR step_due_at < :now)");
    }
    JdbcClient.StatementSpec query =
        jdbc.sql(QUEUE_COLUMNS + where + " ORDER BY id DESC LIMIT :limit OFFSET :offset")
            .param("agencies", agencies)
            .param("limit", size)
            .param("offset", page * size);
    if (status != null) {
      query = query.param("status", status.code());
    }
    if (assignee != null) {
      query = query.param("assignee", assignee);
    }
    if (overdueOnly) {
      query = query.param("now", Instants.toDb(now));
    }
    return query.query(QUEUE_ROW).list();
  }

  /** The dossiers given with this (normalised) email address, newest first. */
  public List<QueueRow> ofApplicantEmail(String email, int limit) {
    return jdbc.sql(QUEUE_COLUMNS + " WHERE applicant_email = :email ORDER BY id DESC LIMIT :limit")
        .param("email", email)
        .param("limit", limit)
        .query(QUEUE_ROW)
        .list();
  }

  public List<DossierDetails.Linked> children(long parentId) {
    return jdbc.sql(
            "SELECT code, agency_id, status FROM dossier WHERE parent_id = :parent ORDER BY id")
        .param("parent", parentId)
        .query(
            (rs, row) ->
                new DossierDetails.Linked(
                    rs.getString("code"),
                    rs.getLong("agency_id"),
                    DossierStatus.ofCode(rs.getInt("status"))))
        .list();
  }

  private DossierDetails details(ResultSet rs) throws SQLException {
    Step step = DossierRepository.step(rs);
    String timeliness = rs.getString("timeliness");
    String returnMethod = rs.getString("return_method");
    String feeStatus = rs.getString("fee_status");
    long id = rs.getLong("id");
    return new DossierDetails(
        id,
        rs.getString("code"),
        rs.getString("lookup_pin"),
        DossierStatus.ofCode(rs.getInt("status")),
        rs.getInt("version"),
        rs.getString("procedure_code"),
        rs.getString("procedure_name"),
        rs.getString("field_code"),
        rs.getLong("agency_id"),
        rs.getString("agency_code"),
        rs.getLong("receiving_agency_id"),
        DossierRepository.channel(rs.getInt("channel")),
        DossierRepository.applicant(rs),
        DossierRepository.representative(rs),
        rs.getInt("sets"),
        rs.getString("note"),
        DossierRepository.limit(rs),
        instant(rs, "received_at"),
        instant(rs, "due_at"),
        instant(rs, "original_due_at"),
        instant(rs, "paused_at"),
        rs.getInt("supplement_requests"),
        rs.getInt("apologies"),
        CurrentSteps.of(step),
        rs.getString("refusal_proposal"),
        instant(rs, "finished_at"),
        timeliness == null ? null : Timeliness.valueOf(timeliness),
        rs.getString("result_number"),
        rs.getObject("result_date", LocalDate.class),
        rs.getObject("result_electronic", Boolean.class),
        instant(rs, "returned_at"),
        returnMethod == null ? null : ReturnMethod.valueOf(returnMethod),
        rs.getString("returned_to"),
        rs.getObject("fee_amount", Long.class),
        feeStatus == null ? null : FeeStatus.valueOf(feeStatus),
        rs.getObject("parent_id", Long.class),
        rs.getString("parent_code"),
        List.of(),
        instant(rs, "created_at"));
  }

  /** See {@link vn.motcua.dossier.WorkQueues#heldDueBefore}. */
  public List<HeldDossier> heldDueBefore(Instant until) {
    return jdbc.sql(
            """
            SELECT code, procedure_name, due_at, step_assignee_id FROM dossier
             WHERE status IN (2, 4) AND step_assignee_id IS NOT NULL AND due_at < :until
             ORDER BY due_at, id
            """)
        .param("until", Instants.toDb(until))
        .query(
            (rs, row) ->
                new HeldDossier(
                    rs.getString("code"),
                    rs.getString("procedure_name"),
                    java.util.Objects.requireNonNull(instant(rs, "due_at")),
                    rs.getLong("step_assignee_id")))
        .list();
  }
}
