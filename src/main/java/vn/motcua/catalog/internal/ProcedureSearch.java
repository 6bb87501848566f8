package vn.motcua.catalog.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.motcua.calendar.TimeLimit;
import vn.motcua.catalog.Channel;
import vn.motcua.catalog.Field;
import vn.motcua.catalog.ProcedurePage;
import vn.motcua.catalog.ProcedureQuery;
import vn.motcua.catalog.ProcedureSummary;
import vn.motcua.shared.VietnameseText;

/**
 * Finds procedures by words of their name or code, with or without diacritics. Each procedure
 * stores its folded name and code ({@code search_key}: lower case, no diacritics, đ as d); every
 * folded word of the query must occur in it. A whole catalogue is a few thousand rows, which a scan
 * with {@code LIKE} reads in a few milliseconds on both databases (docs/benchmarks.md), so no
 * full-text index is needed. The exact code comes first, then names containing the whole phrase,
 * then the others, each by folded name.
 */
@Repository
public class ProcedureSearch {

  /** More words than this add nothing but work. */
  private static final int MAX_WORDS = 12;

  private final JdbcClient jdbc;
  private final ProcedureRepository procedures;

  ProcedureSearch(JdbcClient jdbc, ProcedureRepository procedures) {
    this.jdbc = jdbc;
    this.procedures = procedures;
  }

  public ProcedurePage search(ProcedureQuery query) {
    String folded = VietnameseText.fold(query.text());
    List<String> words =
        Arrays.stream(folded.split(" ")).filter(w -> !w.isEmpty()).limit(MAX_WORDS).toList();
    StringBuilder where = new StringBuilder(" WHERE 1 = 1");
    Map<String, Object> params = new HashMap<>();
    for (int i = 0; i < words.size(); i++) {
      where.append(" AND p.search_key LIKE :w").append(i).append(" ESCAPE '!'");
      params.put("w" + i, "%" + escape(words.get(i)) + "%");
    }
    if (query.fieldCode() != null) {
      where.append(" AND p.field_code = :field");
      params.put("field", query.fieldCode());
    }
    if (query.levelCode() != null) {
      where.append(
          " AND EXISTS (SELECT 1 FROM catalog_procedure_level l"
              + " WHERE l.procedure_code = p.code AND l.level_code = :level)");
      params.put("level", query.levelCode());
    }
    if (query.agencyId() != null) {
      where.append(
          " AND EXISTS (SELECT 1 FROM catalog_offer o"
              + " WHERE o.procedure_code = p.code AND o.agency_id = :agency AND o.active)");
      params.put("agency", query.agencyId());
    }
    long total =
        jdbc.sql("SELECT COUNT(*) FROM catalog_procedure p" + where)
            .params(params)
            .query(Long.class)
            .single();
    params.put("exact", folded);
    params.put("phrase", "%" + escape(folded) + "%");
    params.put("size", query.size());
    params.put("offset", (long) query.page() * query.size());
    List<Row> rows =
        jdbc.sql(
                """
                SELECT p.code, p.name, p.field_code, f.name AS field_name, p.level_text
                  FROM catalog_procedure p JOIN catalog_field f ON f.code = p.field_code
                """
                    + where
                    + """
                       ORDER BY CASE WHEN p.code = :exact THEN 0
                                     WHEN p.search_key LIKE :phrase ESCAPE '!' THEN 1
                                     ELSE 2 END,
                                p.search_key, p.code
                       LIMIT :size OFFSET :offset
                      """)
            .params(params)
            .query(ProcedureSearch::row)
            .list();
    return new ProcedurePage(summaries(rows), query.page(), query.size(), total);
  }

  /** Procedures that no channel gives a time limit to, so that nobody can receive them. */
  public List<ProcedureSummary> withoutTimeLimit() {
    return summaries(
        jdbc.sql(
                """
                SELECT p.code, p.name, p.field_code, f.name AS field_name, p.level_text
                  FROM catalog_procedure p JOIN catalog_field f ON f.code = p.field_code
                 WHERE NOT EXISTS (SELECT 1 FROM catalog_channel c
                                    WHERE c.procedure_code = p.code AND c.limit_amount IS NOT NULL)
                   AND NOT EXISTS (SELECT 1 FROM catalog_limit_setting s
                                    WHERE s.procedure_code = p.code)
                 ORDER BY p.search_key, p.code
                """)
            .query(ProcedureSearch::row)
            .list());
  }

  private record Row(String code, String name, Field field, String level) {}

  private static Row row(java.sql.ResultSet rs, int number) throws java.sql.SQLException {
    return new Row(
        rs.getString("code"),
        rs.getString("name"),
        new Field(rs.getString("field_code"), rs.getString("field_name")),
        rs.getString("level_text"));
  }

  /** The rows with the time limit each shows: the first channel's that has one. */
  private List<ProcedureSummary> summaries(List<Row> rows) {
    if (rows.isEmpty()) {
      return List.of();
    }
    Map<String, ChannelLimits> limits = procedures.limits(rows.stream().map(Row::code).toList());
    List<ProcedureSummary> summaries = new ArrayList<>(rows.size());
    for (Row row : rows) {
      ChannelLimits channels = limits.get(row.code());
      Channel shown =
          channels.channels().stream()
              .filter(channel -> channels.limit(channel) != null)
              .findFirst()
              .orElse(channels.channels().isEmpty() ? null : channels.channels().getFirst());
      TimeLimit limit = shown == null ? null : channels.limit(shown);
      summaries.add(
          new ProcedureSummary(
              row.code(),
              row.name(),
              row.field(),
              row.level(),
              limit,
              shown == null ? "" : channels.text(shown)));
    }
    return summaries;
  }

  /** Escapes the LIKE wildcards of a word with {@code !}. */
  private static String escape(String word) {
    return word.replace("!", "!!").replace("%", "!%").replace("_", "!_");
  }
}
