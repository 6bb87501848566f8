package vn.motcua.catalog;

import java.time.Instant;
import java.util.List;

/**
 * What an import of the national catalogue did, as the administrator reads it afterwards.
 *
 * @param source where the records came from (the bundled export or an uploaded file's name)
 * @param scope which records of the source were imported
 * @param records the records read in scope
 * @param created procedures new to the catalogue
 * @param updated procedures whose published information changed
 * @param unchanged procedures read again without any change
 * @param refused whether the import was refused because of broken records; then nothing was
 *     imported and the counts above say what would have been
 * @param issues everything that could not be read as it should, in file order
 */
public record ImportReport(
    long id,
    Instant at,
    String actor,
    String source,
    ImportScope scope,
    int records,
    int created,
    int updated,
    int unchanged,
    boolean refused,
    List<ImportIssue> issues) {

  public ImportReport {
    issues = List.copyOf(issues);
  }

  public long count(ImportIssue.Severity severity) {
    return issues.stream().filter(issue -> issue.severity() == severity).count();
  }
}
