/**
 * Messages to applicants and officers. Applicants hear by email and SMS when their dossier is
 * received, needs a supplement, is refused, will be late, is ready and is returned; officers see in
 * the application (and by email) when a dossier enters their queue and when one of theirs is due
 * tomorrow or overdue.
 *
 * <p>The module reacts to {@link vn.motcua.dossier.DossierEvent}s after their transaction commits,
 * through the event publication registry, and writes each message to its outbox table before
 * anything leaves: a message is sent by whichever node claims it, retried with back-off when the
 * gateway fails, and visible to administrators whatever happened to it. It has no API of its own.
 */
@NullMarked
package vn.motcua.notification;

import org.jspecify.annotations.NullMarked;
