package vn.motcua.reporting.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.motcua.dossier.DossierFacts;
import vn.motcua.shared.Instants;

/**
 * The statistics read model: {@code stat_daily} (counts per agency, day, field, procedure and
 * channel) and {@code stat_dossier} (one row per accepted dossier).
 *
 * <p>Every write is an insert of an empty row that does nothing when the row exists, then an update
 * that adds to it: the same two statements on H2 and PostgreSQL, and safe when actions on several
 * nodes count into the same row at once (the second insert waits for the first to commit, then the
 * updates take their turn on the row lock), unlike a read-then-write.
 */
@Repository
class StatisticsStore {

  private final JdbcClient jdbc;

  StatisticsStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Adds one to each counter, on the day (Vietnam's date) of {@code at}. */
  void add(DossierFacts facts, Instant at, List<Counter> counters) {
    increment("stat_daily", facts, at, counters.stream().map(Counter::column).toList());
  }

  /** Adds one to each of what applicants said, on the day (Vietnam's date) of {@code at}. */
  void addSatisfaction(DossierFacts facts, Instant at, List<SatisfactionCounter> counters) {
    increment(
        "stat_satisfaction",
        facts,
        at,
        counters.stream().map(SatisfactionCounter::column).toList());
  }

  private void increment(String table, DossierFacts facts, Instant at, List<String> columns) {
    if (columns.isEmpty()) {
      return;
    }
    LocalDate day = at.atZone(Instants.VIETNAM).toLocalDate();
    String key =
        "agency_id = :agency AND on_day = :day AND field_code = :field"
            + " AND procedure_code = :procedure AND channel = :channel";
    jdbc.sql(
            "INSERT INTO "
                + table
                + " (agency_id, on_day, field_code, procedure_code, channel)"
                + " VALUES (:agency, :day, :field, :procedure, :channel) ON CONFLICT DO NOTHING")
        .params(keyOf(facts, day))
        .update();
    String increments =
        columns.stream()
            .map(column -> column + " = " + column + " + 1")
            .collect(Collectors.joining(", "));
    jdbc.sql("UPDATE " + table + " SET " + increments + " WHERE " + key)
        .params(keyOf(facts, day))
        .update();
  }

  /**
   * Keeps the dossier's row in step with its facts.
   *
   * @param pausedSince when its clock stopped, if it is stopped now (a row already paused keeps its
   *     first instant)
   * @param closedAt when it was withdrawn or stopped, if it was
   */
  void keep(DossierFacts facts, @Nullable Instant pausedSince, @Nullable Instant closedAt) {
    jdbc.sql(
            """
            INSERT INTO stat_dossier (dossier_id, agency_id, field_code, procedure_code, channel, received_on)
            VALUES (:id, :agency, :field, :procedure, :channel, :receivedOn) ON CONFLICT DO NOTHING
            """)
        .params(keyOf(facts, day(facts.receivedAt())))
        .param("id", facts.id())
        .param("receivedOn", day(facts.receivedAt()))
        .update();
    Instant ended =
        switch (facts.status()) {
          case REFUSED, SETTLED, RETURNED -> facts.finishedAt();
          case WITHDRAWN, STOPPED -> closedAt;
          default -> null;
        };
    jdbc.sql(
            """
            UPDATE stat_dossier
               SET due_at = :due,
                   paused_at = CASE WHEN :paused THEN COALESCE(paused_at, :pausedSince) ELSE NULL END,
                   ended_on = COALESCE(ended_on, :endedOn),
                   outcome = COALESCE(outcome, :outcome),
                   supplement_requests = :supplements
             WHERE dossier_id = :id
            """)
        .param("id", facts.id())
        .param("due", Instants.toDb(facts.dueAt()))
        .param("paused", pausedSince != null)
        .param("pausedSince", Instants.toDb(pausedSince == null ? Instant.EPOCH : pausedSince))
        .param("endedOn", ended == null ? null : day(ended))
        .param("outcome", ended == null ? null : outcome(facts))
        .param("supplements", facts.supplementRequests())
        .update();
  }

  /** Forgets everything counted for these agencies. */
  void clear(Collection<Long> agencies) {
    jdbc.sql("DELETE FROM stat_daily WHERE agency_id IN (:agencies)")
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

  private static java.util.Map<String, Object> keyOf(DossierFacts facts, LocalDate day) {
    return java.util.Map.of(
        "agency", facts.agencyId(),
        "day", day,
        "field", facts.fieldCode(),
        "procedure", facts.procedureCode(),
        "channel", facts.channel().code());
  }
}
