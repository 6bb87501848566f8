package vn.motcua.reporting.internal;

import java.util.List;
import java.util.Objects;
import vn.motcua.dossier.DossierEvent;
import vn.motcua.dossier.DossierFacts;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.dossier.HistoryLine;

/**
 * Which counters an action adds one to, told either by its event (as it happens) or by its line in
 * the dossier's history (when the read model is rebuilt): both must count alike, which the rebuild
 * test checks.
 *
 * <p>Withdrawals and stops count only for accepted dossiers: before acceptance a dossier is not in
 * any report, and Biểu 06 counts them as closed without result, so that received = settled + in
 * progress + closed without result holds.
 */
final class Counting {

  private Counting() {}

  static List<Counter> of(DossierEvent event) {
    DossierFacts facts = event.dossier();
    return switch (event) {
      case DossierEvent.Received received -> List.of(Counter.RECEIVED);
      case DossierEvent.SupplementRequested request -> supplement(request.repeated());
      case DossierEvent.Refused refused -> refusal(refused.afterAppraisal());
      case DossierEvent.ApologyIssued apology -> List.of(Counter.APOLOGIES);
      case DossierEvent.ResultReady ready -> settled(facts, ready.electronic());
      case DossierEvent.ResultReturned returned -> List.of(Counter.RETURNED);
      case DossierEvent.Closed closed -> closed(facts, facts.status() == DossierStatus.WITHDRAWN);
      case DossierEvent.Submitted submitted -> List.of();
      case DossierEvent.StepChanged changed -> List.of();
      case DossierEvent.SupplementReceived received -> List.of();
      case DossierEvent.FinancialObligation obligation -> List.of();
      case DossierEvent.Transferred transferred -> List.of();
    };
  }

  /** The counters of a history line of a dossier whose facts are now {@code facts}. */
  static List<Counter> of(HistoryLine line, DossierFacts facts) {
    return switch (line.action()) {
      case "RECEIVE", "ACCEPT" -> List.of(Counter.RECEIVED);
      case "REQUEST_SUPPLEMENT" -> supplement(line.details().containsKey("repeatedSupplement"));
      case "REFUSE" -> refusal("APPRAISAL".equals(line.details().get("stage")));
      case "APOLOGIZE" -> List.of(Counter.APOLOGIES);
      case "RESULT_READY" -> settled(facts, Boolean.parseBoolean(line.details().get("electronic")));
      case "RETURN_RESULT" -> List.of(Counter.RETURNED);
      case "WITHDRAW" -> closed(facts, true);
      case "STOP" -> closed(facts, false);
      default -> List.of();
    };
  }

  private static List<Counter> supplement(boolean repeated) {
    return repeated
        ? List.of(Counter.SUPPLEMENT_REQUESTS, Counter.REPEATED_SUPPLEMENT_REQUESTS)
        : List.of(Counter.SUPPLEMENT_REQUESTS);
  }

  private static List<Counter> refusal(boolean afterAppraisal) {
    return List.of(afterAppraisal ? Counter.REFUSED_AFTER_APPRAISAL : Counter.REFUSED_AT_RECEPTION);
  }

  /** A result is ready once: its timeliness never changes after. */
  private static List<Counter> settled(DossierFacts facts, boolean electronic) {
    Counter settled = Counter.settled(Objects.requireNonNull(facts.timeliness()));
    return electronic ? List.of(settled, Counter.ELECTRONIC_RESULTS) : List.of(settled);
  }

  private static List<Counter> closed(DossierFacts facts, boolean withdrawn) {
    if (facts.receivedAt() == null) {
      return List.of();
    }
    return List.of(withdrawn ? Counter.WITHDRAWN : Counter.STOPPED);
  }
}
