package vn.motcua.notification.internal;

import org.jspecify.annotations.Nullable;

/**
 * A message to write to the outbox.
 *
 * @param dedupKey the same key for the same message, however often it is written: the event or
 *     reminder it comes from, the channel and the recipient
 * @param kind what it is about, e.g. {@code RECEIVED}, {@code QUEUE}
 * @param subject the email's subject; {@code null} for an SMS
 */
record OutgoingMessage(
    String dedupKey,
    String kind,
    Channel channel,
    String recipient,
    @Nullable String subject,
    String body,
    @Nullable String dossierCode) {}
