package vn.motcua.notification.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import vn.motcua.dossier.DossierDetails;
import vn.motcua.dossier.DossierEvent;

/**
 * Tells the applicant by email and SMS what happened to the dossier: received (or submitted
 * online), supplement requested, refused, late with a new appointment, result ready, result
 * returned. The child of an inter-agency transfer is the agencies' business: the applicant follows
 * the parent.
 */
@Component
class ApplicantNotifications {

  private final ApplicantMessages messages;

  ApplicantNotifications(ApplicantMessages messages) {
    this.messages = messages;
  }

  /** Whether the applicant hears about the event. */
  boolean concern(DossierEvent event) {
    return kindOf(event) != null && event.dossier().parentId() == null;
  }

  /** Tells the applicant of the dossier (as the action left it). */
  void tell(DossierEvent event, DossierDetails dossier) {
    ApplicantMessage kind = java.util.Objects.requireNonNull(kindOf(event));
    String key = kind + ":" + dossier.code() + ":" + event.at().toEpochMilli();
    messages.send(kind, key, dossier, event.at(), particular(event));
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
