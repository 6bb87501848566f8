package vn.motcua.reporting.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.calendar.Calendars;
import vn.motcua.calendar.Lateness;
import vn.motcua.calendar.WorkingTime;
import vn.motcua.dossier.Dossiers;
import vn.motcua.dossier.QueueRow;
import vn.motcua.organization.Agency;
import vn.motcua.shared.Instants;

/**
 * Overdue and due-soon dossiers, read from the dossiers themselves (they change every minute, so no
 * read model could be fresher): one indexed query for everything due before the day after tomorrow,
 * sorted out here.
 */
@Service
@Transactional(readOnly = true)
class DueLists {

  /** A bound on one page's work; the page says when there were more. */
  static final int LIMIT = 1000;

  private final Dossiers dossiers;
  private final ReportScope scope;
  private final Calendars calendars;
  private final Clock clock;

  DueLists(Dossiers dossiers, ReportScope scope, Calendars calendars, Clock clock) {
    this.dossiers = dossiers;
    this.scope = scope;
    this.calendars = calendars;
    this.clock = clock;
  }

  DueList of(Agency agency) {
    Instant now = clock.instant();
    LocalDate today = now.atZone(Instants.VIETNAM).toLocalDate();
    Instant tomorrow = today.plusDays(1).atStartOfDay(Instants.VIETNAM).toInstant();
    Instant afterTomorrow = today.plusDays(2).atStartOfDay(Instants.VIETNAM).toInstant();
    List<QueueRow> rows = dossiers.openDueBefore(scope.below(agency), afterTomorrow, LIMIT);
    List<DueList.Entry> overdue = new ArrayList<>();
    List<DueList.Entry> dueToday = new ArrayList<>();
    List<DueList.Entry> dueTomorrow = new ArrayList<>();
    for (QueueRow row : rows) {
      boolean dossierLate = passed(row.dueAt(), now);
      boolean stepLate = passed(row.stepDueAt(), now);
      if (dossierLate || stepLate) {
        Instant due = dossierLate ? row.dueAt() : row.stepDueAt();
        WorkingTime time = calendars.forAgency(row.agencyCode());
        overdue.add(new DueList.Entry(row, due, !dossierLate, time.lateness(now, due)));
      } else {
        Instant due = soonest(row);
        (due.isBefore(tomorrow) ? dueToday : dueTomorrow)
            .add(new DueList.Entry(row, due, due.equals(row.stepDueAt()), Lateness.NONE));
      }
    }
    overdue.sort(java.util.Comparator.comparing((DueList.Entry e) -> e.late().total()).reversed());
    return new DueList(agency, now, overdue, dueToday, dueTomorrow, rows.size() == LIMIT);
  }

  private static boolean passed(@org.jspecify.annotations.Nullable Instant due, Instant now) {
    return due != null && due.isBefore(now);
  }

  private static Instant soonest(QueueRow row) {
    if (row.dueAt() == null) {
      return java.util.Objects.requireNonNull(row.stepDueAt());
    }
    return row.stepDueAt() != null && row.stepDueAt().isBefore(row.dueAt())
        ? row.stepDueAt()
        : row.dueAt();
  }
}
