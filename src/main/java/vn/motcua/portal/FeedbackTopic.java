package vn.motcua.portal;

/** What a citizen's feedback is about. */
public enum FeedbackTopic {
  /** The dossier takes too long. */
  SLOW,
  /** Papers were asked for that the law does not require. */
  UNREQUIRED_PAPERS,
  /** An officer was rude. */
  RUDE,
  /** Money was asked for beyond the published fees. */
  ASKED_MONEY,
  /** Anything else about the dossier. */
  OTHER
}
