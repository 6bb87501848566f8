package vn.motcua.reporting.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.organization.Agency;
import vn.motcua.shared.Instants;

/** Puts a supervisor's dashboard together from the read model and the due lists. */
@Service
@Transactional(readOnly = true)
class Dashboards {

  private final Bieu06 bieu06;
  private final DueLists dueLists;
  private final DashboardQuery query;
  private final Indicators766 indicators;
  private final ReportScope scope;
  private final Clock clock;

  Dashboards(
      Bieu06 bieu06,
      DueLists dueLists,
      DashboardQuery query,
      Indicators766 indicators,
      ReportScope scope,
      Clock clock) {
    this.bieu06 = bieu06;
    this.dueLists = dueLists;
    this.query = query;
    this.indicators = indicators;
    this.scope = scope;
    this.clock = clock;
  }

  /** The Decision 766 criteria of the agency's dossiers in a period. */
  List<Indicator> indicators(Agency agency, LocalDate from, LocalDate to) {
    return indicators.of(
        scope.below(agency), from, to, bieu06.report(agency, from, to, null).total());
  }

  Dashboard of(Agency agency) {
    LocalDate today = LocalDate.now(clock.withZone(Instants.VIETNAM));
    LocalDate from = today.withDayOfMonth(1);
    Set<Long> agencies = scope.below(agency);
    Bieu06Report month = bieu06.report(agency, from, today, null);
    List<Dashboard.Month> trend =
        query.settledByMonth(agencies, from.minusMonths(11), today).entrySet().stream()
            .map(e -> new Dashboard.Month(e.getKey(), e.getValue()[0], e.getValue()[1]))
            .toList();
    List<Dashboard.AgencyLine> byAgency =
        scope.directlyBelow(agency).stream()
            .map(
                child ->
                    new Dashboard.AgencyLine(
                        child, bieu06.report(child, from, today, null).total()))
            .toList();
    DueList due = dueLists.of(agency);
    return new Dashboard(
        agency,
        from,
        today,
        month,
        trend,
        byAgency,
        due.overdue().size(),
        due.dueToday().size(),
        due.dueTomorrow().size(),
        indicators.of(agencies, from, today, month.total()));
  }
}
