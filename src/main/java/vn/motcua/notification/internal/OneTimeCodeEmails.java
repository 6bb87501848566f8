package vn.motcua.notification.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.motcua.portal.OneTimeCodeSender;

/**
 * Mails citizens their one-time sign-in code through the outbox, in the transaction that stores the
 * code: the code is sent if and only if it is valid, and in the demo an administrator reads it on
 * the sent messages page.
 */
@Component
class OneTimeCodeEmails implements OneTimeCodeSender {

  private final MessageOutbox outbox;
  private final MessageTexts texts;
  private final Clock clock;

  OneTimeCodeEmails(MessageOutbox outbox, MessageTexts texts, Clock clock) {
    this.outbox = outbox;
    this.texts = texts;
    this.clock = clock;
  }

  @Override
  public void send(String email, String code, Duration validFor) {
    Instant now = clock.instant();
    Map<String, String> values =
        Map.of("oneTimeCode", code, "minutes", Long.toString(validFor.toMinutes()));
    outbox.enqueue(
        List.of(
            new OutgoingMessage(
                "ONE_TIME_CODE:" + email + ":" + now.toEpochMilli(),
                "ONE_TIME_CODE",
                Channel.EMAIL,
                email,
                texts.text("citizen.ONE_TIME_CODE.subject", values),
                String.join(
                    "\n\n",
                    texts.text("citizen.ONE_TIME_CODE.email", values),
                    texts.text("email.automatic", values)),
                null)),
        now);
  }
}
