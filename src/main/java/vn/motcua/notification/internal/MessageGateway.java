package vn.motcua.notification.internal;

import vn.motcua.notification.internal.StoredMessage.Status;

/**
 * Where messages of one channel leave MotCua: a mail server, an SMS provider, the log. A gateway
 * that cannot deliver throws; the dispatcher then retries later.
 */
interface MessageGateway {

  /**
   * Hands the message over.
   *
   * @return {@link Status#SENT} when a server accepted it, {@link Status#LOGGED} when it was only
   *     written to the log
   */
  Status deliver(StoredMessage message);
}
