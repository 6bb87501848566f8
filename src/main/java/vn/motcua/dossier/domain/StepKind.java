package vn.motcua.dossier.domain;

/** What the dossier's current step is. */
public enum StepKind {
  /**
   * Waiting at the counter to be accepted or refused (online submissions, supplements before
   * acceptance).
   */
  RECEPTION,
  /** A step of the agency's internal process. */
  PROCESS,
  /** At another agency (liên thông), waiting for its result. */
  OTHER_AGENCY,
  /** The result waits at the counter to be returned; returning is not counted in the time limit. */
  RETURN
}
