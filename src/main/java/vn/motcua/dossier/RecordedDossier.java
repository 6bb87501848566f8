package vn.motcua.dossier;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A dossier as its record tells it, for read models rebuilt from the history: its facts now and
 * every action on it, oldest first.
 *
 * @param pausedAt since when the clock has been stopped, waiting for the applicant; {@code null}
 *     while it runs
 */
public record RecordedDossier(
    DossierFacts facts, @Nullable Instant pausedAt, List<HistoryLine> history) {

  public RecordedDossier {
    history = List.copyOf(history);
  }
}
