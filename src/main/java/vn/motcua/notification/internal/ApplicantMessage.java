package vn.motcua.notification.internal;

/** What the applicant is told about; each has a subject, an email text and an SMS text. */
enum ApplicantMessage {
  SUBMITTED,
  RECEIVED,
  SUPPLEMENT,
  REFUSED,
  APOLOGY,
  RESULT_READY,
  RETURNED,
  /** The supervisors answered the applicant's feedback (or refused to handle it). */
  FEEDBACK_ANSWERED
}
