package vn.motcua.reporting.internal;

import java.time.LocalDate;
import java.util.List;
import vn.motcua.organization.Agency;

/**
 * What the officers of an agency (with those below it) handled in a period: each processing step an
 * officer handed on, whether by its own due instant, and the working time it took; by officer and
 * by step of the internal process (each step belongs to a department or role).
 */
public record Workload(
    Agency agency, LocalDate from, LocalDate to, List<Line> byOfficer, List<Line> byStep) {

  public Workload {
    byOfficer = List.copyOf(byOfficer);
    byStep = List.copyOf(byStep);
  }

  /**
   * @param averageWorkingMinutes the working time a step took on average, from its start to its
   *     hand-over, on the agency's calendar
   */
  public record Line(String name, long handled, long onTime, long averageWorkingMinutes) {

    public double onTimePercent() {
      return handled == 0 ? 100 : 100.0 * onTime / handled;
    }
  }
}
