package vn.motcua.reporting.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.audit.AuditTrail;
import vn.motcua.dossier.DossierFacts;
import vn.motcua.dossier.Dossiers;
import vn.motcua.dossier.HistoryLine;
import vn.motcua.dossier.RecordedDossier;
import vn.motcua.organization.Agency;
import vn.motcua.reporting.Statistics;

/**
 * Rebuilds the statistics of some agencies from the dossiers' history, counting each history line
 * as its event was counted: for a database restored from before the read model existed, or to prove
 * that the incremental counts never drifted.
 */
@Service
class StatisticsRebuild implements Statistics {

  private static final int PAGE = 500;

  private final Dossiers dossiers;
  private final StatisticsStore store;
  private final AuditTrail audit;

  StatisticsRebuild(Dossiers dossiers, StatisticsStore store, AuditTrail audit) {
    this.dossiers = dossiers;
    this.store = store;
    this.audit = audit;
  }

  /**
   * An administrator's rebuild of an agency's statistics (with those below it), in the audit trail.
   *
   * @return how many dossiers were counted
   */
  @Transactional
  public int rebuild(Agency agency, Set<Long> agencies, String username, String address) {
    int counted = rebuild(agencies);
    audit.record(
        username,
        address,
        "STATISTICS_REBUILT",
        agency.code().value(),
        counted + " dossiers",
        agency.id());
    return counted;
  }

  /**
   * Replaces the statistics of these agencies, in one transaction: counted in memory, then written
   * in a batch per table. Run it while no one acts on their dossiers (after a restore, at night):
   * an action committed while the history is being read could be counted twice.
   *
   * @return how many dossiers were counted
   */
  @Override
  @Transactional
  public int rebuild(Set<Long> agencies) {
    store.clear(agencies);
    Map<StatisticsStore.DailyKey, EnumMap<Counter, Integer>> daily = new HashMap<>();
    List<StatisticsStore.DossierRow> rows = new ArrayList<>();
    int counted = 0;
    long after = 0;
    List<RecordedDossier> page;
    do {
      page = dossiers.recorded(agencies, after, PAGE);
      for (RecordedDossier recorded : page) {
        if (recorded.facts().parentId() == null) {
          count(recorded, daily, rows);
          counted++;
        }
        after = recorded.facts().id();
      }
    } while (page.size() == PAGE);
    store.insertAll(agencies, daily, rows);
    return counted;
  }

  /** Counts each line of the history as its event was counted, and the dossier's row. */
  private static void count(
      RecordedDossier recorded,
      Map<StatisticsStore.DailyKey, EnumMap<Counter, Integer>> daily,
      List<StatisticsStore.DossierRow> rows) {
    DossierFacts facts = recorded.facts();
    Instant closedAt = null;
    for (HistoryLine line : recorded.history()) {
      List<Counter> counters = Counting.of(line, facts);
      if (!counters.isEmpty()) {
        EnumMap<Counter, Integer> counts =
            daily.computeIfAbsent(
                StatisticsStore.DailyKey.of(facts, line.at()), key -> new EnumMap<>(Counter.class));
        counters.forEach(counter -> counts.merge(counter, 1, Integer::sum));
      }
      closedAt = closing(line, closedAt);
    }
    if (facts.receivedAt() != null) {
      rows.add(StatisticsStore.DossierRow.of(facts, recorded.pausedAt(), closedAt));
    }
  }

  private static @Nullable Instant closing(HistoryLine line, @Nullable Instant before) {
    return switch (line.action()) {
      case "WITHDRAW", "STOP" -> line.at();
      default -> before;
    };
  }
}
