package vn.motcua.catalog.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.motcua.catalog.ImportIssue;
import vn.motcua.catalog.ImportIssue.Kind;
import vn.motcua.catalog.ImportScope;
import vn.motcua.shared.VietnameseText;

/**
 * One import of the national catalogue, record by record: reads the records in scope, rejects
 * broken ones and duplicate codes, and keeps the issues in file order. An import with any broken
 * record is refused as a whole, so that a catalogue is never half imported. Records out of scope
 * are not read further than what decides that they are out of scope; an export reader may even skip
 * them unparsed when {@link #mayBeInScope(String)} says so.
 */
public final class NationalImport {

  private final ImportScope scope;
  private final Map<String, Integer> lines = new HashMap<>();
  private final List<ImportedProcedure> procedures = new ArrayList<>();
  private final List<ImportIssue> issues = new ArrayList<>();
  private int records;

  public NationalImport(ImportScope scope) {
    this.scope = scope;
  }

  /** A line that is not a record at all (not JSON, not an object). */
  public void unreadable(int line, String problem) {
    String detail = problem.length() <= 300 ? problem : problem.substring(0, 300) + "…";
    issues.add(ImportIssue.of(line, null, Kind.UNREADABLE_LINE, detail));
  }

  /**
   * Whether a record of this field (its name as published) can be in scope; {@code false} lets a
   * reader skip the record without parsing it.
   */
  public boolean mayBeInScope(String fieldName) {
    return scope.fieldCodes().isEmpty()
        || scope.fieldCodes().contains(VietnameseText.slug(Texts.line(fieldName)));
  }

  public void add(int line, NationalRecord record) {
    NationalRecordReader reader = new NationalRecordReader(line, record);
    NationalRecordReader.Identity identity = reader.identify();
    if (identity == null) {
      issues.addAll(reader.issues());
      return;
    }
    Integer first = lines.putIfAbsent(identity.code(), line);
    if (first != null) {
      issues.add(
          ImportIssue.of(line, identity.code(), Kind.DUPLICATE_CODE, Integer.toString(first)));
      return;
    }
    if (inScope(identity)) {
      records++;
      ImportedProcedure procedure = reader.read(identity);
      if (reader.issues().stream().noneMatch(ImportIssue::refuses)) {
        procedures.add(procedure);
      }
      issues.addAll(reader.issues());
    }
  }

  private boolean inScope(NationalRecordReader.Identity identity) {
    return (scope.levelCode() == null
            || identity.levels().stream().anyMatch(l -> l.code().equals(scope.levelCode())))
        && (scope.fieldCodes().isEmpty() || scope.fieldCodes().contains(identity.field().code()));
  }

  public ImportScope scope() {
    return scope;
  }

  /** The records read in scope. */
  public int records() {
    return records;
  }

  public boolean refused() {
    return issues.stream().anyMatch(ImportIssue::refuses);
  }

  public List<ImportedProcedure> procedures() {
    return List.copyOf(procedures);
  }

  public List<ImportIssue> issues() {
    return List.copyOf(issues);
  }
}
