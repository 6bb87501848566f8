package vn.motcua.notification.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import vn.motcua.dossier.Applicant;
import vn.motcua.dossier.DossierDetails;
import vn.motcua.dossier.DossierEvent;
import vn.motcua.dossier.Dossiers;
import vn.motcua.organization.Agency;
import vn.motcua.organization.Organization;
import vn.motcua.web.PublicLinks;

/**
 * Tells the applicant by email and SMS what happened to the dossier: received (or submitted
 * online), supplement requested, refused, late with a new appointment, result ready, result
 * returned. Each message carries the public lookup link (code and PIN). The child of an
 * inter-agency transfer is the agencies' business: the applicant follows the parent.
 */
@Component
class ApplicantNotifications {

  private final Dossiers dossiers;
  private final Organization organization;
  private final PublicLinks links;
  private final MessageTexts texts;
  private final MessageOutbox outbox;
  private final Clock clock;

  ApplicantNotifications(
      Dossiers dossiers,
      Organization organization,
      PublicLinks links,
      MessageTexts texts,
      MessageOutbox outbox,
      Clock clock) {
    this.dossiers = dossiers;
    this.organization = organization;
    this.links = links;
    this.texts = texts;
    this.outbox = outbox;
    this.clock = clock;
  }

  @ApplicationModuleListener
  void on(DossierEvent event) {
    ApplicantMessage kind = kindOf(event);
    if (kind == null || event.dossier().parentId() != null) {
      return;
    }
    dossiers
        .get(event.dossier().code())
        .ifPresent(dossier -> outbox.enqueue(messages(kind, event, dossier), clock.instant()));
  }

  /** What the applicant hears about, by the key of its texts; {@code null} for the rest. */
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

  private List<OutgoingMessage> messages(
      ApplicantMessage kind, DossierEvent event, DossierDetails dossier) {
    Applicant applicant = dossier.applicant();
    Map<String, String> values = values(event, dossier);
    String key = kind + ":" + dossier.code() + ":" + event.at().toEpochMilli();
    List<OutgoingMessage> messages = new ArrayList<>(2);
    if (applicant.email() != null && !applicant.email().isBlank()) {
      messages.add(
          new OutgoingMessage(
              key + ":EMAIL",
              kind.name(),
              Channel.EMAIL,
              applicant.email().strip(),
              texts.text("applicant." + kind + ".subject", values),
              email(kind, values),
              dossier.code()));
    }
    if (applicant.phone() != null && !applicant.phone().isBlank()) {
      messages.add(
          new OutgoingMessage(
              key + ":SMS",
              kind.name(),
              Channel.SMS,
              applicant.phone().replaceAll("[^0-9+]", ""),
              null,
              texts.sms("applicant." + kind + ".sms", values),
              dossier.code()));
    }
    return messages;
  }

  private String email(ApplicantMessage kind, Map<String, String> values) {
    return String.join(
        "\n\n",
        texts.text("email.greeting", values),
        texts.text("applicant." + kind + ".email", values),
        texts.text("email.lookup", values),
        texts.text("email.signature", values),
        texts.text("email.automatic", values));
  }

  /** The blanks every applicant text may use. */
  private Map<String, String> values(DossierEvent event, DossierDetails dossier) {
    Map<String, String> values = new HashMap<>();
    values.put("code", dossier.code());
    values.put("procedure", dossier.procedureName());
    values.put("applicant", dossier.applicant().name());
    values.put("at", MessageTexts.time(event.at()));
    // The times as the event saw them: the dossier may have moved on since.
    values.put("receivedAt", MessageTexts.time(event.dossier().receivedAt()));
    values.put("dueAt", MessageTexts.time(event.dossier().dueAt()));
    values.put("link", links.lookup(dossier.code(), dossier.lookupPin()));
    Agency agency = organization.agency(dossier.receivingAgencyId()).orElse(null);
    values.put("agency", agency == null ? "" : agency.name());
    values.put("agencyAddress", agency == null || agency.address() == null ? "" : agency.address());
    values.put("agencyPhone", agency == null || agency.phone() == null ? "" : agency.phone());
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
