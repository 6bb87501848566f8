package vn.motcua.dossier;

/** The actions that change a dossier, as named in the API. */
public enum ActionName {
  /**
   * Accept an online submission (1 → 2 → 4) or a dossier whose supplement arrived before
   * acceptance.
   */
  ACCEPT,
  TAKE,
  ASSIGN,
  FORWARD,
  SEND_BACK,
  REQUEST_SUPPLEMENT,
  SUPPLEMENT_RECEIVED,
  PAUSE,
  RESUME,
  PROPOSE_REFUSAL,
  REFUSE,
  APPROVE,
  TRANSFER,
  RESULT_READY,
  RETURN_RESULT,
  APOLOGIZE,
  WITHDRAW,
  STOP
}
