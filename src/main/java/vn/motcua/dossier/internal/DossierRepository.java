package vn.motcua.dossier.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;
import vn.motcua.calendar.LimitUnit;
import vn.motcua.calendar.TimeLimit;
import vn.motcua.calendar.Timeliness;
import vn.motcua.catalog.Channel;
import vn.motcua.dossier.Applicant;
import vn.motcua.dossier.ApplicantKind;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.dossier.Representative;
import vn.motcua.dossier.domain.Dossier;
import vn.motcua.dossier.domain.Step;
import vn.motcua.dossier.domain.StepKind;
import vn.motcua.security.Role;
import vn.motcua.shared.Instants;

/**
 * The {@code dossier} table: loading a dossier's state for an action and storing the state after
 * it.
 */
@Repository
class DossierRepository {

  private static final String STATE_COLUMNS =
      """
      id, code, agency_id, agency_code, receiving_agency_id, parent_id, procedure_code, field_code, channel,
      status, received_at, due_at, original_due_at, paused_at, supplement_requests, apologies,
      step_kind, step_position, step_name, step_role, step_agency_id, step_department_id, step_field_code,
      step_assignee_id, step_assignee_name, step_started_at, step_due_at, supplement_requested_by,
      refusal_proposal, finished_at, timeliness, process_version_id, version,
      time_limit_amount, time_limit_unit, cutoff
      """;

  private final JdbcClient jdbc;
  private final NamedParameterJdbcTemplate batch;

  DossierRepository(JdbcClient jdbc, NamedParameterJdbcTemplate batch) {
    this.jdbc = jdbc;
    this.batch = batch;
  }

  Optional<StoredDossier> find(String code) {
    return jdbc.sql("SELECT " + STATE_COLUMNS + " FROM dossier WHERE code = :code")
        .param("code", code)
        .query((rs, row) -> stored(rs))
        .optional();
  }

  Optional<StoredDossier> find(long id) {
    return jdbc.sql("SELECT " + STATE_COLUMNS + " FROM dossier WHERE id = :id")
        .param("id", id)
        .query((rs, row) -> stored(rs))
        .optional();
  }

  /** A page of the dossiers settled by these agencies, in id order after {@code afterId}. */
  java.util.List<StoredDossier> ofAgencies(
      java.util.Collection<Long> agencies, long afterId, int limit) {
    return jdbc.sql(
            "SELECT "
                + STATE_COLUMNS
                + " FROM dossier WHERE agency_id IN (:agencies) AND id > :after ORDER BY id LIMIT :limit")
        .param("agencies", agencies)
        .param("after", afterId)
        .param("limit", limit)
        .query((rs, row) -> stored(rs))
        .list();
  }

  private static final String INSERT =
      """
      INSERT INTO dossier (code, lookup_pin, agency_id, agency_code, receiving_agency_id, parent_id,
          procedure_code, procedure_name, field_code, channel, status,
          applicant_kind, applicant_name, applicant_id_number, applicant_birth_date, applicant_address,
          applicant_phone, applicant_email, representative_name, representative_id_number,
          representative_phone, sets, note, time_limit_amount, time_limit_unit, cutoff,
          received_at, due_at, original_due_at, paused_at, supplement_requests, apologies,
          step_kind, step_position, step_name, step_role, step_agency_id, step_department_id,
          step_field_code, step_assignee_id, step_assignee_name, step_started_at, step_due_at,
          supplement_requested_by, refusal_proposal, finished_at, timeliness, fee_amount, fee_status,
          process_version_id, submission_key, created_by, created_at, updated_at,
          result_number, result_date, result_electronic, returned_at, return_method, returned_to)
      VALUES (:code, :pin, :agency, :agencyCode, :receivingAgency, :parent,
          :procedureCode, :procedureName, :field, :channel, :status,
          :applicantKind, :applicantName, :applicantIdNumber, :applicantBirthDate, :applicantAddress,
          :applicantPhone, :applicantEmail, :representativeName, :representativeIdNumber,
          :representativePhone, :sets, :note, :limitAmount, :limitUnit, :cutoff,
          :receivedAt, :dueAt, :originalDueAt, :pausedAt, :supplementRequests, :apologies,
          :stepKind, :stepPosition, :stepName, :stepRole, :stepAgency, :stepDepartment,
          :stepField, :stepAssignee, :stepAssigneeName, :stepStartedAt, :stepDueAt,
          :supplementRequestedBy, :refusalProposal, :finishedAt, :timeliness, :feeAmount, :feeStatus,
          :processVersion, :submissionKey, :createdBy, :createdAt, :updatedAt,
          :resultNumber, :resultDate, :resultElectronic, :returnedAt, :returnMethod, :returnedTo)
      """;

  boolean anySettledBy(java.util.Collection<Long> agencies) {
    return jdbc.sql("SELECT 1 FROM dossier WHERE agency_id IN (:agencies) FETCH FIRST 1 ROWS ONLY")
        .param("agencies", agencies)
        .query(Integer.class)
        .optional()
        .isPresent();
  }

  /** Inserts a new dossier; returns its id. */
  long insert(NewDossierRow row, Dossier state, Instant now) {
    KeyHolder key = new GeneratedKeyHolder();
    jdbc.sql(INSERT)
        .paramSource(insertParams(PastDossierRow.created(row, state, now)))
        .update(key, "id");
    return key.getKeyAs(Long.class);
  }

  /**
   * Inserts dossiers handled before, in one batch: each created when it was handed in and last
   * updated by its last action.
   *
   * @return their ids, in the same order
   */
  List<Long> insertAll(List<PastDossierRow> rows) {
    KeyHolder keys = new GeneratedKeyHolder();
    batch.batchUpdate(
        INSERT,
        rows.stream().map(DossierRepository::insertParams).toArray(SqlParameterSource[]::new),
        keys,
        new String[] {"id"});
    return keys.getKeyList().stream()
        .map(key -> ((Number) key.values().iterator().next()).longValue())
        .toList();
  }

  private static MapSqlParameterSource insertParams(PastDossierRow past) {
    NewDossierRow row = past.row();
    return stateParams(past.state())
        .addValue("pin", row.lookupPin())
        .addValue("agencyCode", row.agencyCode())
        .addValue("procedureName", row.procedureName())
        .addValue("applicantKind", row.applicant().kind().name())
        .addValue("applicantName", row.applicant().name())
        .addValue("applicantIdNumber", row.applicant().idNumber())
        .addValue("applicantBirthDate", row.applicant().birthDate())
        .addValue("applicantAddress", row.applicant().address())
        .addValue("applicantPhone", row.applicant().phone())
        .addValue("applicantEmail", row.applicant().email())
        .addValue(
            "representativeName", row.representative() == null ? null : row.representative().name())
        .addValue(
            "representativeIdNumber",
            row.representative() == null ? null : row.representative().idNumber())
        .addValue(
            "representativePhone",
            row.representative() == null ? null : row.representative().phone())
        .addValue("sets", row.sets())
        .addValue("note", row.note())
        .addValue("limitAmount", row.limit() == null ? null : row.limit().amount())
        .addValue("limitUnit", row.limit() == null ? null : row.limit().unit().name())
        .addValue("cutoff", row.cutoff())
        .addValue("feeAmount", row.feeAmount())
        .addValue("feeStatus", row.feeStatus() == null ? null : row.feeStatus().name())
        .addValue("submissionKey", row.submissionKey())
        .addValue("createdBy", row.createdBy())
        .addValue("createdAt", Instants.toDb(past.createdAt()))
        .addValue("updatedAt", Instants.toDb(past.updatedAt()))
        .addValue("resultNumber", past.resultNumber())
        .addValue("resultDate", past.resultDate())
        .addValue("resultElectronic", past.resultElectronic())
        .addValue("returnedAt", Instants.toDb(past.returnedAt()))
        .addValue("returnMethod", past.returnMethod())
        .addValue("returnedTo", past.returnedTo());
  }

  /**
   * Stores the state after an action, if nobody changed the dossier since it was loaded.
   *
   * @return whether the version matched (false: another action won)
   */
  boolean update(Dossier state, Instant now, Recorded recorded) {
    // The columns come from Recorded's factories, never from input.
    StringBuilder alsoSet = new StringBuilder();
    recorded
        .columns()
        .keySet()
        .forEach(column -> alsoSet.append(", ").append(column).append(" = :").append(column));
    return jdbc.sql(
                """
                UPDATE dossier SET status = :status, received_at = :receivedAt, due_at = :dueAt,
                    original_due_at = :originalDueAt, paused_at = :pausedAt,
                    supplement_requests = :supplementRequests, apologies = :apologies,
                    step_kind = :stepKind, step_position = :stepPosition, step_name = :stepName,
                    step_role = :stepRole, step_agency_id = :stepAgency, step_department_id = :stepDepartment,
                    step_field_code = :stepField, step_assignee_id = :stepAssignee,
                    step_assignee_name = :stepAssigneeName, step_started_at = :stepStartedAt,
                    step_due_at = :stepDueAt, supplement_requested_by = :supplementRequestedBy,
                    refusal_proposal = :refusalProposal, finished_at = :finishedAt, timeliness = :timeliness,
                    updated_at = :now, version = version + 1"""
                    + alsoSet
                    + " WHERE id = :id AND version = :version")
            .paramSource(
                stateParams(state)
                    .addValue("id", state.id())
                    .addValue("version", state.version())
                    .addValue("now", Instants.toDb(now))
                    .addValues(recorded.columns()))
            .update()
        == 1;
  }

  /**
   * The row of a child dossier: the parent's applicant, procedure and time limit, at another
   * agency.
   */
  NewDossierRow childRow(long parentId, String agencyCode, String lookupPin) {
    return jdbc.sql("SELECT * FROM dossier WHERE id = :id")
        .param("id", parentId)
        .query(
            (rs, row) ->
                new NewDossierRow(
                    lookupPin,
                    agencyCode,
                    rs.getString("procedure_name"),
                    applicant(rs),
                    representative(rs),
                    rs.getInt("sets"),
                    null,
                    limit(rs),
                    null,
                    null,
                    null,
                    null,
                    null))
        .single();
  }

  static Applicant applicant(ResultSet rs) throws SQLException {
    return new Applicant(
        ApplicantKind.valueOf(rs.getString("applicant_kind")),
        rs.getString("applicant_name"),
        rs.getString("applicant_id_number"),
        rs.getObject("applicant_birth_date", java.time.LocalDate.class),
        rs.getString("applicant_address"),
        rs.getString("applicant_phone"),
        rs.getString("applicant_email"));
  }

  static @Nullable Representative representative(ResultSet rs) throws SQLException {
    String name = rs.getString("representative_name");
    return name == null
        ? null
        : new Representative(
            name, rs.getString("representative_id_number"), rs.getString("representative_phone"));
  }

  static @Nullable TimeLimit limit(ResultSet rs) throws SQLException {
    BigDecimal amount = rs.getBigDecimal("time_limit_amount");
    return amount == null
        ? null
        : new TimeLimit(amount, LimitUnit.valueOf(rs.getString("time_limit_unit")));
  }

  private static MapSqlParameterSource stateParams(Dossier state) {
    Step step = state.step();
    return new MapSqlParameterSource()
        .addValue("code", state.code())
        .addValue("agency", state.agencyId())
        .addValue("receivingAgency", state.receivingAgencyId())
        .addValue("parent", state.parentId())
        .addValue("procedureCode", state.procedureCode())
        .addValue("field", state.fieldCode())
        .addValue("channel", state.channel().code())
        .addValue("status", state.status().code())
        .addValue("receivedAt", Instants.toDb(state.receivedAt()))
        .addValue("dueAt", Instants.toDb(state.dueAt()))
        .addValue("originalDueAt", Instants.toDb(state.originalDueAt()))
        .addValue("pausedAt", Instants.toDb(state.pausedAt()))
        .addValue("supplementRequests", state.supplementRequests())
        .addValue("apologies", state.apologies())
        .addValue("stepKind", step == null ? null : step.kind().name())
        .addValue("stepPosition", step == null ? null : step.position())
        .addValue("stepName", step == null ? null : step.name())
        .addValue("stepRole", step == null ? null : step.role().name())
        .addValue("stepAgency", step == null ? null : step.agencyId())
        .addValue("stepDepartment", step == null ? null : step.departmentId())
        .addValue("stepField", step == null ? null : step.fieldCode())
        .addValue("stepAssignee", step == null ? null : step.assigneeId())
        .addValue("stepAssigneeName", step == null ? null : step.assigneeName())
        .addValue("stepStartedAt", step == null ? null : Instants.toDb(step.startedAt()))
        .addValue("stepDueAt", step == null ? null : Instants.toDb(step.dueAt()))
        .addValue("supplementRequestedBy", state.supplementRequestedBy())
        .addValue("refusalProposal", state.refusalProposal())
        .addValue("finishedAt", Instants.toDb(state.finishedAt()))
        .addValue("timeliness", state.timeliness() == null ? null : state.timeliness().name())
        .addValue("processVersion", state.processVersionId());
  }

  private static StoredDossier stored(ResultSet rs) throws SQLException {
    Step step = step(rs);
    String timeliness = rs.getString("timeliness");
    Dossier state =
        new Dossier(
            rs.getLong("id"),
            rs.getString("code"),
            rs.getLong("agency_id"),
            rs.getLong("receiving_agency_id"),
            rs.getObject("parent_id", Long.class),
            rs.getString("procedure_code"),
            rs.getString("field_code"),
            channel(rs.getInt("channel")),
            DossierStatus.ofCode(rs.getInt("status")),
            instant(rs, "received_at"),
            instant(rs, "due_at"),
            instant(rs, "original_due_at"),
            instant(rs, "paused_at"),
            rs.getInt("supplement_requests"),
            rs.getInt("apologies"),
            step,
            rs.getObject("supplement_requested_by", Long.class),
            rs.getString("refusal_proposal"),
            instant(rs, "finished_at"),
            timeliness == null ? null : Timeliness.valueOf(timeliness),
            rs.getLong("process_version_id"),
            rs.getInt("version"));
    TimeLimit limit = limit(rs);
    LocalTime cutoff = rs.getObject("cutoff", LocalTime.class);
    return new StoredDossier(state, rs.getString("agency_code"), limit, cutoff);
  }

  static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
    return Instants.fromDb(rs.getObject(column, OffsetDateTime.class));
  }

  static Step step(ResultSet rs) throws SQLException {
    String stepKind = rs.getString("step_kind");
    return stepKind == null
        ? null
        : new Step(
            StepKind.valueOf(stepKind),
            rs.getInt("step_position"),
            rs.getString("step_name"),
            Role.valueOf(rs.getString("step_role")),
            rs.getLong("step_agency_id"),
            rs.getObject("step_department_id", Long.class),
            rs.getString("step_field_code"),
            rs.getObject("step_assignee_id", Long.class),
            rs.getString("step_assignee_name"),
            instant(rs, "step_started_at"),
            instant(rs, "step_due_at"));
  }

  static Channel channel(int code) {
    for (Channel channel : Channel.values()) {
      if (channel.code() == code) {
        return channel;
      }
    }
    throw new IllegalArgumentException("No channel " + code);
  }
}
