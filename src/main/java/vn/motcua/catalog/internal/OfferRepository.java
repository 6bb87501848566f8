package vn.motcua.catalog.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;
import vn.motcua.catalog.Fee;
import vn.motcua.catalog.Offer;
import vn.motcua.catalog.OnlineLevel;
import vn.motcua.catalog.ProcessStep;
import vn.motcua.catalog.ProcessVersion;
import vn.motcua.catalog.domain.Amounts;
import vn.motcua.security.Role;
import vn.motcua.shared.Instants;

/** Agencies' offers of procedures, their fee schedules and their process versions. */
@Repository
public class OfferRepository {

  private final JdbcClient jdbc;
  private final JdbcTemplate batch;

  OfferRepository(JdbcClient jdbc, JdbcTemplate batch) {
    this.jdbc = jdbc;
    this.batch = batch;
  }

  /** An offer's own columns. */
  public record OfferRow(
      long agencyId,
      String procedureCode,
      OnlineLevel onlineLevel,
      long processId,
      boolean active,
      int version) {}

  private static final String SELECT_OFFER =
      "SELECT agency_id, procedure_code, online_level, process_id, active, version FROM catalog_offer";

  private static final RowMapper<OfferRow> OFFER =
      (rs, row) ->
          new OfferRow(
              rs.getLong(1),
              rs.getString(2),
              OnlineLevel.valueOf(rs.getString(3)),
              rs.getLong(4),
              rs.getBoolean(5),
              rs.getInt(6));

  public Optional<OfferRow> find(long agencyId, String procedureCode) {
    return jdbc.sql(SELECT_OFFER + " WHERE agency_id = :agency AND procedure_code = :code")
        .param("agency", agencyId)
        .param("code", procedureCode)
        .query(OFFER)
        .optional();
  }

  /** The active offers of an agency, by procedure code, with fees and current processes. */
  public List<Offer> offers(long agencyId) {
    List<OfferRow> rows =
        jdbc.sql(SELECT_OFFER + " WHERE agency_id = :agency AND active ORDER BY procedure_code")
            .param("agency", agencyId)
            .query(OFFER)
            .list();
    if (rows.isEmpty()) {
      return List.of();
    }
    Map<String, List<Fee>> fees = new HashMap<>();
    jdbc.sql(
            """
            SELECT procedure_code, amount_vnd, description FROM catalog_offer_fee
             WHERE agency_id = :agency ORDER BY procedure_code, position
            """)
        .param("agency", agencyId)
        .query(
            rs -> {
              fees.computeIfAbsent(rs.getString(1), code -> new ArrayList<>())
                  .add(new Fee(rs.getObject(2, Long.class), rs.getString(3)));
            });
    Map<Long, ProcessVersion> processes =
        processes(rows.stream().map(OfferRow::processId).toList());
    return rows.stream()
        .map(
            row ->
                new Offer(
                    row.agencyId(),
                    row.procedureCode(),
                    row.onlineLevel(),
                    fees.getOrDefault(row.procedureCode(), List.of()),
                    processes.get(row.processId())))
        .toList();
  }

  public List<Fee> fees(long agencyId, String procedureCode) {
    return jdbc.sql(
            """
            SELECT amount_vnd, description FROM catalog_offer_fee
             WHERE agency_id = :agency AND procedure_code = :code ORDER BY position
            """)
        .param("agency", agencyId)
        .param("code", procedureCode)
        .query((rs, row) -> new Fee(rs.getObject(1, Long.class), rs.getString(2)))
        .list();
  }

  /** The agencies that offer the procedure now. */
  public List<Long> agenciesOffering(String procedureCode) {
    return jdbc.sql(
            """
            SELECT agency_id FROM catalog_offer
             WHERE procedure_code = :code AND active ORDER BY agency_id
            """)
        .param("code", procedureCode)
        .query(Long.class)
        .list();
  }

  /** The agencies that offer at least one procedure now. */
  public List<Long> agenciesWithOffers() {
    return jdbc.sql("SELECT DISTINCT agency_id FROM catalog_offer WHERE active ORDER BY agency_id")
        .query(Long.class)
        .list();
  }

  /** Stores new offers of the agency with their fees, in batches. */
  public void insert(long agencyId, List<Offer> offers) {
    batch.batchUpdate(
        "INSERT INTO catalog_offer (agency_id, procedure_code, online_level, process_id)"
            + " VALUES (?, ?, ?, ?)",
        offers.stream()
            .map(
                offer ->
                    new Object[] {
                      agencyId,
                      offer.procedureCode(),
                      offer.onlineLevel().name(),
                      offer.process().id()
                    })
            .toList());
    Map<String, List<Fee>> fees = new LinkedHashMap<>();
    offers.forEach(offer -> fees.put(offer.procedureCode(), offer.fees()));
    insertFees(agencyId, fees);
  }

  /** The procedures the agency offers or once offered. */
  public Set<String> procedureCodes(long agencyId) {
    return Set.copyOf(
        jdbc.sql("SELECT procedure_code FROM catalog_offer WHERE agency_id = :agency")
            .param("agency", agencyId)
            .query(String.class)
            .list());
  }

  /**
   * Changes an offer's online level and activity, if nobody changed it since {@code version} was
   * read; returns whether it did.
   */
  public boolean update(
      long agencyId, String procedureCode, OnlineLevel level, boolean active, int version) {
    return jdbc.sql(
                """
                UPDATE catalog_offer
                   SET online_level = :level, active = :active, version = version + 1
                 WHERE agency_id = :agency AND procedure_code = :code AND version = :version
                """)
            .param("level", level.name())
            .param("active", active)
            .param("agency", agencyId)
            .param("code", procedureCode)
            .param("version", version)
            .update()
        == 1;
  }

  public void replaceFees(long agencyId, String procedureCode, List<Fee> fees) {
    jdbc.sql("DELETE FROM catalog_offer_fee WHERE agency_id = :agency AND procedure_code = :code")
        .param("agency", agencyId)
        .param("code", procedureCode)
        .update();
    insertFees(agencyId, Map.of(procedureCode, fees));
  }

  /** Inserts fee schedules, by procedure code, in one batch. */
  private void insertFees(long agencyId, Map<String, List<Fee>> fees) {
    List<Object[]> rows = new ArrayList<>();
    fees.forEach(
        (code, schedule) -> {
          for (int i = 0; i < schedule.size(); i++) {
            Fee fee = schedule.get(i);
            rows.add(new Object[] {agencyId, code, i + 1, fee.amountVnd(), fee.description()});
          }
        });
    batch.batchUpdate(
        "INSERT INTO catalog_offer_fee (agency_id, procedure_code, position, amount_vnd,"
            + " description) VALUES (?, ?, ?, ?, ?)",
        rows);
  }

  /**
   * Makes a process version the offer's current one, if nobody changed the offer since {@code
   * version} was read; returns whether it did.
   */
  public boolean useProcess(long agencyId, String procedureCode, long processId, int version) {
    return jdbc.sql(
                """
                UPDATE catalog_offer SET process_id = :process, version = version + 1
                 WHERE agency_id = :agency AND procedure_code = :code AND version = :version
                """)
            .param("process", processId)
            .param("agency", agencyId)
            .param("code", procedureCode)
            .param("version", version)
            .update()
        == 1;
  }

  /** Stores the next version of the agency's process for the procedure; returns it. */
  public ProcessVersion insertProcess(
      long agencyId, String procedureCode, List<ProcessStep> steps, String actor, Instant now) {
    int version =
        jdbc.sql(
                """
                SELECT COALESCE(MAX(version), 0) + 1 FROM catalog_process
                 WHERE agency_id = :agency AND procedure_code = :code
                """)
            .param("agency", agencyId)
            .param("code", procedureCode)
            .query(Integer.class)
            .single();
    KeyHolder key = new GeneratedKeyHolder();
    jdbc.sql(
            """
            INSERT INTO catalog_process (agency_id, procedure_code, version, created_at, created_by)
            VALUES (:agency, :code, :version, :now, :actor)
            """)
        .param("agency", agencyId)
        .param("code", procedureCode)
        .param("version", version)
        .param("now", Instants.toDb(now))
        .param("actor", actor)
        .update(key, "id");
    long id = key.getKeyAs(Long.class);
    batch.batchUpdate(
        "INSERT INTO catalog_process_step (process_id, position, name, role, department_id,"
            + " share_days, other_agency_code) VALUES (?, ?, ?, ?, ?, ?, ?)",
        steps.stream()
            .map(
                step ->
                    new Object[] {
                      id,
                      step.position(),
                      step.name(),
                      step.role().name(),
                      step.departmentId(),
                      step.shareDays(),
                      step.otherAgencyCode()
                    })
            .toList());
    return new ProcessVersion(id, procedureCode, agencyId, version, steps);
  }

  public Optional<ProcessVersion> process(long id) {
    return Optional.ofNullable(processes(List.of(id)).get(id));
  }

  /** Every process version of an agency for a procedure, newest first. */
  public List<ProcessVersion> history(long agencyId, String procedureCode) {
    List<Long> ids =
        jdbc.sql(
                """
                SELECT id FROM catalog_process
                 WHERE agency_id = :agency AND procedure_code = :code ORDER BY version DESC
                """)
            .param("agency", agencyId)
            .param("code", procedureCode)
            .query(Long.class)
            .list();
    Map<Long, ProcessVersion> processes = processes(ids);
    return ids.stream().map(processes::get).toList();
  }

  private Map<Long, ProcessVersion> processes(List<Long> ids) {
    if (ids.isEmpty()) {
      return Map.of();
    }
    Map<Long, List<ProcessStep>> steps = new HashMap<>();
    jdbc.sql(
            """
            SELECT process_id, position, name, role, department_id, share_days, other_agency_code
              FROM catalog_process_step WHERE process_id IN (:ids) ORDER BY process_id, position
            """)
        .param("ids", ids)
        .query(
            rs -> {
              steps
                  .computeIfAbsent(rs.getLong(1), id -> new ArrayList<>())
                  .add(
                      new ProcessStep(
                          rs.getInt(2),
                          rs.getString(3),
                          Role.valueOf(rs.getString(4)),
                          rs.getObject(5, Long.class),
                          Amounts.plain(rs.getBigDecimal(6)),
                          rs.getString(7)));
            });
    Map<Long, ProcessVersion> processes = new HashMap<>();
    jdbc.sql(
            """
            SELECT id, procedure_code, agency_id, version FROM catalog_process WHERE id IN (:ids)
            """)
        .param("ids", ids)
        .query(
            rs -> {
              long id = rs.getLong(1);
              processes.put(
                  id,
                  new ProcessVersion(
                      id,
                      rs.getString(2),
                      rs.getLong(3),
                      rs.getInt(4),
                      steps.getOrDefault(id, List.of())));
            });
    return processes;
  }
}
