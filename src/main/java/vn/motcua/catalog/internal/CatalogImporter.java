package vn.motcua.catalog.internal;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.motcua.audit.AuditTrail;
import vn.motcua.catalog.Actor;
import vn.motcua.catalog.Field;
import vn.motcua.catalog.ImportIssue;
import vn.motcua.catalog.ImportReport;
import vn.motcua.catalog.ImportScope;
import vn.motcua.catalog.domain.ImportedProcedure;
import vn.motcua.catalog.domain.NationalImport;

/**
 * Imports an export of the national catalogue in one transaction: reads every record first, and
 * writes nothing but the report when any record is broken. A record whose fingerprint matches the
 * stored procedure is left alone, so importing the same export twice changes nothing the second
 * time; a newer export replaces what changed and adds what is new. Procedures missing from a whole
 * export stay, as offers and dossiers refer to them, and the report names them.
 */
@Component
public class CatalogImporter {

  private final ProcedureWriter writer;
  private final ImportRunRepository runs;
  private final AuditTrail audit;
  private final TransactionTemplate transaction;
  private final Clock clock;

  CatalogImporter(
      ProcedureWriter writer,
      ImportRunRepository runs,
      AuditTrail audit,
      TransactionTemplate transaction,
      Clock clock) {
    this.writer = writer;
    this.runs = runs;
    this.audit = audit;
    this.transaction = transaction;
    this.clock = clock;
  }

  public ImportReport run(InputStream export, String source, ImportScope scope, Actor actor) {
    NationalImport reading = new NationalImport(scope);
    try {
      NationalExport.read(export, reading);
    } catch (IOException e) {
      reading.unreadable(0, "the file cannot be read: " + e.getMessage());
    }
    return transaction.execute(status -> store(reading, source, actor));
  }

  private ImportReport store(NationalImport reading, String source, Actor actor) {
    Instant now = clock.instant();
    Map<String, String> stored = writer.fingerprints();
    List<ImportedProcedure> created = new ArrayList<>();
    List<ImportedProcedure> updated = new ArrayList<>();
    int unchanged = 0;
    for (ImportedProcedure procedure : reading.procedures()) {
      String fingerprint = stored.get(procedure.code());
      if (fingerprint == null) {
        created.add(procedure);
      } else if (!fingerprint.equals(procedure.fingerprint())) {
        updated.add(procedure);
      } else {
        unchanged++;
      }
    }
    if (!reading.refused()) {
      Set<Field> fields = new LinkedHashSet<>();
      created.forEach(procedure -> fields.add(procedure.procedure().field()));
      updated.forEach(procedure -> fields.add(procedure.procedure().field()));
      writer.addFields(fields);
      writer.insert(created, now);
      writer.replace(updated, now);
    }
    List<ImportIssue> issues = new ArrayList<>(reading.issues());
    if (reading.scope().whole() && !reading.refused()) {
      Set<String> exported = new HashSet<>();
      reading.procedures().forEach(procedure -> exported.add(procedure.code()));
      stored.keySet().stream()
          .filter(code -> !exported.contains(code))
          .sorted()
          .forEach(
              code -> issues.add(ImportIssue.of(0, code, ImportIssue.Kind.NOT_IN_EXPORT, code)));
    }
    ImportReport report =
        new ImportReport(
            0,
            now,
            actor.name(),
            source,
            reading.scope(),
            reading.records(),
            created.size(),
            updated.size(),
            unchanged,
            reading.refused(),
            issues);
    long id = runs.insert(report);
    audit.record(
        actor.name(),
        actor.address(),
        report.refused() ? "CATALOG_IMPORT_REFUSED" : "CATALOG_IMPORT",
        source,
        "import "
            + id
            + ": "
            + report.records()
            + " records, "
            + report.created()
            + " new, "
            + report.updated()
            + " changed, "
            + report.unchanged()
            + " unchanged, "
            + report.issues().size()
            + " issues");
    return runs.find(id).orElseThrow();
  }
}
