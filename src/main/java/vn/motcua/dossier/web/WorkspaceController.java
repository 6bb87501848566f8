package vn.motcua.dossier.web;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import vn.motcua.calendar.Calendars;
import vn.motcua.calendar.WorkingTime;
import vn.motcua.dossier.QueueRow;
import vn.motcua.dossier.WorkQueues;
import vn.motcua.security.Role;
import vn.motcua.security.SignedInOfficer;

/**
 * The officer's start page: the work queues of his or her roles, most urgent first, with the time
 * left in working time. Each queue loads and refreshes itself (htmx) without reloading the page.
 */
@Controller
class WorkspaceController {

  /** A queue row as shown: the due text is already in working time of the dossier's agency. */
  record Row(
      String code,
      String procedureName,
      String applicantName,
      String statusName,
      @Nullable String step,
      @Nullable String holder,
      String due,
      boolean overdue,
      String waited) {}

  private final WorkQueues queues;
  private final Calendars calendars;
  private final WorkingDurations durations;
  private final MessageSource messages;
  private final Clock clock;

  WorkspaceController(
      WorkQueues queues,
      Calendars calendars,
      WorkingDurations durations,
      MessageSource messages,
      Clock clock) {
    this.queues = queues;
    this.calendars = calendars;
    this.durations = durations;
    this.messages = messages;
    this.clock = clock;
  }

  @GetMapping("/officer")
  String workspace(@AuthenticationPrincipal SignedInOfficer officer, Model model) {
    model.addAttribute("officer", officer);
    model.addAttribute("queues", queues.queuesOf(officer));
    model.addAttribute("reception", officer.hasRole(Role.RECEPTION));
    return "dossier/workspace";
  }

  @GetMapping("/officer/queues/{queue}")
  String queue(
      @PathVariable WorkQueues.Queue queue,
      @RequestParam(defaultValue = "0") int page,
      @AuthenticationPrincipal SignedInOfficer officer,
      Locale locale,
      Model model) {
    Instant now = clock.instant();
    List<QueueRow> rows = queues.rows(queue, officer, page);
    model.addAttribute("queue", queue);
    model.addAttribute("page", Math.max(0, page));
    model.addAttribute("hasMore", rows.size() == WorkQueues.PAGE_SIZE);
    model.addAttribute("rows", rows.stream().map(row -> row(row, now, locale)).toList());
    return "dossier/queue :: queue";
  }

  private Row row(QueueRow row, Instant now, Locale locale) {
    WorkingTime time = calendars.forAgency(row.agencyCode());
    Instant due = row.stepDueAt() != null ? row.stepDueAt() : row.dueAt();
    boolean paused = row.status().paused();
    String step =
        row.stepName() != null
            ? row.stepName()
            : row.stepKind() == null
                ? null
                : messages.getMessage("dossier.step." + row.stepKind(), null, locale);
    return new Row(
        row.code(),
        row.procedureName(),
        row.applicantName(),
        messages.getMessage("dossier.status." + row.status().name(), null, locale),
        step,
        row.assigneeName(),
        paused
            ? messages.getMessage("dossier.time.paused", null, locale)
            : durations.remaining(due, now, time, locale),
        !paused && WorkingDurations.overdue(due, now),
        row.stepStartedAt() == null
            ? ""
            : durations.amount(time.elapsed(row.stepStartedAt(), now), time, locale));
  }
}
