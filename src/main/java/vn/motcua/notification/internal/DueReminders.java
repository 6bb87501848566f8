package vn.motcua.notification.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import vn.motcua.dossier.HeldDossier;
import vn.motcua.dossier.WorkQueues;
import vn.motcua.notification.internal.OfficerNotice.Kind;
import vn.motcua.organization.Organization;
import vn.motcua.shared.Instants;

/**
 * Reminds officers of the dossiers they hold that are due tomorrow or overdue, once a day. One node
 * runs it (ShedLock); and since each reminder is keyed by dossier, appointment and officer, a
 * second run (another node after the lock expired, a manual run) tells nobody twice. A new
 * appointment (after an apology) is reminded of again.
 */
@Component
class DueReminders {

  private final WorkQueues queues;
  private final Organization organization;
  private final OfficerAlerts alerts;
  private final Clock clock;

  DueReminders(WorkQueues queues, Organization organization, OfficerAlerts alerts, Clock clock) {
    this.queues = queues;
    this.organization = organization;
    this.alerts = alerts;
    this.clock = clock;
  }

  @Scheduled(cron = "${motcua.notification.reminder-cron:0 0 7 * * *}", zone = "Asia/Ho_Chi_Minh")
  @SchedulerLock(name = "notification.due-reminders", lockAtMostFor = "30m", lockAtLeastFor = "1m")
  void daily() {
    remind(clock.instant());
  }

  /**
   * Reminds of what is overdue at {@code now} and of what is due on the next calendar day
   * (Vietnam's date); what falls due later today was reminded of yesterday.
   */
  void remind(Instant now) {
    LocalDate today = LocalDate.ofInstant(now, Instants.VIETNAM);
    Instant tomorrow = today.plusDays(1).atStartOfDay(Instants.VIETNAM).toInstant();
    Instant dayAfter = today.plusDays(2).atStartOfDay(Instants.VIETNAM).toInstant();
    for (HeldDossier dossier : queues.heldDueBefore(dayAfter)) {
      Kind kind =
          dossier.dueAt().isBefore(now)
              ? Kind.OVERDUE
              : dossier.dueAt().isBefore(tomorrow) ? null : Kind.DUE_TOMORROW;
      if (kind == null) {
        continue;
      }
      String key = kind + ":" + dossier.code() + ":" + dossier.dueAt().toEpochMilli();
      organization
          .officer(dossier.holderId())
          .ifPresent(
              officer ->
                  alerts.tell(
                      officer,
                      kind,
                      key,
                      dossier.code(),
                      dossier.procedureName(),
                      dossier.dueAt()));
    }
  }
}
