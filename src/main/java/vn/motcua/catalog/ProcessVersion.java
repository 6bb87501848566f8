package vn.motcua.catalog;

import java.math.BigDecimal;
import java.util.List;

/**
 * One version of an agency's internal process for a procedure. Versions never change once dossiers
 * use them: editing a process creates a new version, and each dossier keeps the one it started
 * with.
 */
public record ProcessVersion(
    long id, String procedureCode, long agencyId, int version, List<ProcessStep> steps) {

  public ProcessVersion {
    steps = List.copyOf(steps);
  }

  public BigDecimal totalShareDays() {
    return steps.stream().map(ProcessStep::shareDays).reduce(BigDecimal.ZERO, BigDecimal::add);
  }
}
