package vn.motcua.dossier;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An action on a dossier, as the API and the pages ask for it: the action, the version of the
 * dossier the officer saw, and what the action needs.
 *
 * @param items REQUEST_SUPPLEMENT: the missing or incomplete papers
 * @param assignee ASSIGN: the user name of the officer to give the step to
 * @param agency TRANSFER: the code of the other agency (by default the one the process names)
 * @param toStep SEND_BACK: the position of the earlier step (by default the previous one)
 * @param resultNumber RESULT_READY: the number of the result document
 * @param resultDate RESULT_READY: its date (by default today)
 * @param electronic RESULT_READY: whether the result exists electronically
 * @param recipient RETURN_RESULT: to whom it was handed
 * @param returnMethod RETURN_RESULT: how
 * @param newDueAt APOLOGIZE: the new appointment
 */
public record ActionRequest(
    ActionName action,
    int version,
    @Nullable String note,
    @Nullable List<String> items,
    @Nullable String assignee,
    @Nullable String agency,
    @Nullable Integer toStep,
    @Nullable String resultNumber,
    @Nullable LocalDate resultDate,
    @Nullable Boolean electronic,
    @Nullable String recipient,
    @Nullable ReturnMethod returnMethod,
    @Nullable Instant newDueAt) {

  /** An action that needs nothing but an optional note. */
  public static ActionRequest simple(ActionName action, int version, @Nullable String note) {
    return new ActionRequest(
        action, version, note, null, null, null, null, null, null, null, null, null, null);
  }

  public static ActionRequest supplement(int version, List<String> items, String note) {
    return new ActionRequest(
        ActionName.REQUEST_SUPPLEMENT,
        version,
        note,
        items,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null);
  }

  public static ActionRequest apology(int version, Instant newDueAt, String note) {
    return new ActionRequest(
        ActionName.APOLOGIZE,
        version,
        note,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        newDueAt);
  }

  public static ActionRequest resultReady(
      int version, String number, LocalDate date, boolean electronic) {
    return new ActionRequest(
        ActionName.RESULT_READY,
        version,
        null,
        null,
        null,
        null,
        null,
        number,
        date,
        electronic,
        null,
        null,
        null);
  }

  public static ActionRequest returned(int version, String recipient, ReturnMethod method) {
    return new ActionRequest(
        ActionName.RETURN_RESULT,
        version,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        recipient,
        method,
        null);
  }
}
