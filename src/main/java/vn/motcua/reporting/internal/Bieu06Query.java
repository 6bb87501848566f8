package vn.motcua.reporting.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.motcua.shared.Instants;

/**
 * Biểu 06 from the statistics read model, per field: what flowed in and out in the period from the
 * daily counts, what was in progress at its start and end from the dossiers' rows (the few not
 * ended, or ended after that day, by an index).
 */
@Repository
class Bieu06Query {

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
    String fieldFilter = field == null ? "" : " AND field_code = :field";
    Map<String, long[]> tally = new TreeMap<>();
    jdbc.sql(
            """
            SELECT field_code,
                   SUM(CASE WHEN channel = 2 THEN received ELSE 0 END),
                   SUM(CASE WHEN channel = 2 THEN 0 ELSE received END),
                   SUM(settled_early), SUM(settled_on_time), SUM(settled_late),
                   SUM(refused_after_appraisal + withdrawn + stopped)
              FROM stat_daily
             WHERE agency_id IN (:agencies) AND on_day BETWEEN :from AND :to"""
                + fieldFilter
                + " GROUP BY field_code")
        .params(params(agencies, from, to, field))
        .query(
            rs -> {
              long[] line = tally.computeIfAbsent(rs.getString(1), code -> new long[9]);
              line[1] = rs.getLong(2);
              line[2] = rs.getLong(3);
              line[3] = rs.getLong(4);
              line[4] = rs.getLong(5);
              line[5] = rs.getLong(6);
              line[8] = rs.getLong(7);
            });
    jdbc.sql(
            """
            SELECT field_code, COUNT(*) FROM stat_dossier
             WHERE agency_id IN (:agencies) AND received_on < :from
               AND (ended_on IS NULL OR ended_on >= :from)"""
                + fieldFilter
                + " GROUP BY field_code")
        .params(params(agencies, from, to, field))
        .query(
            rs -> {
              tally.computeIfAbsent(rs.getString(1), code -> new long[9])[0] = rs.getLong(2);
            });
    jdbc.sql(
            """
            SELECT field_code, COUNT(*),
                   SUM(CASE WHEN due_at < :end AND (paused_at IS NULL OR due_at < paused_at) THEN 1 ELSE 0 END)
              FROM stat_dossier
             WHERE agency_id IN (:agencies) AND received_on <= :to
               AND (ended_on IS NULL OR ended_on > :to)"""
                + fieldFilter
                + " GROUP BY field_code")
        .params(params(agencies, from, to, field))
        .param("end", Instants.toDb(end))
        .query(
            rs -> {
              long[] line = tally.computeIfAbsent(rs.getString(1), code -> new long[9]);
              line[6] = rs.getLong(2);
              line[7] = rs.getLong(3);
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

  private static Map<String, Object> params(
      Set<Long> agencies, LocalDate from, LocalDate to, @Nullable String field) {
    Map<String, Object> params = new TreeMap<>();
    params.put("agencies", agencies);
    params.put("from", from);
    params.put("to", to);
    if (field != null) {
      params.put("field", field);
    }
    return params;
  }
}
