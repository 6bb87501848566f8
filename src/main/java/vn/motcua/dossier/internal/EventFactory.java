package vn.motcua.dossier.internal;

import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.motcua.dossier.DossierEvent;
import vn.motcua.dossier.DossierFacts;
import vn.motcua.dossier.ReturnMethod;
import vn.motcua.dossier.domain.Dossier;
import vn.motcua.dossier.domain.HistoryEntry;
import vn.motcua.dossier.domain.Step;

/**
 * Turns what an action did (its history entry and the state after it) into the event the other
 * modules hear.
 */
public final class EventFactory {

  private EventFactory() {}

  static DossierFacts facts(Dossier dossier) {
    Step step = dossier.step();
    return new DossierFacts(
        dossier.id(),
        dossier.code(),
        dossier.agencyId(),
        dossier.receivingAgencyId(),
        dossier.parentId(),
        dossier.procedureCode(),
        dossier.fieldCode(),
        dossier.channel(),
        dossier.status(),
        dossier.receivedAt(),
        dossier.dueAt(),
        dossier.finishedAt(),
        dossier.timeliness(),
        dossier.supplementRequests(),
        step == null ? null : step.assigneeId());
  }

  /**
   * The event of an action.
   *
   * @param child the code and agency of the child opened by a transfer, {@code null} otherwise
   */
  static DossierEvent of(Dossier after, HistoryEntry entry, @Nullable Child child) {
    DossierFacts facts = facts(after);
    String actor = entry.actorName();
    String note = entry.note() == null ? "" : entry.note();
    return switch (entry.action()) {
      case "RECEIVE", "ACCEPT" -> new DossierEvent.Received(facts, entry.at(), actor);
      case "SUBMIT" -> new DossierEvent.Submitted(facts, entry.at(), actor);
      case "REQUEST_SUPPLEMENT" ->
          new DossierEvent.SupplementRequested(
              facts,
              entry.at(),
              actor,
              items(entry.details().get("items")),
              note,
              entry.details().containsKey("repeatedSupplement"));
      case "SUPPLEMENT_RECEIVED" -> new DossierEvent.SupplementReceived(facts, entry.at(), actor);
      case "PAUSE" -> new DossierEvent.FinancialObligation(facts, entry.at(), actor, true);
      case "RESUME" -> new DossierEvent.FinancialObligation(facts, entry.at(), actor, false);
      case "REFUSE" ->
          new DossierEvent.Refused(
              facts, entry.at(), actor, note, "APPRAISAL".equals(entry.details().get("stage")));
      case "TRANSFER" ->
          new DossierEvent.Transferred(facts, entry.at(), actor, child.code(), child.agencyId());
      case "APOLOGIZE" ->
          new DossierEvent.ApologyIssued(
              facts,
              entry.at(),
              actor,
              java.time.Instant.parse(entry.details().get("previousDueAt")),
              note,
              entry.details().containsKey("lateApology"));
      case "RESULT_READY" ->
          new DossierEvent.ResultReady(
              facts,
              entry.at(),
              actor,
              entry.details().get("resultNumber"),
              Boolean.parseBoolean(entry.details().get("electronic")));
      case "RETURN_RESULT" ->
          new DossierEvent.ResultReturned(
              facts, entry.at(), actor, ReturnMethod.valueOf(entry.details().get("method")));
      case "WITHDRAW", "STOP" -> new DossierEvent.Closed(facts, entry.at(), actor, note);
      default -> {
        Step entered = after.step();
        yield new DossierEvent.StepChanged(
            facts,
            entry.at(),
            actor,
            entry.action(),
            entered == null ? null : entered.name(),
            entered == null ? null : entered.assigneeId());
      }
    };
  }

  private static List<String> items(@Nullable String joined) {
    return joined == null || joined.isEmpty() ? List.of() : Arrays.asList(joined.split("\n"));
  }

  /** The child dossier a transfer opened. */
  public record Child(String code, long agencyId) {}
}
