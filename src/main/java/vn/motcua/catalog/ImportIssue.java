package vn.motcua.catalog;

import org.jspecify.annotations.Nullable;

/**
 * Something an import of the national catalogue could not read as it should, for the
 * administrator's report.
 *
 * @param line the line of the export file (1-based), 0 for what concerns the whole file
 * @param procedureCode the procedure concerned, {@code null} when the line has no readable code
 * @param detail the text that could not be read, or what was done with it
 */
public record ImportIssue(
    int line, @Nullable String procedureCode, Severity severity, Kind kind, String detail) {

  /** How much the issue matters. */
  public enum Severity {
    /** The record is broken: the whole import is refused. */
    REFUSED,
    /** Imported, but an administrator should look (e.g. no time limit, so not receivable). */
    WARNING,
    /** Imported with an assumption worth knowing (e.g. a bare number read as working days). */
    NOTE
  }

  /** What went wrong; each kind has its message in the catalog bundle. */
  public enum Kind {
    UNREADABLE_LINE(Severity.REFUSED),
    MISSING_CODE(Severity.REFUSED),
    MALFORMED_CODE(Severity.REFUSED),
    DUPLICATE_CODE(Severity.REFUSED),
    MISSING_NAME(Severity.REFUSED),
    MISSING_FIELD(Severity.REFUSED),
    TOO_LONG(Severity.REFUSED),
    NO_CHANNELS(Severity.WARNING),
    NO_TIME_LIMIT(Severity.WARNING),
    UNREADABLE_TIME_LIMIT(Severity.WARNING),
    SEVERAL_TIME_LIMITS(Severity.WARNING),
    AMBIGUOUS_TIME_AND_FEE(Severity.WARNING),
    UNREADABLE_FEE(Severity.WARNING),
    IMPLAUSIBLE_FEE(Severity.WARNING),
    UNCLOSED_PARENTHESIS(Severity.NOTE),
    BARE_NUMBER_TIME_LIMIT(Severity.NOTE),
    COMPONENT_WITHOUT_QUANTITY(Severity.NOTE),
    /**
     * A stored procedure that a whole export no longer has: kept, as offers and dossiers use it.
     */
    NOT_IN_EXPORT(Severity.NOTE);

    private final Severity severity;

    Kind(Severity severity) {
      this.severity = severity;
    }

    public Severity severity() {
      return severity;
    }
  }

  public static ImportIssue of(int line, @Nullable String procedureCode, Kind kind, String detail) {
    return new ImportIssue(line, procedureCode, kind.severity(), kind, detail);
  }

  public boolean refuses() {
    return severity == Severity.REFUSED;
  }
}
