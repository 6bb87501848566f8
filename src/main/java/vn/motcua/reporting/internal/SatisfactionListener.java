package vn.motcua.reporting.internal;

import java.time.Instant;
import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.motcua.dossier.DossierFacts;
import vn.motcua.dossier.Dossiers;
import vn.motcua.portal.DossierRated;
import vn.motcua.portal.FeedbackEvent;

/**
 * Counts ratings and feedback in the statistics, in the transaction that records them (as {@link
 * StatisticsListener} does for the dossiers' actions), under the dossier's agency, field, procedure
 * and channel.
 */
@Component
class SatisfactionListener {

  private final Dossiers dossiers;
  private final StatisticsStore store;

  SatisfactionListener(Dossiers dossiers, StatisticsStore store) {
    this.dossiers = dossiers;
    this.store = store;
  }

  @EventListener
  void on(DossierRated rated) {
    count(rated.dossier(), rated.at(), SatisfactionCounter.of(rated));
  }

  @EventListener
  void on(FeedbackEvent event) {
    String code = event.dossierCode();
    count(
        dossiers
            .get(code)
            .orElseThrow(() -> new IllegalStateException("No dossier " + code))
            .facts(),
        event.at(),
        SatisfactionCounter.of(event));
  }

  private void count(DossierFacts facts, Instant at, List<SatisfactionCounter> counters) {
    if (facts.parentId() == null) { // an inter-agency pair counts once, at the parent's agency
      store.addSatisfaction(facts, at, counters);
    }
  }
}
