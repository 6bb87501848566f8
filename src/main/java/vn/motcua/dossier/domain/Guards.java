package vn.motcua.dossier.domain;

import static vn.motcua.dossier.DossierStatus.AWAITING_FINANCIAL_OBLIGATION;
import static vn.motcua.dossier.DossierStatus.PROCESSING;
import static vn.motcua.dossier.DossierStatus.SETTLED;
import static vn.motcua.dossier.DossierStatus.SUBMITTED;
import static vn.motcua.dossier.DossierStatus.SUPPLEMENT_REQUESTED;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import vn.motcua.catalog.ProcessStep;
import vn.motcua.catalog.ProcessVersion;
import vn.motcua.dossier.ActionName;
import vn.motcua.security.Role;

/**
 * Who may perform which action in which status and step. An officer acts on the current step when
 * he or she holds it, or when nobody holds it yet and the officer belongs to its queue (the step's
 * role and, for a specialist, the field): acting on it then takes it.
 */
public final class Guards {

  private Guards() {}

  /** The actions the actor may perform now, in declaration order. */
  public static List<ActionName> available(Dossier dossier, Actor actor, ProcessVersion process) {
    return Arrays.stream(ActionName.values())
        .filter(action -> check(action, dossier, actor, process).isEmpty())
        .toList();
  }

  /** Why the actor may not perform the action now; empty when allowed. */
  public static Optional<Rejection> check(
      ActionName action, Dossier dossier, Actor actor, ProcessVersion process) {
    if (dossier.status().terminal()) {
      return reject("terminal");
    }
    Step step = dossier.step();
    boolean processing = dossier.status() == PROCESSING && step != null;
    boolean processStep = processing && step.kind() == StepKind.PROCESS;
    return switch (action) {
      case ACCEPT ->
          require(dossier.status() == SUBMITTED, "wrongStatus")
              .or(() -> require(actor.has(Role.RECEPTION), "receptionOnly"));
      case TAKE ->
          require(processStep, "notAtProcessStep")
              .or(() -> require(!step.assigned(), "alreadyTaken", step.assigneeName()))
              .or(() -> require(inQueue(step, actor), "notInQueue"));
      case ASSIGN ->
          require(processStep, "notAtProcessStep")
              .or(() -> require(actor.has(Role.LEADER), "leaderOnly"));
      case FORWARD, APPROVE -> handOn(action, dossier, actor, process);
      case SEND_BACK ->
          holding(dossier, actor).or(() -> require(step.position() > 1, "noEarlierStep"));
      case REQUEST_SUPPLEMENT ->
          dossier.status() == SUBMITTED
              ? require(actor.has(Role.RECEPTION), "receptionOnly")
              : holding(dossier, actor);
      case SUPPLEMENT_RECEIVED ->
          require(dossier.status() == SUPPLEMENT_REQUESTED, "wrongStatus")
              .or(
                  () ->
                      require(
                          actor.has(Role.RECEPTION)
                              || Long.valueOf(actor.officerId())
                                  .equals(dossier.supplementRequestedBy()),
                          "receptionOrRequester"));
      case PAUSE -> holding(dossier, actor);
      case RESUME ->
          require(dossier.status() == AWAITING_FINANCIAL_OBLIGATION, "wrongStatus")
              .or(
                  () ->
                      require(
                          actor.has(Role.RECEPTION) || holds(step, actor), "receptionOrHolder"));
      case PROPOSE_REFUSAL ->
          holding(dossier, actor)
              .or(() -> require(step.role() == Role.SPECIALIST, "specialistOnly"))
              .or(() -> require(dossier.refusalProposal() == null, "refusalPending"))
              .or(() -> require(leaderStepAfter(process, step).isPresent(), "noLeaderStep"));
      case REFUSE ->
          dossier.accepted()
              ? holding(dossier, actor)
                  .or(() -> require(dossier.refusalProposal() != null, "noRefusalProposed"))
                  .or(() -> require(step.role() == Role.LEADER, "leaderOnly"))
              : require(
                      dossier.status() == SUBMITTED || dossier.status() == SUPPLEMENT_REQUESTED,
                      "wrongStatus")
                  .or(() -> require(actor.has(Role.RECEPTION), "receptionOnly"));
      case TRANSFER ->
          holding(dossier, actor)
              .or(
                  () ->
                      require(
                          next(process, step).map(ProcessStep::interAgency).orElse(false),
                          "nextStepNotInterAgency"));
      case RESULT_READY ->
          holding(dossier, actor)
              .or(() -> require(next(process, step).isEmpty(), "notLastStep"))
              .or(() -> require(dossier.refusalProposal() == null, "refusalPending"));
      case RETURN_RESULT ->
          require(dossier.status() == SETTLED, "wrongStatus")
              .or(() -> require(actor.has(Role.RECEPTION), "receptionOnly"));
      case APOLOGIZE ->
          require(dossier.accepted() && beforeResult(dossier), "wrongStatus")
              .or(() -> require(actor.has(Role.LEADER), "leaderOnly"));
      case WITHDRAW, STOP ->
          require(beforeResult(dossier), "wrongStatus")
              .or(
                  () ->
                      require(
                          step == null || step.kind() != StepKind.OTHER_AGENCY, "atOtherAgency"))
              .or(
                  () ->
                      require(
                          actor.has(Role.RECEPTION) || actor.has(Role.LEADER),
                          "receptionOrLeader"));
    };
  }

  /**
   * Whether the officer belongs to the queue of the step: its role and, for a specialist's step,
   * its field.
   */
  public static boolean inQueue(Step step, Actor actor) {
    return actor.has(step.role())
        && (step.role() != Role.SPECIALIST
            || step.fieldCode() == null
            || actor.fields().contains(step.fieldCode()));
  }

  /** Whether the officer holds the step, or may take it by acting on it. */
  static boolean holds(Step step, Actor actor) {
    return step.kind() == StepKind.PROCESS
        && (step.assigned() ? step.assigneeId() == actor.officerId() : inQueue(step, actor));
  }

  static Optional<ProcessStep> next(ProcessVersion process, Step step) {
    return process.steps().stream().filter(s -> s.position() == step.position() + 1).findFirst();
  }

  static Optional<ProcessStep> leaderStepAfter(ProcessVersion process, Step step) {
    return process.steps().stream()
        .filter(s -> s.position() > step.position() && s.role() == Role.LEADER && !s.interAgency())
        .findFirst();
  }

  private static Optional<Rejection> handOn(
      ActionName action, Dossier dossier, Actor actor, ProcessVersion process) {
    Step step = dossier.step();
    return holding(dossier, actor)
        .or(
            () ->
                action == ActionName.APPROVE
                    ? require(step.role() == Role.LEADER, "leaderOnly")
                    : require(step.role() != Role.LEADER, "leaderApproves"))
        .or(() -> require(dossier.refusalProposal() == null, "refusalPending"))
        .or(() -> require(next(process, step).isPresent(), "lastStep"))
        .or(() -> require(!next(process, step).get().interAgency(), "nextStepInterAgency"));
  }

  private static Optional<Rejection> holding(Dossier dossier, Actor actor) {
    Step step = dossier.step();
    return require(dossier.status() == PROCESSING && step != null, "wrongStatus")
        .or(() -> require(step.kind() == StepKind.PROCESS, "notAtProcessStep"))
        .or(
            () ->
                step.assigned()
                    ? require(holds(step, actor), "notHolder", step.assigneeName())
                    : require(holds(step, actor), "notInQueue"));
  }

  private static boolean beforeResult(Dossier dossier) {
    return switch (dossier.status()) {
      case SUBMITTED, PROCESSING, SUPPLEMENT_REQUESTED, AWAITING_FINANCIAL_OBLIGATION -> true;
      default -> false;
    };
  }

  private static Optional<Rejection> require(
      boolean condition, String reason, Object... arguments) {
    return condition ? Optional.empty() : Optional.of(Rejection.because(reason, arguments));
  }

  private static Optional<Rejection> reject(String reason) {
    return Optional.of(Rejection.because(reason));
  }
}
