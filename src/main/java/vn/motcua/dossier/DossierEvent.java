package vn.motcua.dossier;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What happened to a dossier. Published in the action's transaction: listeners that keep data of
 * their own in step with the dossier (statistics, audit) listen synchronously; those that reach
 * outside (notifications) listen after commit through the event publication registry.
 */
public sealed interface DossierEvent {

  DossierFacts dossier();

  Instant at();

  /** Who acted (an officer's name, the applicant's for an online submission). */
  String actorName();

  /** Accepted: at the counter, from the online queue, or opened at another agency by a transfer. */
  record Received(DossierFacts dossier, Instant at, String actorName) implements DossierEvent {}

  /** Submitted online, waiting for reception. */
  record Submitted(DossierFacts dossier, Instant at, String actorName) implements DossierEvent {}

  /**
   * The dossier moved to another step or holder (take, assign, forward, approve, send back,
   * returned child).
   */
  record StepChanged(
      DossierFacts dossier,
      Instant at,
      String actorName,
      String action,
      @Nullable String stepName,
      @Nullable Long assigneeId)
      implements DossierEvent {}

  /**
   * A supplement was asked for.
   *
   * @param repeated the dossier had a supplement request before (the national index counts it
   *     overdue)
   */
  record SupplementRequested(
      DossierFacts dossier,
      Instant at,
      String actorName,
      List<String> items,
      String reason,
      boolean repeated)
      implements DossierEvent {}

  record SupplementReceived(DossierFacts dossier, Instant at, String actorName)
      implements DossierEvent {}

  /** Paused for the applicant's financial obligation, or resumed after it. */
  record FinancialObligation(DossierFacts dossier, Instant at, String actorName, boolean paused)
      implements DossierEvent {}

  /**
   * Refused.
   *
   * @param afterAppraisal refused by the leader after appraisal, rather than at reception
   */
  record Refused(
      DossierFacts dossier, Instant at, String actorName, String reasons, boolean afterAppraisal)
      implements DossierEvent {}

  /** Transferred to another agency (inter-agency): a linked child dossier was opened there. */
  record Transferred(
      DossierFacts dossier, Instant at, String actorName, String childCode, long childAgencyId)
      implements DossierEvent {}

  /** An apology with a new appointment (form 04). */
  record ApologyIssued(
      DossierFacts dossier,
      Instant at,
      String actorName,
      Instant previousDueAt,
      String reason,
      boolean late)
      implements DossierEvent {}

  /** The result is ready for return (status 9). */
  record ResultReady(
      DossierFacts dossier, Instant at, String actorName, String resultNumber, boolean electronic)
      implements DossierEvent {}

  /** The result was returned to the applicant (status 10). */
  record ResultReturned(DossierFacts dossier, Instant at, String actorName, ReturnMethod method)
      implements DossierEvent {}

  /** Withdrawn at the applicant's request (7) or stopped (8). */
  record Closed(DossierFacts dossier, Instant at, String actorName, String reason)
      implements DossierEvent {}
}
