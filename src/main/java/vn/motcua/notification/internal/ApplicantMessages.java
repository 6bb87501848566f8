package vn.motcua.notification.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.motcua.dossier.Applicant;
import vn.motcua.dossier.DossierDetails;
import vn.motcua.organization.Agency;
import vn.motcua.organization.Organization;
import vn.motcua.web.PublicLinks;

/**
 * Writes a message to a dossier's applicant to the outbox: an email if the applicant gave an
 * address, an SMS if a phone, each carrying the public lookup link (code and PIN).
 */
@Component
class ApplicantMessages {

  private final Organization organization;
  private final PublicLinks links;
  private final MessageTexts texts;
  private final MessageOutbox outbox;
  private final Clock clock;

  ApplicantMessages(
      Organization organization,
      PublicLinks links,
      MessageTexts texts,
      MessageOutbox outbox,
      Clock clock) {
    this.organization = organization;
    this.links = links;
    this.texts = texts;
    this.outbox = outbox;
    this.clock = clock;
  }

  /**
   * @param key what the message is about (the event), the same however often it is sent
   * @param at when that happened
   * @param particular the blanks of this message beyond those every message fills (which they
   *     override)
   */
  void send(
      ApplicantMessage kind,
      String key,
      DossierDetails dossier,
      Instant at,
      Map<String, String> particular) {
    Map<String, String> values = values(dossier, at);
    values.putAll(particular);
    Applicant applicant = dossier.applicant();
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
    outbox.enqueue(messages, clock.instant());
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

  /** The blanks every applicant message fills. */
  private Map<String, String> values(DossierDetails dossier, Instant at) {
    Map<String, String> values = new HashMap<>();
    values.put("code", dossier.code());
    values.put("procedure", dossier.procedureName());
    values.put("applicant", dossier.applicant().name());
    values.put("at", MessageTexts.time(at));
    values.put("receivedAt", MessageTexts.time(dossier.receivedAt()));
    values.put("dueAt", MessageTexts.time(dossier.dueAt()));
    values.put("link", links.lookup(dossier.code(), dossier.lookupPin()));
    Agency agency = organization.agency(dossier.receivingAgencyId()).orElse(null);
    values.put("agency", agency == null ? "" : agency.name());
    values.put("agencyAddress", agency == null || agency.address() == null ? "" : agency.address());
    values.put("agencyPhone", agency == null || agency.phone() == null ? "" : agency.phone());
    return values;
  }
}
