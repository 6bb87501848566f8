package vn.motcua.reporting.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.motcua.shared.Instants;

/**
 * Biểu 06 from the statistics read model, per field: what flowed in and out in the period from the
 * monthly counts of its whole months and the daily counts of the rest, what was in progress at its
 * start and end from the dossiers' rows.
 */
@Repository
class Bieu06Query {

  /** The counters of a period's flows, after those received online. */
  private static final String FLOWS =
      " received, settled_early, settled_on_time, settled_late, refused_after_appraisal, withdrawn,"
          + " stopped";

  private static final String MONTHLY = "SELECT field_code, received_online," + FLOWS;
  private static final String DAILY =
      "SELECT field_code, CASE WHEN channel = 2 THEN received ELSE 0 END AS received_online,"
          + FLOWS;

  private final JdbcClient jdbc;

  Bieu06Query(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * The figures per field code, sorted by code.
   *
   * @param end the instant at which those still in progress are within time or overdue
   */
  Map<String, Bieu06Figures> byField(
      Set<Long> agencies, LocalDate from, LocalDate to, @Nullable String field, Instant end) {
    Map<String, long[]> tally = flows(agencies, from, to, field);
    inProgress(agencies, from.minusDays(1), field, end)
        .forEach((code, open) -> tally.computeIfAbsent(code, c -> new long[9])[0] = open[0]);
    inProgress(agencies, to, field, end)
        .forEach(
            (code, open) -> {
              long[] line = tally.computeIfAbsent(code, c -> new long[9]);
              line[6] = open[0];
              line[7] = open[1];
            });
    Map<String, Bieu06Figures> figures = new TreeMap<>();
    tally.forEach(
        (code, line) ->
            figures.put(
                code,
                Bieu06Figures.of(
                    line[0], line[1], line[2], line[3], line[4], line[5], line[6], line[7],
                    line[8])));
    return figures;
  }

  /**
   * Per field code, what came in and went out in the period: received online and otherwise, settled
   * early, on time and late (at 1 to 5 of a line of nine), closed without result (at 8).
   */
  private Map<String, long[]> flows(
      Set<Long> agencies, LocalDate from, LocalDate to, @Nullable String field) {
    Map<String, long[]> flows = new TreeMap<>();
    WholeMonths parts = WholeMonths.of(from, to);
    Map<String, Object> params = params(agencies, field);
    params.put("from", from);
    params.put("to", to);
    params.put("monthsFrom", parts.monthsFrom());
    params.put("monthsTo", parts.monthsTo());
    params.put("headTo", parts.headTo());
    params.put("tailFrom", parts.tailFrom());
    // Only the ranges that hold days, each an index range: an empty one would still cost a scan.
    List<String> counted = new ArrayList<>();
    if (!parts.monthsFrom().isAfter(parts.monthsTo())) {
      counted.add(MONTHLY + " FROM stat_monthly WHERE in_month BETWEEN :monthsFrom AND :monthsTo");
    }
    if (!from.isAfter(parts.headTo())) {
      counted.add(DAILY + " FROM stat_daily WHERE on_day BETWEEN :from AND :headTo");
    }
    if (!parts.tailFrom().isAfter(to)) {
      counted.add(DAILY + " FROM stat_daily WHERE on_day BETWEEN :tailFrom AND :to");
    }
    jdbc.sql(
            """
            SELECT field_code,
                   SUM(received_online), SUM(received - received_online),
                   SUM(settled_early), SUM(settled_on_time), SUM(settled_late),
                   SUM(refused_after_appraisal + withdrawn + stopped)
              FROM ("""
                + counted.stream()
                    .map(part -> part + " AND agency_id IN (:agencies)" + fieldFilter(field))
                    .collect(Collectors.joining(" UNION ALL "))
                + ") counted GROUP BY field_code")
        .params(params)
        .query(
            rs -> {
              long[] line = flows.computeIfAbsent(rs.getString(1), code -> new long[9]);
              line[1] = rs.getLong(2);
              line[2] = rs.getLong(3);
              line[3] = rs.getLong(4);
              line[4] = rs.getLong(5);
              line[5] = rs.getLong(6);
              line[8] = rs.getLong(7);
            });
    return flows;
  }

  /**
   * Per field code, the dossiers received by the end of {@code day} and not ended by then, and how
   * many of them are overdue at {@code end}. Those ended soon after their receipt can only be among
   * the last {@link StatisticsStore#ENDED_SOON_DAYS} days' receipts: an index range, where reading
   * every dossier ended since {@code day} would cost a year's dossiers for a year's report.
   */
  private Map<String, long[]> inProgress(
      Set<Long> agencies, LocalDate day, @Nullable String field, Instant end) {
    Map<String, Object> params = params(agencies, field);
    params.put("day", day);
    params.put("since", day.minusDays(StatisticsStore.ENDED_SOON_DAYS));
    params.put("end", Instants.toDb(end));
    Map<String, long[]> open = new TreeMap<>();
    jdbc.sql(
            """
            SELECT field_code, COUNT(*),
                   SUM(CASE WHEN due_at < :end AND (paused_at IS NULL OR due_at < paused_at) THEN 1 ELSE 0 END)
              FROM (SELECT field_code, due_at, paused_at FROM stat_dossier
                     WHERE agency_id IN (:agencies) AND ended_soon
                       AND received_on BETWEEN :since AND :day AND ended_on > :day"""
                + fieldFilter(field)
                + """

                    UNION ALL
                    SELECT field_code, due_at, paused_at FROM stat_dossier
                     WHERE agency_id IN (:agencies) AND NOT ended_soon
                       AND received_on <= :day AND (ended_on IS NULL OR ended_on > :day)"""
                + fieldFilter(field)
                + ") in_progress GROUP BY field_code")
        .params(params)
        .query(
            rs -> {
              open.put(rs.getString(1), new long[] {rs.getLong(2), rs.getLong(3)});
            });
    return open;
  }

  private static String fieldFilter(@Nullable String field) {
    return field == null ? "" : " AND field_code = :field";
  }

  private static Map<String, Object> params(Set<Long> agencies, @Nullable String field) {
    Map<String, Object> params = new TreeMap<>();
    params.put("agencies", agencies);
    if (field != null) {
      params.put("field", field);
    }
    return params;
  }
}
