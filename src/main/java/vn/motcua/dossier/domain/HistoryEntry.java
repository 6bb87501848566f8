package vn.motcua.dossier.domain;

import java.time.Instant;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import vn.motcua.dossier.DossierStatus;

/**
 * One line of a dossier's history: who did what when, the status before and after, the step handed
 * over (with its due instant, so that each hand-over can be judged early, on time or late) and the
 * step entered.
 *
 * @param action an {@link vn.motcua.dossier.ActionName}, or {@code RECEIVE} / {@code SUBMIT} /
 *     {@code CHILD_RETURNED} for what the system records itself
 * @param details what the action carried (supplement items, reasons, new date …) and flags such as
 *     {@code repeatedSupplement}
 */
public record HistoryEntry(
    String action,
    Instant at,
    @Nullable Long actorId,
    String actorName,
    @Nullable DossierStatus fromStatus,
    DossierStatus toStatus,
    @Nullable Step leftStep,
    @Nullable Step enteredStep,
    @Nullable String note,
    Map<String, String> details) {

  public HistoryEntry {
    details = Map.copyOf(details);
  }
}
