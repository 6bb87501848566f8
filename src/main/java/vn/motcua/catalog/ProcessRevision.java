package vn.motcua.catalog;

import java.util.List;

/** A process saved as a new version, with what is worth a second look (e.g. unassigned time). */
public record ProcessRevision(ProcessVersion process, List<ProcessIssue> warnings) {

  public ProcessRevision {
    warnings = List.copyOf(warnings);
  }
}
