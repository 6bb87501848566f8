package vn.motcua.dossier;

import java.time.Instant;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One line of a dossier's history as shown on the dossier page, the public timeline, the control
 * slip.
 *
 * @param leftStepName the step handed over by this action (with its due instant, for early / on
 *     time / late)
 * @param enteredStepHolder the officer or the queue that received the dossier
 */
public record HistoryLine(
    long id,
    Instant at,
    String action,
    @Nullable Long actorId,
    String actorName,
    @Nullable DossierStatus fromStatus,
    DossierStatus toStatus,
    @Nullable String leftStepKind,
    @Nullable String leftStepName,
    @Nullable String leftStepHolder,
    @Nullable Long leftStepAgencyId,
    @Nullable Instant leftStepStartedAt,
    @Nullable Instant leftStepDueAt,
    @Nullable String enteredStepKind,
    @Nullable String enteredStepName,
    @Nullable String enteredStepHolder,
    @Nullable Long enteredStepAgencyId,
    @Nullable Instant enteredStepDueAt,
    @Nullable String note,
    Map<String, String> details) {

  public HistoryLine {
    details = Map.copyOf(details);
  }
}
