package vn.motcua.notification.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.motcua.notification.internal.StoredMessage.Status;

/**
 * The gateway of a channel that has no server configured (the demo): the message is written to the
 * log, and administrators read it on the sent messages page. Meant for the demo and development,
 * since the log then holds personal data and lookup PINs.
 */
final class LoggingGateway implements MessageGateway {

  private static final Logger log = LoggerFactory.getLogger(LoggingGateway.class);

  @Override
  public Status deliver(StoredMessage message) {
    log.info(
        "{} to {} (not sent, no gateway configured): {}\n{}",
        message.channel(),
        message.recipient(),
        message.subject() == null ? "" : message.subject(),
        message.body());
    return Status.LOGGED;
  }
}
