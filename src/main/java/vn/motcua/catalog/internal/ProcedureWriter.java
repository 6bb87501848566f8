package vn.motcua.catalog.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import vn.motcua.catalog.ChannelTerms;
import vn.motcua.catalog.ComponentGroup;
import vn.motcua.catalog.Fee;
import vn.motcua.catalog.Field;
import vn.motcua.catalog.Level;
import vn.motcua.catalog.Procedure;
import vn.motcua.catalog.ProcedureDetails;
import vn.motcua.catalog.RequiredComponent;
import vn.motcua.catalog.domain.ImportedProcedure;
import vn.motcua.shared.Instants;
import vn.motcua.shared.VietnameseText;

/**
 * Writes imported procedures in JDBC batches: a whole catalogue is some 20,000 rows, which one
 * statement per row would make an import of seconds.
 */
@Repository
public class ProcedureWriter {

  private static final String PROCEDURE_COLUMNS =
      "name, search_key, field_code, level_text, kind, decision, legal_basis, subjects, result,"
          + " conditions, authority, receiving_address, steps, source_url, fingerprint, imported_at";

  private final JdbcTemplate jdbc;

  ProcedureWriter(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** The fingerprint of every stored procedure, by code. */
  public Map<String, String> fingerprints() {
    Map<String, String> fingerprints = new HashMap<>();
    jdbc.query(
        "SELECT code, fingerprint FROM catalog_procedure",
        rs -> {
          fingerprints.put(rs.getString(1), rs.getString(2));
        });
    return fingerprints;
  }

  /** Adds fields that are not stored yet; a stored field keeps its name. */
  public void addFields(Collection<Field> fields) {
    jdbc.batchUpdate(
        "INSERT INTO catalog_field (code, name) VALUES (?, ?) ON CONFLICT DO NOTHING",
        fields.stream().map(field -> new Object[] {field.code(), field.name()}).toList());
  }

  /** Stores new procedures. */
  public void insert(List<ImportedProcedure> procedures, Instant now) {
    jdbc.batchUpdate(
        "INSERT INTO catalog_procedure ("
            + PROCEDURE_COLUMNS
            + ", code) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        procedures.stream().map(procedure -> row(procedure, now)).toList());
    insertParts(procedures);
  }

  /**
   * Replaces the published information of stored procedures; the administrator's settings (time
   * limits, cut-off) stay.
   */
  public void replace(List<ImportedProcedure> procedures, Instant now) {
    List<Object[]> codes = procedures.stream().map(p -> new Object[] {p.code()}).toList();
    for (String table :
        List.of("catalog_procedure_level", "catalog_fee", "catalog_channel", "catalog_component")) {
      jdbc.batchUpdate("DELETE FROM " + table + " WHERE procedure_code = ?", codes);
    }
    jdbc.batchUpdate(
        "UPDATE catalog_procedure SET "
            + PROCEDURE_COLUMNS.replace(",", " = ?,")
            + " = ?, version = version + 1 WHERE code = ?",
        procedures.stream().map(procedure -> row(procedure, now)).toList());
    insertParts(procedures);
  }

  private static Object[] row(ImportedProcedure imported, Instant now) {
    ProcedureDetails details = imported.details();
    Procedure procedure = imported.procedure();
    return new Object[] {
      procedure.name(),
      searchKey(procedure),
      procedure.field().code(),
      procedure.level(),
      details.kind(),
      procedure.decision(),
      procedure.legalBasis(),
      procedure.subjects(),
      procedure.result(),
      procedure.conditions(),
      details.authority(),
      details.receivingAddress(),
      details.steps(),
      details.sourceUrl(),
      imported.fingerprint(),
      Instants.toDb(now),
      procedure.code()
    };
  }

  /** The folded name and code that searches match: "thu tuc dang ky khai sinh 1.001193". */
  static String searchKey(Procedure procedure) {
    return VietnameseText.fold(procedure.name() + " " + procedure.code());
  }

  private void insertParts(List<ImportedProcedure> procedures) {
    List<Object[]> levels = new ArrayList<>();
    List<Object[]> channels = new ArrayList<>();
    List<Object[]> fees = new ArrayList<>();
    List<Object[]> components = new ArrayList<>();
    for (ImportedProcedure imported : procedures) {
      String code = imported.code();
      for (Level level : imported.levels()) {
        levels.add(new Object[] {code, level.code(), level.name()});
      }
      for (ChannelTerms terms : imported.procedure().channels()) {
        channels.add(
            new Object[] {
              code,
              terms.channel().code(),
              terms.timeLimit() == null ? null : terms.timeLimit().amount(),
              terms.timeLimit() == null ? null : terms.timeLimit().unit().name(),
              terms.timeLimitText(),
              imported.details().channelNotes().getOrDefault(terms.channel(), "")
            });
        int position = 1;
        for (Fee fee : terms.fees()) {
          fees.add(
              new Object[] {
                code, terms.channel().code(), position++, fee.amountVnd(), fee.description()
              });
        }
      }
      for (ComponentGroup group : imported.details().componentGroups()) {
        for (RequiredComponent component : group.components()) {
          components.add(
              new Object[] {
                code,
                component.position(),
                group.title(),
                component.name(),
                component.originals(),
                component.certifiedCopies(),
                component.copies(),
                component.formTemplate()
              });
        }
      }
    }
    jdbc.batchUpdate(
        "INSERT INTO catalog_procedure_level (procedure_code, level_code, level_name)"
            + " VALUES (?, ?, ?)",
        levels);
    jdbc.batchUpdate(
        "INSERT INTO catalog_channel (procedure_code, channel, limit_amount, limit_unit,"
            + " limit_text, note) VALUES (?, ?, ?, ?, ?, ?)",
        channels);
    jdbc.batchUpdate(
        "INSERT INTO catalog_fee (procedure_code, channel, position, amount_vnd, description)"
            + " VALUES (?, ?, ?, ?, ?)",
        fees);
    jdbc.batchUpdate(
        "INSERT INTO catalog_component (procedure_code, position, group_title, name, originals,"
            + " certified_copies, copies, form_template) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        components);
  }
}
