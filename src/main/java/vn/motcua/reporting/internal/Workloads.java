package vn.motcua.reporting.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.calendar.Calendars;
import vn.motcua.calendar.WorkingTime;
import vn.motcua.dossier.Dossiers;
import vn.motcua.dossier.HistoryLine;
import vn.motcua.organization.Agency;
import vn.motcua.organization.Organization;
import vn.motcua.shared.Instants;

/** Per-officer and per-step figures from the dossiers' history of hand-overs. */
@Service
@Transactional(readOnly = true)
class Workloads {

  private final Dossiers dossiers;
  private final ReportScope scope;
  private final Organization organization;
  private final Calendars calendars;

  Workloads(Dossiers dossiers, ReportScope scope, Organization organization, Calendars calendars) {
    this.dossiers = dossiers;
    this.scope = scope;
    this.organization = organization;
    this.calendars = calendars;
  }

  Workload of(Agency agency, LocalDate from, LocalDate to) {
    Instant start = from.atStartOfDay(Instants.VIETNAM).toInstant();
    Instant end = to.plusDays(1).atStartOfDay(Instants.VIETNAM).toInstant();
    Map<Long, WorkingTime> times = new HashMap<>();
    Map<String, long[]> officers = new TreeMap<>();
    Map<String, long[]> steps = new TreeMap<>();
    for (HistoryLine line : dossiers.processStepsLeft(scope.below(agency), start, end)) {
      WorkingTime time = times.computeIfAbsent(line.leftStepAgencyId(), this::calendarOf);
      boolean onTime = line.leftStepDueAt() == null || !line.at().isAfter(line.leftStepDueAt());
      long minutes =
          line.leftStepStartedAt() == null
              ? 0
              : time.elapsed(line.leftStepStartedAt(), line.at()).toMinutes();
      count(officers, line.leftStepHolder(), onTime, minutes);
      count(steps, line.leftStepName() == null ? "" : line.leftStepName(), onTime, minutes);
    }
    return new Workload(agency, from, to, lines(officers), lines(steps));
  }

  private WorkingTime calendarOf(long agencyId) {
    return organization
        .agency(agencyId)
        .map(agency -> calendars.forAgency(agency.code().value()))
        .orElseGet(calendars::national);
  }

  private static void count(Map<String, long[]> tally, String name, boolean onTime, long minutes) {
    long[] figures = tally.computeIfAbsent(name, key -> new long[3]);
    figures[0]++;
    figures[1] += onTime ? 1 : 0;
    figures[2] += minutes;
  }

  private static List<Workload.Line> lines(Map<String, long[]> tally) {
    return tally.entrySet().stream()
        .map(
            e ->
                new Workload.Line(
                    e.getKey(),
                    e.getValue()[0],
                    e.getValue()[1],
                    e.getValue()[2] / e.getValue()[0]))
        .toList();
  }
}
