package vn.motcua.notification.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import vn.motcua.dossier.DossierEvent;
import vn.motcua.dossier.Dossiers;

/**
 * Tells the applicant by email and SMS what happened to the dossier: received (or submitted
 * online), supplement requested, refused, late with a new appointment, result ready, result
 * returned. The child of an inter-agency transfer is the agencies' business: the applicant follows
 * the parent.
 */
@Component
class ApplicantNotifications {

  private final Dossiers dossiers;
  private final ApplicantMessages messages;

  ApplicantNotifications(Dossiers dossiers, ApplicantMessages messages) {
    this.dossiers = dossiers;
    this.messages = messages;
  }

  // In the action's own transaction, just before it commits (the dossier as the action left it):
  // the
  // messages are written to the outbox with the action or not at all, and the outbox delivers them
  // later. No event publication record, no second transaction per action.
  @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
  void on(DossierEvent event) {
    ApplicantMessage kind = kindOf(event);
    if (kind == null || event.dossier().parentId() != null) {
      return;
    }
    String key = kind + ":" + event.dossier().code() + ":" + event.at().toEpochMilli();
    dossiers
        .get(event.dossier().code())
        .ifPresent(dossier -> messages.send(kind, key, dossier, event.at(), particular(event)));
  }

  /** What the applicant hears about; {@code null} for the rest. */
  private static @Nullable ApplicantMessage kindOf(DossierEvent event) {
    return switch (event) {
      case DossierEvent.Submitted submitted -> ApplicantMessage.SUBMITTED;
      case DossierEvent.Received received -> ApplicantMessage.RECEIVED;
      case DossierEvent.SupplementRequested requested -> ApplicantMessage.SUPPLEMENT;
      case DossierEvent.Refused refused -> ApplicantMessage.REFUSED;
      case DossierEvent.ApologyIssued apology -> ApplicantMessage.APOLOGY;
      case DossierEvent.ResultReady ready -> ApplicantMessage.RESULT_READY;
      case DossierEvent.ResultReturned returned -> ApplicantMessage.RETURNED;
      default -> null;
    };
  }

  /** The blanks of the event's message. */
  private static Map<String, String> particular(DossierEvent event) {
    Map<String, String> values = new HashMap<>();
    // The times as the event saw them: the dossier may have moved on since.
    values.put("receivedAt", MessageTexts.time(event.dossier().receivedAt()));
    values.put("dueAt", MessageTexts.time(event.dossier().dueAt()));
    switch (event) {
      case DossierEvent.SupplementRequested requested -> {
        values.put("items", numbered(requested.items()));
        values.put("reason", requested.reason());
      }
      case DossierEvent.Refused refused -> values.put("reason", refused.reasons());
      case DossierEvent.ApologyIssued apology -> {
        values.put("reason", apology.reason());
        values.put("previousDueAt", MessageTexts.time(apology.previousDueAt()));
      }
      case DossierEvent.ResultReady ready -> values.put("resultNumber", ready.resultNumber());
      default -> {}
    }
    return values;
  }

  private static String numbered(List<String> items) {
    return IntStream.range(0, items.size())
        .mapToObj(i -> (i + 1) + ". " + items.get(i))
        .collect(Collectors.joining("\n"));
  }
}
