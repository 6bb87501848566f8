package vn.motcua.reporting.internal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import vn.motcua.organization.Agency;

/**
 * What a supervisor sees at a glance for an agency (with those below it): the month so far as Biểu
 * 06 counts it, the on-time trend of the last twelve months, each agency directly below, the
 * dossiers overdue and due soon now, and the Decision 766 criteria of the month.
 */
public record Dashboard(
    Agency agency,
    LocalDate from,
    LocalDate to,
    Bieu06Report month,
    List<Month> trend,
    List<AgencyLine> byAgency,
    int overdue,
    int dueToday,
    int dueTomorrow,
    List<Indicator> indicators) {

  public Dashboard {
    trend = List.copyOf(trend);
    byAgency = List.copyOf(byAgency);
    indicators = List.copyOf(indicators);
  }

  /** How many were settled in a month and how many of them early or on time. */
  public record Month(YearMonth month, long settled, long onTime) {

    /** The on-time share in percent; 100 when nothing was settled. */
    public double onTimePercent() {
      return settled == 0 ? 100 : 100.0 * onTime / settled;
    }
  }

  public record AgencyLine(Agency agency, Bieu06Figures figures) {}
}
