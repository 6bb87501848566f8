package vn.motcua.notification.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import vn.motcua.notification.internal.OfficerNotice.Kind;
import vn.motcua.organization.Officer;
import vn.motcua.web.PublicLinks;

/**
 * Tells an officer about a dossier: a notice in the application and, when the officer has an email
 * address, an email. The same notice (same key) is given once, however often it is asked for.
 */
@Component
class OfficerAlerts {

  private final OfficerNotices notices;
  private final MessageOutbox outbox;
  private final MessageTexts texts;
  private final PublicLinks links;
  private final Clock clock;

  OfficerAlerts(
      OfficerNotices notices,
      MessageOutbox outbox,
      MessageTexts texts,
      PublicLinks links,
      Clock clock) {
    this.notices = notices;
    this.outbox = outbox;
    this.texts = texts;
    this.links = links;
    this.clock = clock;
  }

  /**
   * @param key what the notice is about (the event or the reminder), the same each time it is given
   */
  void tell(
      Officer officer,
      Kind kind,
      String key,
      String dossierCode,
      String procedureName,
      @Nullable Instant dueAt) {
    tell(officer, kind, key, dossierCode, procedureName, dueAt, "/dossiers/" + dossierCode);
  }

  /**
   * @param path the page the email leads to
   */
  void tell(
      Officer officer,
      Kind kind,
      String key,
      String dossierCode,
      String procedureName,
      @Nullable Instant dueAt,
      String path) {
    Instant now = clock.instant();
    String noticeKey = key + ":" + officer.id();
    boolean added =
        notices.add(noticeKey, officer.id(), kind, dossierCode, procedureName, dueAt, now);
    if (!added || officer.email() == null || officer.email().isBlank()) {
      return;
    }
    Map<String, String> values =
        Map.of(
            "officer", officer.fullName(),
            "code", dossierCode,
            "procedure", procedureName,
            "dueAt", MessageTexts.time(dueAt),
            "officerLink", links.page(path));
    String body =
        String.join(
            "\n\n",
            texts.text("officer.greeting", values),
            texts.text("officer." + kind + ".email", values),
            texts.text("email.automatic", values));
    outbox.enqueue(
        List.of(
            new OutgoingMessage(
                noticeKey + ":EMAIL",
                "OFFICER_" + kind,
                Channel.EMAIL,
                officer.email().strip(),
                texts.text("officer." + kind + ".subject", values),
                body,
                dossierCode)),
        now);
  }
}
