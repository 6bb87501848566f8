package vn.motcua.dossier.domain;

import org.jspecify.annotations.Nullable;

/**
 * What an action did: the dossier after it, the history entry, and for a transfer the child dossier
 * to create at the other agency.
 */
public record Transition(Dossier after, HistoryEntry entry, @Nullable ChildDossier child)
    implements Decision {

  /**
   * A linked dossier to open at another agency, due at {@code dueAt} (the inter-agency step's
   * share).
   */
  public record ChildDossier(long agencyId, java.time.Instant dueAt) {}
}
