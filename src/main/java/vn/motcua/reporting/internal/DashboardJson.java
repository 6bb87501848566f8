package vn.motcua.reporting.internal;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The dashboard in the API: what the page's charts draw and refresh. */
record DashboardJson(
    String agency,
    LocalDate from,
    LocalDate to,
    Bieu06Figures month,
    double onTimePercent,
    int overdue,
    int dueToday,
    int dueTomorrow,
    List<MonthJson> trend,
    List<FieldJson> byField,
    List<AgencyJson> byAgency,
    List<Indicator> indicators) {

  record MonthJson(String month, long settled, long onTime, double onTimePercent) {}

  record FieldJson(String field, String fieldName, long onTime, long late, long overdue) {}

  record AgencyJson(
      String code, String name, long settled, double onTimePercent, long inProgressOverdue) {}

  static DashboardJson of(Dashboard dashboard) {
    Bieu06Figures total = dashboard.month().total();
    return new DashboardJson(
        dashboard.agency().code().value(),
        dashboard.from(),
        dashboard.to(),
        total,
        total.onTimePercent(),
        dashboard.overdue(),
        dashboard.dueToday(),
        dashboard.dueTomorrow(),
        dashboard.trend().stream()
            .map(
                m ->
                    new MonthJson(m.month().toString(), m.settled(), m.onTime(), m.onTimePercent()))
            .toList(),
        dashboard.month().rows().stream()
            .map(
                row ->
                    new FieldJson(
                        row.field(),
                        row.fieldName(),
                        row.figures().settledEarly() + row.figures().settledOnTime(),
                        row.figures().settledLate(),
                        row.figures().inProgressOverdue()))
            .toList(),
        dashboard.byAgency().stream()
            .map(
                line ->
                    new AgencyJson(
                        line.agency().code().value(),
                        line.agency().name(),
                        line.figures().settled(),
                        line.figures().onTimePercent(),
                        line.figures().inProgressOverdue()))
            .toList(),
        dashboard.indicators());
  }

  /** The total of the points that could be scored, {@code null} when none could. */
  static @Nullable Double points(List<Indicator> indicators) {
    return indicators.stream()
        .map(Indicator::points)
        .filter(java.util.Objects::nonNull)
        .reduce(Double::sum)
        .orElse(null);
  }
}
