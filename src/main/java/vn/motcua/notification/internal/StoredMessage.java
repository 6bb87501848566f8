package vn.motcua.notification.internal;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A message of the outbox, as the dispatcher sends it and administrators see it. */
record StoredMessage(
    long id,
    String kind,
    Channel channel,
    String recipient,
    @Nullable String subject,
    String body,
    @Nullable String dossierCode,
    Status status,
    int attempts,
    @Nullable Instant nextAttemptAt,
    @Nullable String lastError,
    Instant createdAt,
    @Nullable Instant sentAt) {

  enum Status {
    /** Waiting for its first attempt. */
    PENDING,
    /** Claimed by a node that is sending it now. */
    SENDING,
    /** Accepted by the mail server or the SMS gateway. */
    SENT,
    /** No gateway is configured for its channel (the demo): written to the log only. */
    LOGGED,
    /** The last attempt failed; the next one is at nextAttemptAt. */
    FAILED,
    /** Every attempt failed; only an administrator's retry sends it again. */
    ABANDONED
  }
}
