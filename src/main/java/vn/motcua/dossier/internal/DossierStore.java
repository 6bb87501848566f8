package vn.motcua.dossier.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import vn.motcua.audit.AuditTrail;
import vn.motcua.dossier.DossierException;
import vn.motcua.dossier.HistoryLine;
import vn.motcua.dossier.domain.Dossier;
import vn.motcua.dossier.domain.HistoryEntry;
import vn.motcua.dossier.domain.Transition;

/**
 * Writes what an action did, all in the caller's transaction: the dossier row (with the optimistic
 * version check), the history entry, the audit entry and the event. Either all of it is stored or
 * none.
 */
@Component
public class DossierStore {

  private final DossierRepository dossiers;
  private final HistoryRepository history;
  private final AuditTrail audit;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  DossierStore(
      DossierRepository dossiers,
      HistoryRepository history,
      AuditTrail audit,
      ApplicationEventPublisher events,
      Clock clock) {
    this.dossiers = dossiers;
    this.history = history;
    this.audit = audit;
    this.events = events;
    this.clock = clock;
  }

  /**
   * The dossier with this code, if the officer may see it; otherwise the same answer as for no
   * dossier at all.
   */
  public StoredDossier visible(String code, vn.motcua.security.SignedInOfficer officer) {
    return dossiers
        .find(code)
        .filter(stored -> Rules.visible(officer, stored.state()))
        .orElseThrow(() -> new DossierException.NotFound(code));
  }

  public StoredDossier byId(long id) {
    return dossiers.find(id).orElseThrow(() -> new IllegalStateException("No dossier " + id));
  }

  public List<HistoryLine> history(long dossierId) {
    return history.of(dossierId);
  }

  /**
   * A page of the dossiers settled by these agencies with their facts now and their history, in id
   * order after {@code afterId}.
   */
  public List<vn.motcua.dossier.RecordedDossier> recorded(
      java.util.Collection<Long> agencies, long afterId, int limit) {
    List<Dossier> page =
        dossiers.ofAgencies(agencies, afterId, limit).stream().map(StoredDossier::state).toList();
    java.util.Map<Long, List<HistoryLine>> histories =
        history.of(page.stream().map(Dossier::id).toList());
    return page.stream()
        .map(
            state ->
                new vn.motcua.dossier.RecordedDossier(
                    EventFactory.facts(state),
                    state.pausedAt(),
                    histories.getOrDefault(state.id(), List.of())))
        .toList();
  }

  public List<HistoryLine> processStepsLeft(
      java.util.Collection<Long> agencies, Instant from, Instant to) {
    return history.processStepsLeft(agencies, from, to);
  }

  /** Stores a new dossier and its first history entry; returns the stored state (with its id). */
  public Dossier create(
      NewDossierRow row, Transition transition, String username, @Nullable String address) {
    Instant now = clock.instant();
    Dossier stored = transition.after().stored(dossiers.insert(row, transition.after(), now));
    record(stored, transition.entry(), null, username, address);
    return stored;
  }

  /**
   * Stores the state after an action on a loaded dossier.
   *
   * @throws DossierException.Conflict when another action changed the dossier since it was loaded
   */
  public Dossier apply(
      StoredDossier before,
      Transition transition,
      EventFactory.@Nullable Child child,
      String username,
      @Nullable String address) {
    return apply(before, transition, child, username, address, Recorded.NOTHING);
  }

  /**
   * As {@link #apply(StoredDossier, Transition, EventFactory.Child, String, String)}, recording
   * what the action adds beside the state in the same update.
   */
  public Dossier apply(
      StoredDossier before,
      Transition transition,
      EventFactory.@Nullable Child child,
      String username,
      @Nullable String address,
      Recorded recorded) {
    if (!dossiers.update(transition.after(), clock.instant(), recorded)) {
      throw stale(before.state().code());
    }
    Dossier stored = transition.after().nextVersion();
    record(stored, transition.entry(), child, username, address);
    return stored;
  }

  /**
   * The answer to a stale version: the current version and the last change, so the officer sees
   * what happened.
   */
  public DossierException.Conflict stale(String code) {
    StoredDossier current =
        dossiers.find(code).orElseThrow(() -> new DossierException.NotFound(code));
    List<HistoryLine> lines = history.of(current.state().id());
    return new DossierException.Conflict(
        "dossier.error.stale",
        current.state().version(),
        lines.isEmpty() ? null : lines.getLast(),
        code);
  }

  private void record(
      Dossier stored,
      HistoryEntry entry,
      EventFactory.@Nullable Child child,
      String username,
      @Nullable String address) {
    history.append(stored.id(), entry, address);
    audit.record(
        username,
        address,
        "DOSSIER_" + entry.action(),
        stored.code(),
        entry.note(),
        stored.agencyId());
    events.publishEvent(EventFactory.of(stored, entry, child));
  }
}
