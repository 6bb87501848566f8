package vn.motcua.reporting.internal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The figures of the dashboard and of the Decision 766 indicators that Biểu 06 does not give. */
@Repository
class DashboardQuery {

  private final JdbcClient jdbc;

  DashboardQuery(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Per month: how many were settled, and how many of them early or on time. */
  Map<YearMonth, long[]> settledByMonth(Set<Long> agencies, LocalDate from, LocalDate to) {
    Map<YearMonth, long[]> months = new TreeMap<>();
    for (YearMonth month = YearMonth.from(from);
        !month.isAfter(YearMonth.from(to));
        month = month.plusMonths(1)) {
      months.put(month, new long[2]);
    }
    jdbc.sql(
            """
            SELECT on_day, SUM(settled_early + settled_on_time + settled_late),
                   SUM(settled_early + settled_on_time)
              FROM stat_daily WHERE agency_id IN (:agencies) AND on_day BETWEEN :from AND :to
             GROUP BY on_day
            """)
        .param("agencies", agencies)
        .param("from", from)
        .param("to", to)
        .query(
            rs -> {
              long[] month = months.get(YearMonth.from(rs.getObject(1, LocalDate.class)));
              month[0] += rs.getLong(2);
              month[1] += rs.getLong(3);
            });
    return months;
  }

  /**
   * Progress as Decision 766 counts it: of the dossiers settled in the period, those early or on
   * time with at most one supplement request (a second one counts as overdue).
   *
   * @return settled, then those counted on time
   */
  long[] progress(Set<Long> agencies, LocalDate from, LocalDate to) {
    return jdbc.sql(
            """
            SELECT COUNT(*),
                   COALESCE(SUM(CASE WHEN outcome IN ('EARLY', 'ON_TIME') AND supplement_requests <= 1
                                     THEN 1 ELSE 0 END), 0)
              FROM stat_dossier
             WHERE agency_id IN (:agencies) AND ended_on BETWEEN :from AND :to
               AND outcome IN ('EARLY', 'ON_TIME', 'LATE')
            """)
        .param("agencies", agencies)
        .param("from", from)
        .param("to", to)
        .query((rs, row) -> new long[] {rs.getLong(1), rs.getLong(2)})
        .single();
  }

  /** Results issued electronically in the period. */
  long electronicResults(Set<Long> agencies, LocalDate from, LocalDate to) {
    return sum("stat_daily", "electronic_results", agencies, from, to);
  }

  /** Complaints (citizens' feedback) received in the period, for the satisfaction criterion. */
  long complaints(Set<Long> agencies, LocalDate from, LocalDate to) {
    return sum("stat_satisfaction", "feedback_received", agencies, from, to);
  }

  /**
   * A counter of a daily table summed over the agencies and the period (names are ours, not input).
   */
  private long sum(String table, String column, Set<Long> agencies, LocalDate from, LocalDate to) {
    return jdbc.sql(
            "SELECT COALESCE(SUM("
                + column
                + "), 0) FROM "
                + table
                + " WHERE agency_id IN (:agencies) AND on_day BETWEEN :from AND :to")
        .param("agencies", agencies)
        .param("from", from)
        .param("to", to)
        .query(Long.class)
        .single();
  }
}
