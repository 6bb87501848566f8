package vn.motcua.reporting.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.catalog.Catalog;
import vn.motcua.catalog.Field;
import vn.motcua.organization.Agency;
import vn.motcua.shared.Instants;

/** Biểu 06 (Circular 01/2020) for an agency with the agencies below it, by field. */
@Service
@Transactional(readOnly = true)
class Bieu06 {

  private final Bieu06Query query;
  private final ReportScope scope;
  private final Catalog catalog;
  private final Clock clock;

  Bieu06(Bieu06Query query, ReportScope scope, Catalog catalog, Clock clock) {
    this.query = query;
    this.scope = scope;
    this.catalog = catalog;
    this.clock = clock;
  }

  /** The report of the agency with this code, if the officer may see its figures. */
  java.util.Optional<Bieu06Report> report(
      String agencyCode,
      LocalDate from,
      LocalDate to,
      @Nullable String field,
      vn.motcua.security.SignedInOfficer officer) {
    return scope
        .agency(agencyCode, officer)
        .map(agency -> report(agency, from, to, field == null || field.isBlank() ? null : field));
  }

  /**
   * The report from {@code from} to {@code to}, both inclusive (Vietnam's dates). Those in progress
   * are within time or overdue at the end of {@code to}, or now when the period is not over.
   */
  Bieu06Report report(Agency agency, LocalDate from, LocalDate to, @Nullable String field) {
    Instant periodEnd = to.plusDays(1).atStartOfDay(Instants.VIETNAM).toInstant();
    Instant now = clock.instant();
    Instant end = now.isBefore(periodEnd) ? now : periodEnd;
    Map<String, String> names =
        catalog.fields().stream().collect(Collectors.toMap(Field::code, Field::name, (a, b) -> a));
    List<Bieu06Report.Row> rows =
        query.byField(scope.below(agency), from, to, field, end).entrySet().stream()
            .map(
                e ->
                    new Bieu06Report.Row(
                        e.getKey(), names.getOrDefault(e.getKey(), e.getKey()), e.getValue()))
            .sorted(java.util.Comparator.comparing(Bieu06Report.Row::fieldName))
            .toList();
    Bieu06Figures total =
        rows.stream()
            .map(Bieu06Report.Row::figures)
            .reduce(Bieu06Figures.NONE, Bieu06Figures::plus);
    return new Bieu06Report(agency, from, to, field, rows, total);
  }
}
