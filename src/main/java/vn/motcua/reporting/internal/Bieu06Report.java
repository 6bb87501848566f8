package vn.motcua.reporting.internal;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.motcua.organization.Agency;

/**
 * Biểu 06 of an agency (with the agencies below it) for a period: one row per field, and the total.
 *
 * @param field the one field reported on, if the report was asked for one
 */
public record Bieu06Report(
    Agency agency,
    LocalDate from,
    LocalDate to,
    @Nullable String field,
    List<Row> rows,
    Bieu06Figures total) {

  public Bieu06Report {
    rows = List.copyOf(rows);
  }

  public record Row(String field, String fieldName, Bieu06Figures figures) {}
}
