package vn.motcua.reporting.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.core.simple.JdbcClient.StatementSpec;
import org.springframework.stereotype.Repository;
import vn.motcua.catalog.Channel;
import vn.motcua.dossier.DossierFacts;
import vn.motcua.shared.Instants;

/**
 * The statistics read model: {@code stat_daily} (counts per agency, day, field, procedure and
 * channel), {@code stat_monthly} (the same per month and field) and {@code stat_dossier} (one row
 * per accepted dossier).
 *
 * <p>Every count is an update that adds to the row; only when no row was there yet comes an insert
 * of an empty row that does nothing when the row exists, and the update again: the same statements
 * on H2 and PostgreSQL, one for most actions, and safe when actions on several nodes count into the
 * same row at once (the second insert waits for the first to commit, then the updates take their
 * turn on the row lock), unlike a read-then-write.
 */
@Repository
class StatisticsStore {

  private final JdbcClient jdbc;
  private final JdbcTemplate batch;

  StatisticsStore(JdbcClient jdbc, JdbcTemplate batch) {
    this.jdbc = jdbc;
    this.batch = batch;
  }

  /**
   * A dossier that ended within this many days of its receipt is {@code ended_soon}: if it was in
   * progress at some day, it was received at most this many days before that day.
   */
  static final int ENDED_SOON_DAYS = 31;

  /**
   * Adds one to each counter, on the day (Vietnam's date) of {@code at} and in its month: the
   * monthly row is the sum of the daily ones of that month, agency and field, with those received
   * online apart.
   */
  void add(DossierFacts facts, Instant at, List<Counter> counters) {
    List<String> columns = counters.stream().map(Counter::column).toList();
    LocalDate day = day(at);
    increment("stat_daily", dailyKey(facts, day), columns);
    List<String> monthly = new ArrayList<>(columns);
    if (counters.contains(Counter.RECEIVED) && facts.channel() == Channel.ONLINE) {
      monthly.add("received_online");
    }
    increment(
        "stat_monthly",
        Map.of(
            "agency_id", facts.agencyId(),
            "in_month", day.withDayOfMonth(1),
            "field_code", facts.fieldCode()),
        monthly);
  }

  /** Adds one to each of what applicants said, on the day (Vietnam's date) of {@code at}. */
  void addSatisfaction(DossierFacts facts, Instant at, List<SatisfactionCounter> counters) {
    increment(
        "stat_satisfaction",
        dailyKey(facts, day(at)),
        counters.stream().map(SatisfactionCounter::column).toList());
  }

  /** Adds one to each of {@code columns} in the row with this key (column to value). */
  private void increment(String table, Map<String, Object> key, List<String> columns) {
    if (columns.isEmpty()) {
      return;
    }
    StatementSpec update =
        jdbc.sql(
                "UPDATE "
                    + table
                    + " SET "
                    + columns.stream()
                        .map(column -> column + " = " + column + " + 1")
                        .collect(Collectors.joining(", "))
                    + " WHERE "
                    + key.keySet().stream()
                        .map(column -> column + " = :" + column)
                        .collect(Collectors.joining(" AND ")))
            .params(key);
    if (update.update() == 0) {
      jdbc.sql(
              "INSERT INTO "
                  + table
                  + " ("
                  + String.join(", ", key.keySet())
                  + ") VALUES ("
                  + key.keySet().stream()
                      .map(column -> ":" + column)
                      .collect(Collectors.joining(", "))
                  + ") ON CONFLICT DO NOTHING")
          .params(key)
          .update();
      update.update();
    }
  }

  /**
   * Keeps the dossier's row in step with its facts.
   *
   * @param received whether the event is the dossier's reception (its row is new)
   * @param pausedSince when its clock stopped, if it is stopped now (a row already paused keeps its
   *     first instant)
   * @param closedAt when it was withdrawn or stopped, if it was
   */
  void keep(
      DossierFacts facts,
      boolean received,
      @Nullable Instant pausedSince,
      @Nullable Instant closedAt) {
    DossierRow row = DossierRow.of(facts, pausedSince, closedAt);
    // A dossier just received has no row yet: one insert. Any other has one: one update. The
    // other statement follows only when the row was not as expected (a rebuild in between, or
    // two nodes at once: the insert does nothing when the row exists).
    if (received && insert(row) == 1) {
      return;
    }
    StatementSpec update =
        jdbc.sql(
                """
            UPDATE stat_dossier
               SET due_at = :due,
                   paused_at = CASE WHEN :paused THEN COALESCE(paused_at, :pausedSince) ELSE NULL END,
                   ended_soon = CASE WHEN ended_on IS NULL THEN :endedSoon ELSE ended_soon END,
                   ended_on = COALESCE(ended_on, :endedOn),
                   outcome = COALESCE(outcome, :outcome),
                   supplement_requests = :supplements
             WHERE dossier_id = :id
            """)
            .param("id", facts.id())
            .param("due", Instants.toDb(facts.dueAt()))
            .param("paused", pausedSince != null)
            .param("pausedSince", Instants.toDb(pausedSince == null ? Instant.EPOCH : pausedSince))
            .param("endedOn", row.endedOn())
            .param("endedSoon", row.endedSoon())
            .param("outcome", row.outcome())
            .param("supplements", facts.supplementRequests());
    if (update.update() == 0 && insert(row) == 0) {
      update.update();
    }
  }

  private static final String INSERT_DOSSIER =
      """
      INSERT INTO stat_dossier (dossier_id, agency_id, field_code, procedure_code, channel, received_on,
          due_at, paused_at, ended_on, ended_soon, outcome, supplement_requests)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING
      """;

  /** Inserts the dossier's row unless it has one: how many rows were inserted. */
  private int insert(DossierRow row) {
    return jdbc.sql(INSERT_DOSSIER).params(values(row)).update();
  }

  private static Object[] values(DossierRow row) {
    DossierFacts facts = row.facts();
    return new Object[] {
      facts.id(),
      facts.agencyId(),
      facts.fieldCode(),
      facts.procedureCode(),
      facts.channel().code(),
      day(facts.receivedAt()),
      Instants.toDb(facts.dueAt()),
      Instants.toDb(row.pausedSince()),
      row.endedOn(),
      row.endedSoon(),
      row.outcome(),
      facts.supplementRequests()
    };
  }

  /**
   * What {@code stat_dossier} holds of an accepted dossier.
   *
   * @param pausedSince when its clock stopped, if it is stopped now
   * @param endedOn the day it was settled or closed without result, if it was
   */
  record DossierRow(
      DossierFacts facts,
      @Nullable Instant pausedSince,
      @Nullable LocalDate endedOn,
      @Nullable String outcome) {

    /** Whether it ended within {@link #ENDED_SOON_DAYS} of its receipt. */
    boolean endedSoon() {
      return endedOn != null && !endedOn.isAfter(day(facts.receivedAt()).plusDays(ENDED_SOON_DAYS));
    }

    /** The row of a dossier whose facts are now {@code facts}. */
    static DossierRow of(
        DossierFacts facts, @Nullable Instant pausedSince, @Nullable Instant closedAt) {
      Instant ended =
          switch (facts.status()) {
            case REFUSED, SETTLED, RETURNED -> facts.finishedAt();
            case WITHDRAWN, STOPPED -> closedAt;
            default -> null;
          };
      return new DossierRow(
          facts,
          pausedSince,
          ended == null ? null : day(ended),
          ended == null ? null : StatisticsStore.outcome(facts));
    }
  }

  /** The counts of one row of {@code stat_daily}. */
  record DailyKey(
      long agencyId, LocalDate day, String fieldCode, String procedureCode, int channel) {

    static DailyKey of(DossierFacts facts, Instant at) {
      return new DailyKey(
          facts.agencyId(),
          at.atZone(Instants.VIETNAM).toLocalDate(),
          facts.fieldCode(),
          facts.procedureCode(),
          facts.channel().code());
    }
  }

  /**
   * Writes counts and dossier rows all at once, in a batch per table, where nothing was counted yet
   * (after {@link #clear} of these agencies); the monthly rollup is summed from the daily counts.
   */
  void insertAll(
      Collection<Long> agencies,
      Map<DailyKey, EnumMap<Counter, Integer>> daily,
      List<DossierRow> dossiers) {
    List<Counter> counters = List.of(Counter.values());
    batch.batchUpdate(
        "INSERT INTO stat_daily (agency_id, on_day, field_code, procedure_code, channel, "
            + counters.stream().map(Counter::column).collect(Collectors.joining(", "))
            + ") VALUES (?, ?, ?, ?, ?"
            + ", ?".repeat(counters.size())
            + ")",
        daily.entrySet().stream()
            .map(
                entry -> {
                  DailyKey key = entry.getKey();
                  List<Object> values =
                      new ArrayList<>(
                          List.of(
                              key.agencyId(),
                              key.day(),
                              key.fieldCode(),
                              key.procedureCode(),
                              key.channel()));
                  counters.forEach(
                      counter -> values.add(entry.getValue().getOrDefault(counter, 0)));
                  return values.toArray();
                })
            .toList());
    String columns = counters.stream().map(Counter::column).collect(Collectors.joining(", "));
    jdbc.sql(
            "INSERT INTO stat_monthly (agency_id, in_month, field_code, received_online, "
                + columns
                + ") SELECT agency_id, CAST(DATE_TRUNC('MONTH', on_day) AS DATE), field_code,"
                + " SUM(CASE WHEN channel = "
                + Channel.ONLINE.code()
                + " THEN received ELSE 0 END), "
                + counters.stream()
                    .map(counter -> "SUM(" + counter.column() + ")")
                    .collect(Collectors.joining(", "))
                + " FROM stat_daily WHERE agency_id IN (:agencies)"
                + " GROUP BY agency_id, CAST(DATE_TRUNC('MONTH', on_day) AS DATE), field_code")
        .param("agencies", agencies)
        .update();
    batch.batchUpdate(INSERT_DOSSIER, dossiers.stream().map(StatisticsStore::values).toList());
  }

  /** Forgets everything counted for these agencies. */
  void clear(Collection<Long> agencies) {
    jdbc.sql("DELETE FROM stat_daily WHERE agency_id IN (:agencies)")
        .param("agencies", agencies)
        .update();
    jdbc.sql("DELETE FROM stat_monthly WHERE agency_id IN (:agencies)")
        .param("agencies", agencies)
        .update();
    jdbc.sql("DELETE FROM stat_dossier WHERE agency_id IN (:agencies)")
        .param("agencies", agencies)
        .update();
  }

  /** How an ended dossier ended: its timeliness when settled, else closed without result. */
  private static String outcome(DossierFacts facts) {
    return switch (facts.status()) {
      case SETTLED, RETURNED -> java.util.Objects.requireNonNull(facts.timeliness()).name();
      default -> "CLOSED";
    };
  }

  private static LocalDate day(@Nullable Instant instant) {
    return java.util.Objects.requireNonNull(instant).atZone(Instants.VIETNAM).toLocalDate();
  }

  private static Map<String, Object> dailyKey(DossierFacts facts, LocalDate day) {
    return Map.of(
        "agency_id", facts.agencyId(),
        "on_day", day,
        "field_code", facts.fieldCode(),
        "procedure_code", facts.procedureCode(),
        "channel", facts.channel().code());
  }
}
