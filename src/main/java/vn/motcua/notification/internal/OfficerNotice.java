package vn.motcua.notification.internal;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * What an officer is told in the application.
 *
 * @param dueAt the appointment the notice is about (or the step's due time for a queue entry)
 */
record OfficerNotice(
    long id,
    Kind kind,
    String dossierCode,
    String procedureName,
    @Nullable Instant dueAt,
    Instant createdAt,
    boolean read) {

  enum Kind {
    /** A dossier entered one of the officer's queues. */
    QUEUE,
    /** A dossier the officer holds is due tomorrow. */
    DUE_TOMORROW,
    /** A dossier the officer holds is past its appointment. */
    OVERDUE,
    /** A citizen sent feedback about a dossier (or added to it) that the supervisor must answer. */
    FEEDBACK
  }
}
