package vn.motcua.notification.internal;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import vn.motcua.dossier.CurrentStep;
import vn.motcua.dossier.DossierDetails;
import vn.motcua.dossier.DossierEvent;
import vn.motcua.dossier.Dossiers;
import vn.motcua.notification.internal.OfficerNotice.Kind;
import vn.motcua.organization.Officer;
import vn.motcua.organization.Organization;
import vn.motcua.security.Role;

/**
 * Tells officers that a dossier entered their queue: the officer a step was assigned to, or else
 * everyone whose queue shows the step (the role at the agency, for specialists only in the step's
 * field), as {@link vn.motcua.dossier.WorkQueues} lists them. Taking a step oneself is no news.
 */
@Component
class QueueNotifications {

  private final Dossiers dossiers;
  private final Organization organization;
  private final OfficerAlerts alerts;

  QueueNotifications(Dossiers dossiers, Organization organization, OfficerAlerts alerts) {
    this.dossiers = dossiers;
    this.organization = organization;
    this.alerts = alerts;
  }

  // In the action's own transaction, just before it commits (the dossier as the action left it):
  // the
  // messages are written to the outbox with the action or not at all, and the outbox delivers them
  // later. No event publication record, no second transaction per action.
  @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
  void on(DossierEvent event) {
    boolean entersQueue =
        switch (event) {
          case DossierEvent.Received received -> true;
          case DossierEvent.Submitted submitted -> true;
          case DossierEvent.SupplementReceived supplemented -> true;
          case DossierEvent.ResultReady ready -> true;
          case DossierEvent.StepChanged changed -> !"TAKE".equals(changed.action());
          default -> false;
        };
    if (!entersQueue) {
      return;
    }
    String key = "QUEUE:" + event.dossier().code() + ":" + event.at().toEpochMilli();
    dossiers
        .get(event.dossier().code())
        .ifPresent(
            dossier -> {
              CurrentStep step = dossier.step();
              if (step == null || "OTHER_AGENCY".equals(step.kind())) {
                return;
              }
              for (Officer officer : holders(step)) {
                alerts.tell(
                    officer,
                    Kind.QUEUE,
                    key,
                    dossier.code(),
                    dossier.procedureName(),
                    due(dossier));
              }
            });
  }

  private List<Officer> holders(CurrentStep step) {
    if (step.assigneeId() != null) {
      return organization.officer(step.assigneeId()).filter(Officer::active).stream().toList();
    }
    return organization.officersCovering(step.role(), step.agencyId()).stream()
        .filter(
            officer ->
                step.role() != Role.SPECIALIST
                    || step.fieldCode() == null
                    || officer.fields().contains(step.fieldCode()))
        .toList();
  }

  private static @Nullable Instant due(DossierDetails dossier) {
    CurrentStep step = dossier.step();
    return step != null && step.dueAt() != null ? step.dueAt() : dossier.dueAt();
  }
}
