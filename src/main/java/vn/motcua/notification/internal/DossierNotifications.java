package vn.motcua.notification.internal;

import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import vn.motcua.dossier.DossierEvent;
import vn.motcua.dossier.Dossiers;

/**
 * Hears every dossier action and tells whom it concerns: the officers whose queue the dossier
 * entered and the applicant. The dossier is read once for both.
 */
@Component
class DossierNotifications {

  private final Dossiers dossiers;
  private final QueueNotifications queues;
  private final ApplicantNotifications applicants;

  DossierNotifications(
      Dossiers dossiers, QueueNotifications queues, ApplicantNotifications applicants) {
    this.dossiers = dossiers;
    this.queues = queues;
    this.applicants = applicants;
  }

  // In the action's own transaction, just before it commits (the dossier as the action left it):
  // the messages are written to the outbox with the action or not at all, and the outbox delivers
  // them later. No event publication record, no second transaction per action.
  @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
  void on(DossierEvent event) {
    boolean queue = queues.concern(event);
    boolean applicant = applicants.concern(event);
    if (!queue && !applicant) {
      return;
    }
    dossiers
        .get(event.dossier().code())
        .ifPresent(
            dossier -> {
              if (queue) {
                queues.tell(event, dossier);
              }
              if (applicant) {
                applicants.tell(event, dossier);
              }
            });
  }
}
