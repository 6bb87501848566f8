package vn.motcua.catalog.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;
import vn.motcua.catalog.ImportIssue;
import vn.motcua.catalog.ImportReport;
import vn.motcua.catalog.ImportScope;
import vn.motcua.shared.Instants;

/** The reports of catalogue imports. */
@Repository
public class ImportRunRepository {

  private final JdbcClient jdbc;
  private final JdbcTemplate batch;

  ImportRunRepository(JdbcClient jdbc, JdbcTemplate batch) {
    this.jdbc = jdbc;
    this.batch = batch;
  }

  /** Stores a report (its id is ignored) and returns its id. */
  public long insert(ImportReport report) {
    KeyHolder key = new GeneratedKeyHolder();
    jdbc.sql(
            """
            INSERT INTO catalog_import (started_at, actor, source, scope_level, scope_fields,
                                        records, created, updated, unchanged, refused)
            VALUES (:at, :actor, :source, :level, :fields, :records, :created, :updated,
                    :unchanged, :refused)
            """)
        .param("at", Instants.toDb(report.at()))
        .param("actor", report.actor())
        .param("source", report.source())
        .param("level", report.scope().levelCode())
        .param("fields", String.join(",", report.scope().fieldCodes().stream().sorted().toList()))
        .param("records", report.records())
        .param("created", report.created())
        .param("updated", report.updated())
        .param("unchanged", report.unchanged())
        .param("refused", report.refused())
        .update(key, "id");
    long id = key.getKeyAs(Long.class);
    List<ImportIssue> issues = report.issues();
    batch.batchUpdate(
        "INSERT INTO catalog_import_issue (import_id, position, line, procedure_code, severity,"
            + " kind, detail) VALUES (?, ?, ?, ?, ?, ?, ?)",
        java.util.stream.IntStream.range(0, issues.size())
            .mapToObj(
                i ->
                    new Object[] {
                      id,
                      i + 1,
                      issues.get(i).line(),
                      issues.get(i).procedureCode(),
                      issues.get(i).severity().name(),
                      issues.get(i).kind().name(),
                      issues.get(i).detail()
                    })
            .toList());
    return id;
  }

  /** The newest report. */
  public Optional<ImportReport> latest() {
    return jdbc.sql("SELECT MAX(id) FROM catalog_import")
        .query(Long.class)
        .optional()
        .flatMap(this::find);
  }

  public Optional<ImportReport> find(long id) {
    List<ImportIssue> issues =
        jdbc.sql(
                """
                SELECT line, procedure_code, severity, kind, detail FROM catalog_import_issue
                 WHERE import_id = :id ORDER BY position
                """)
            .param("id", id)
            .query(
                (rs, row) ->
                    new ImportIssue(
                        rs.getInt(1),
                        rs.getString(2),
                        ImportIssue.Severity.valueOf(rs.getString(3)),
                        ImportIssue.Kind.valueOf(rs.getString(4)),
                        rs.getString(5)))
            .list();
    return jdbc.sql(
            """
            SELECT id, started_at, actor, source, scope_level, scope_fields, records, created,
                   updated, unchanged, refused
              FROM catalog_import WHERE id = :id
            """)
        .param("id", id)
        .query(
            (rs, row) ->
                new ImportReport(
                    rs.getLong("id"),
                    Instants.fromDb(rs.getObject("started_at", java.time.OffsetDateTime.class)),
                    rs.getString("actor"),
                    rs.getString("source"),
                    new ImportScope(
                        rs.getString("scope_level"), fields(rs.getString("scope_fields"))),
                    rs.getInt("records"),
                    rs.getInt("created"),
                    rs.getInt("updated"),
                    rs.getInt("unchanged"),
                    rs.getBoolean("refused"),
                    issues))
        .optional();
  }

  private static Set<String> fields(String joined) {
    return Arrays.stream(joined.split(","))
        .filter(field -> !field.isEmpty())
        .collect(Collectors.toSet());
  }
}
