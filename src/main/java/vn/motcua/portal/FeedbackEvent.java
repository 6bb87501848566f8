package vn.motcua.portal;

import java.time.Instant;

/** What happened to a citizen's feedback, for the statistics and the notifications. */
public sealed interface FeedbackEvent {

  long feedbackId();

  String dossierCode();

  /** The settling agency, whose supervisors answer. */
  long agencyId();

  Instant at();

  /** A citizen sent feedback; it must be answered by {@code dueAt}. */
  record Received(
      long feedbackId,
      String dossierCode,
      long agencyId,
      FeedbackTopic topic,
      Instant at,
      Instant dueAt)
      implements FeedbackEvent {}

  /**
   * A supervisor answered (or refused to handle) the feedback.
   *
   * @param onTime answered by the deadline (refusals within 2 working days, answers within 15)
   */
  record Answered(
      long feedbackId,
      String dossierCode,
      long agencyId,
      boolean refused,
      boolean onTime,
      Instant at)
      implements FeedbackEvent {}
}
