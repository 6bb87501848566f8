package vn.motcua.dossier;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The dossier after an action: its new state, where it is now, and what the officer who acted may
 * do next.
 *
 * @param childCode the code of the dossier opened at the other agency by a transfer
 */
public record Performed(
    String code,
    DossierStatus status,
    int version,
    @Nullable Instant dueAt,
    @Nullable CurrentStep step,
    List<ActionName> availableActions,
    @Nullable String childCode) {

  public Performed {
    availableActions = List.copyOf(availableActions);
  }
}
