package vn.motcua.reporting.internal;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.motcua.dossier.DossierEvent;
import vn.motcua.dossier.DossierFacts;

/**
 * Keeps the statistics in step with the dossiers: it hears each action's event synchronously, in
 * the action's own transaction, so the counts commit or roll back with the action and never lag or
 * drift (a failure here fails the action rather than leave a wrong count).
 */
@Component
class StatisticsListener {

  private final StatisticsStore store;

  StatisticsListener(StatisticsStore store) {
    this.store = store;
  }

  @EventListener
  void on(DossierEvent event) {
    DossierFacts facts = event.dossier();
    if (facts.parentId() != null) {
      return; // an inter-agency pair counts once, at the parent's agency
    }
    store.add(facts, event.at(), Counting.of(event));
    if (facts.receivedAt() != null) {
      store.keep(
          facts,
          event instanceof DossierEvent.Received,
          facts.status().paused() ? event.at() : null,
          event.at());
    }
  }
}
