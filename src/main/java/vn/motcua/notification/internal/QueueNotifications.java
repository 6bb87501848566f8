package vn.motcua.notification.internal;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import vn.motcua.dossier.CurrentStep;
import vn.motcua.dossier.DossierDetails;
import vn.motcua.dossier.DossierEvent;
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

  private final Organization organization;
  private final OfficerAlerts alerts;

  QueueNotifications(Organization organization, OfficerAlerts alerts) {
    this.organization = organization;
    this.alerts = alerts;
  }

  /** Whether the event puts the dossier in someone's queue. */
  boolean concern(DossierEvent event) {
    return switch (event) {
      case DossierEvent.Received received -> true;
      case DossierEvent.Submitted submitted -> true;
      case DossierEvent.SupplementReceived supplemented -> true;
      case DossierEvent.ResultReady ready -> true;
      case DossierEvent.StepChanged changed -> !"TAKE".equals(changed.action());
      default -> false;
    };
  }

  /** Tells the holders of the step the dossier (as the action left it) is now at. */
  void tell(DossierEvent event, DossierDetails dossier) {
    CurrentStep step = dossier.step();
    if (step == null || "OTHER_AGENCY".equals(step.kind())) {
      return;
    }
    String key = "QUEUE:" + dossier.code() + ":" + event.at().toEpochMilli();
    for (Officer officer : holders(step)) {
      alerts.tell(officer, Kind.QUEUE, key, dossier.code(), dossier.procedureName(), due(dossier));
    }
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
