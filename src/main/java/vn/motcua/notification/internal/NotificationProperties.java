package vn.motcua.notification.internal;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Notification settings ({@code motcua.notification.*}). The SMTP server is Spring Boot's {@code
 * spring.mail.*}; without {@code spring.mail.host} emails are written to the log instead.
 *
 * @param locale the language of messages to applicants and officers
 * @param from the sender of emails
 * @param dispatchInterval how often each node looks for messages due to be sent
 * @param firstRetry the wait after the first failed attempt; it doubles with each further failure
 * @param maxRetryDelay the longest wait between two attempts
 * @param maxAttempts attempts after which a message is given up (an administrator can still retry)
 * @param reminderCron when the due-tomorrow and overdue reminders run (Vietnam's time)
 */
@ConfigurationProperties("motcua.notification")
@Validated
record NotificationProperties(
    @DefaultValue("vi") Locale locale,
    @DefaultValue("MotCua <no-reply@motcua.local>") @NotBlank String from,
    @DefaultValue("10s") Duration dispatchInterval,
    @DefaultValue("1m") Duration firstRetry,
    @DefaultValue("1h") Duration maxRetryDelay,
    @DefaultValue("8") @Min(1) @Max(50) int maxAttempts,
    @DefaultValue("0 0 7 * * *") @NotBlank String reminderCron,
    @DefaultValue @Valid Sms sms) {

  /** When the next attempt is due after {@code attempts} failed ones (1, 2, …). */
  Duration retryDelay(int attempts) {
    Duration delay = firstRetry.multipliedBy(1L << Math.min(attempts - 1, 20));
    return delay.compareTo(maxRetryDelay) > 0 ? maxRetryDelay : delay;
  }

  /**
   * The SMS gateway ({@code motcua.notification.sms.*}).
   *
   * @param gateway {@code log} (messages are written to the log) or {@code http}
   * @param url where the HTTP gateway takes messages (required with {@code http})
   * @param username the HTTP gateway's user (HTTP Basic), if it needs one
   * @param password the HTTP gateway's password
   * @param plainLetters send text without diacritics: a Vietnamese SMS with diacritics is sent as
   *     Unicode, 70 instead of 160 characters a part, and some gateways refuse it
   * @param timeout how long to wait for the HTTP gateway to connect and to answer
   */
  record Sms(
      @DefaultValue("log") Gateway gateway,
      @Nullable URI url,
      @Nullable String username,
      @Nullable String password,
      @DefaultValue("true") boolean plainLetters,
      @DefaultValue("10s") Duration timeout) {

    Sms {
      if (gateway == Gateway.HTTP && url == null) {
        throw new IllegalArgumentException(
            "motcua.notification.sms.url is required with motcua.notification.sms.gateway=http");
      }
    }

    enum Gateway {
      LOG,
      HTTP
    }
  }
}
