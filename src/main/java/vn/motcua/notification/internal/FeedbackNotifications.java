package vn.motcua.notification.internal;

import java.time.Instant;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import vn.motcua.dossier.DossierDetails;
import vn.motcua.dossier.Dossiers;
import vn.motcua.notification.internal.OfficerNotice.Kind;
import vn.motcua.organization.Officer;
import vn.motcua.organization.Organization;
import vn.motcua.portal.FeedbackEvent;
import vn.motcua.security.Role;

/**
 * Citizens' feedback: the settling agency's supervisors learn that feedback waits for their answer
 * (with its deadline); the applicant learns that it was answered, and reads the answer on the
 * lookup page.
 */
@Component
class FeedbackNotifications {

  private final Dossiers dossiers;
  private final Organization organization;
  private final ApplicantMessages applicant;
  private final OfficerAlerts alerts;

  FeedbackNotifications(
      Dossiers dossiers,
      Organization organization,
      ApplicantMessages applicant,
      OfficerAlerts alerts) {
    this.dossiers = dossiers;
    this.organization = organization;
    this.applicant = applicant;
    this.alerts = alerts;
  }

  // Like the dossier notifications: written to the outbox in the feedback's own transaction.
  @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
  void on(FeedbackEvent event) {
    String key = "FEEDBACK:" + event.feedbackId() + ":" + event.at().toEpochMilli();
    dossiers
        .get(event.dossierCode())
        .ifPresent(
            dossier -> {
              switch (event) {
                case FeedbackEvent.Received received ->
                    supervisors(key, event, dossier, received.dueAt());
                case FeedbackEvent.Answered answered ->
                    applicant.send(
                        ApplicantMessage.FEEDBACK_ANSWERED, key, dossier, event.at(), Map.of());
                // Whatever else a feedback goes through is seen on the lookup and feedback pages.
                default -> {}
              }
            });
  }

  private void supervisors(String key, FeedbackEvent event, DossierDetails dossier, Instant dueAt) {
    for (Officer supervisor : organization.officersCovering(Role.SUPERVISOR, event.agencyId())) {
      alerts.tell(
          supervisor,
          Kind.FEEDBACK,
          key,
          dossier.code(),
          dossier.procedureName(),
          dueAt,
          "/feedback/" + event.feedbackId());
    }
  }
}
