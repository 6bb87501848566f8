package vn.motcua.notification.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends what the outbox holds. Every node runs it; a message goes to the node whose claim succeeds.
 * A message that fails waits {@code first-retry}, doubled after each further failure, and is given
 * up after {@code max-attempts}; a node that stops while sending leaves its claim, which another
 * node takes over after {@link #CLAIM_TIMEOUT} (the message may then go out twice: a mail server
 * cannot tell whether it was the first time).
 */
@Component
class Dispatcher {

  static final Duration CLAIM_TIMEOUT = Duration.ofMinutes(5);
  private static final int BATCH = 100;
  private static final Logger log = LoggerFactory.getLogger(Dispatcher.class);

  private final MessageOutbox outbox;
  private final Gateways gateways;
  private final NotificationProperties properties;
  private final Clock clock;

  Dispatcher(
      MessageOutbox outbox, Gateways gateways, NotificationProperties properties, Clock clock) {
    this.outbox = outbox;
    this.gateways = gateways;
    this.properties = properties;
    this.clock = clock;
  }

  @Scheduled(
      fixedDelayString = "${motcua.notification.dispatch-interval:10s}",
      initialDelayString = "${motcua.notification.dispatch-interval:10s}")
  void dispatchDue() {
    Instant now = clock.instant();
    for (long id : outbox.due(now, now.minus(CLAIM_TIMEOUT), BATCH)) {
      send(id);
    }
  }

  /** Sends one message if this node can claim it, recording what happened. */
  void send(long id) {
    Instant now = clock.instant();
    outbox
        .claim(id, now, now.minus(CLAIM_TIMEOUT))
        .ifPresent(
            message -> {
              try {
                outbox.delivered(
                    id, gateways.of(message.channel()).deliver(message), clock.instant());
              } catch (RuntimeException e) {
                // The innermost cause says what went wrong ("Domain contains illegal character").
                String error = NestedExceptionUtils.getMostSpecificCause(e).toString();
                int attempts = message.attempts();
                boolean again = attempts < properties.maxAttempts();
                log.warn(
                    "{} {} to {} failed (attempt {}): {}",
                    message.channel(),
                    message.kind(),
                    message.recipient(),
                    attempts,
                    error);
                outbox.failed(
                    id,
                    error,
                    again ? clock.instant().plus(properties.retryDelay(attempts)) : null);
              }
            });
  }
}
