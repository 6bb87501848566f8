package vn.motcua.dossier.domain;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import vn.motcua.catalog.ProcessStep;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.security.Role;

/**
 * What each action does to a dossier. {@link #decide} first asks {@link Guards} whether the action
 * is allowed, then computes the state after it with the legal clock: the due instant of the
 * dossier, the due instant of each step from its share of the time limit, pauses that extend both
 * by the paused working time.
 */
public final class Transitions {

  private final Setting setting;

  public Transitions(Setting setting) {
    this.setting = setting;
  }

  public Decision decide(Dossier dossier, Actor actor, Action action) {
    return Guards.check(action.name(), dossier, actor, setting.process())
        .<Decision>map(rejection -> rejection)
        .orElseGet(() -> apply(dossier, actor, action));
  }

  private Decision apply(Dossier dossier, Actor actor, Action action) {
    Instant now = setting.now();
    Step step = dossier.step();
    Dossier.Builder after = dossier.toBuilder();
    Map<String, String> details = new LinkedHashMap<>();
    Step left = null;
    return switch (action) {
      case Action.Accept accept -> accept(dossier, actor, accept);
      case Action.Take take -> {
        after.step(step.assignedTo(actor.officerId(), actor.name()));
        yield done(dossier, after, actor, action, null, after.build().step(), details, null);
      }
      case Action.Assign assign -> {
        Actor assignee = assign.assignee();
        if (!Guards.inQueue(step, assignee)) {
          yield Rejection.because("assigneeNotInQueue", assignee.name());
        }
        details.put("assignee", assignee.name());
        after.step(step.assignedTo(assignee.officerId(), assignee.name()));
        yield done(dossier, after, actor, action, null, after.build().step(), details, null);
      }
      case Action.Forward forward -> handOn(dossier, actor, action);
      case Action.Approve approve -> handOn(dossier, actor, action);
      case Action.SendBack back -> sendBack(dossier, actor, back);
      case Action.RequestSupplement request -> {
        int count = dossier.supplementRequests() + 1;
        details.put("items", String.join("\n", request.items()));
        if (count > 1) {
          details.put("repeatedSupplement", "true");
        }
        after
            .status(DossierStatus.SUPPLEMENT_REQUESTED)
            .supplementRequests(count)
            .supplementRequestedBy(actor.officerId())
            .pausedAt(dossier.accepted() ? now : null);
        // The officer who asks holds the dossier, so that the supplement comes back to them (an
        // online submission's reception step as much as a process step).
        if (step != null
            && (step.kind() == StepKind.PROCESS || step.kind() == StepKind.RECEPTION)
            && !step.assigned()) {
          after.step(step.assignedTo(actor.officerId(), actor.name()));
        }
        yield done(dossier, after, actor, action, null, null, details, null);
      }
      case Action.SupplementReceived received ->
          done(
              dossier,
              supplemented(dossier, after, details),
              actor,
              action,
              null,
              null,
              details,
              null);
      case Action.Pause pause -> {
        after
            .status(DossierStatus.AWAITING_FINANCIAL_OBLIGATION)
            .pausedAt(now)
            .step(holderStep(step, actor));
        yield done(dossier, after, actor, action, null, null, details, null);
      }
      case Action.Resume resumption -> {
        resume(dossier, after, details);
        yield done(
            dossier,
            after.status(DossierStatus.PROCESSING),
            actor,
            action,
            null,
            null,
            details,
            null);
      }
      case Action.ProposeRefusal proposal -> {
        ProcessStep leader = Guards.leaderStepAfter(setting.process(), step).orElseThrow();
        left = holderStep(step, actor);
        Step entered = processStep(leader, dossier, now);
        after.refusalProposal(proposal.note()).step(entered);
        yield done(dossier, after, actor, action, left, entered, details, null);
      }
      case Action.Refuse refusal -> {
        details.put("stage", dossier.accepted() ? "APPRAISAL" : "RECEPTION");
        if (dossier.accepted()) {
          left = holderStep(step, actor);
          after.finished(now, setting.time().byInstant(now, dossier.dueAt()));
        }
        after.status(DossierStatus.REFUSED).step(null).pausedAt(null);
        yield done(dossier, after, actor, action, left, null, details, null);
      }
      case Action.Transfer transfer -> {
        ProcessStep interAgency = Guards.next(setting.process(), step).orElseThrow();
        Instant childDue = setting.time().plus(now, share(interAgency));
        left = holderStep(step, actor);
        Step entered =
            new Step(
                StepKind.OTHER_AGENCY,
                interAgency.position(),
                interAgency.name(),
                interAgency.role(),
                transfer.agencyId(),
                null,
                null,
                null,
                transfer.agencyName(),
                now,
                childDue);
        details.put("agency", transfer.agencyName());
        after.step(entered);
        yield done(
            dossier,
            after,
            actor,
            action,
            left,
            entered,
            details,
            new Transition.ChildDossier(transfer.agencyId(), childDue));
      }
      case Action.ResultReady ready -> {
        details.put("resultNumber", ready.number());
        details.put("resultDate", ready.date().toString());
        details.put("electronic", Boolean.toString(ready.electronic()));
        left = holderStep(step, actor);
        Step entered = returnStep(dossier, now);
        after
            .status(DossierStatus.SETTLED)
            .finished(now, setting.time().byInstant(now, dossier.dueAt()))
            .step(entered);
        yield done(dossier, after, actor, action, left, entered, details, null);
      }
      case Action.ReturnResult returned -> {
        details.put("recipient", returned.recipient());
        details.put("method", returned.method().name());
        after.status(DossierStatus.RETURNED).step(null);
        yield done(dossier, after, actor, action, step, null, details, null);
      }
      case Action.Apologize apology -> apologize(dossier, actor, apology);
      case Action.Withdraw withdrawal -> {
        after.status(DossierStatus.WITHDRAWN).step(null).pausedAt(null);
        yield done(dossier, after, actor, action, step, null, details, null);
      }
      case Action.Stop stop -> {
        after.status(DossierStatus.STOPPED).step(null).pausedAt(null);
        yield done(dossier, after, actor, action, step, null, details, null);
      }
    };
  }

  /**
   * A complete dossier received at the counter: accepted at once (status 2 → 4), with its
   * appointment.
   */
  public Decision receiveComplete(Dossier received, Actor actor, @Nullable String note) {
    if (setting.limit() == null) {
      return Rejection.because("noTimeLimit");
    }
    Dossier state = startProcessing(received.toBuilder(), received, setting.now()).build();
    return new Transition(
        state,
        systemEntry(
            "RECEIVE", actor.officerId(), actor.name(), null, state, state.step(), note, Map.of()),
        null);
  }

  /**
   * An incomplete dossier at the counter: a supplement request (form 02); it is not accepted yet.
   */
  public Transition receiveIncomplete(
      Dossier received, Actor actor, java.util.List<String> items, String reason) {
    Step reception = receptionStep(received).assignedTo(actor.officerId(), actor.name());
    Dossier state =
        received.toBuilder()
            .status(DossierStatus.SUPPLEMENT_REQUESTED)
            .supplementRequests(1)
            .supplementRequestedBy(actor.officerId())
            .step(reception)
            .build();
    return new Transition(
        state,
        systemEntry(
            "REQUEST_SUPPLEMENT",
            actor.officerId(),
            actor.name(),
            null,
            state,
            reception,
            reason,
            Map.of("items", String.join("\n", items))),
        null);
  }

  /** A request refused at the counter (form 03). */
  public Transition refuseAtCounter(Dossier received, Actor actor, String reasons) {
    Dossier state = received.toBuilder().status(DossierStatus.REFUSED).step(null).build();
    return new Transition(
        state,
        systemEntry(
            "REFUSE",
            actor.officerId(),
            actor.name(),
            null,
            state,
            null,
            reasons,
            Map.of("stage", "RECEPTION")),
        null);
  }

  /**
   * The applicant's supplement handed in online against the open request. Like {@link
   * Action.SupplementReceived} at the counter, the dossier goes back to where it waited, still held
   * by the officer who asked.
   */
  public Decision supplementOnline(Dossier dossier, String applicantName, @Nullable String note) {
    if (dossier.status() != DossierStatus.SUPPLEMENT_REQUESTED) {
      return Rejection.because("wrongStatus");
    }
    Map<String, String> details = new LinkedHashMap<>();
    details.put("channel", "ONLINE");
    Dossier state = supplemented(dossier, dossier.toBuilder(), details).build();
    return new Transition(
        state,
        systemEntry(
            "SUPPLEMENT_RECEIVED",
            null,
            applicantName,
            dossier.status(),
            state,
            null,
            note,
            details),
        null);
  }

  /**
   * After a supplement: an accepted dossier resumes processing with its clock extended by the wait;
   * one not yet accepted goes back to the reception queue.
   */
  private Dossier.Builder supplemented(
      Dossier dossier, Dossier.Builder after, Map<String, String> details) {
    if (dossier.accepted()) {
      resume(dossier, after, details);
      after.status(DossierStatus.PROCESSING);
    } else {
      after.status(DossierStatus.SUBMITTED);
    }
    return after.supplementRequestedBy(null);
  }

  /**
   * A dossier submitted online: it waits in the reception queue, to be accepted or refused within a
   * working day of working time from the next opening.
   */
  public Transition submitOnline(Dossier submitted, String applicantName) {
    Step reception = receptionStep(submitted);
    Dossier state = submitted.toBuilder().status(DossierStatus.SUBMITTED).step(reception).build();
    return new Transition(
        state,
        systemEntry("SUBMIT", null, applicantName, null, state, reception, null, Map.of()),
        null);
  }

  /**
   * The linked dossier opened at the other agency by a transfer, due when the inter-agency step is
   * due.
   */
  public Transition openChild(Dossier child, Instant dueAt, Actor actor, String parentCode) {
    Instant now = setting.now();
    Dossier state =
        child.toBuilder()
            .status(DossierStatus.PROCESSING)
            .receivedAt(now)
            .dueAt(dueAt)
            .originalDueAt(dueAt)
            .step(processStep(setting.process().steps().getFirst(), child, now))
            .build();
    return new Transition(
        state,
        systemEntry(
            "RECEIVE",
            actor.officerId(),
            actor.name(),
            null,
            state,
            state.step(),
            null,
            Map.of("parent", parentCode)),
        null);
  }

  /**
   * The other agency returned its result: the parent leaves the inter-agency step for the next step
   * of its process, or, when the inter-agency step was the last, goes back to the step that
   * transferred it to finish.
   */
  public Transition childReturned(Dossier parent, String childCode, String childAgencyName) {
    Step waiting = parent.step();
    int position = waiting.position();
    ProcessStep next =
        Guards.next(setting.process(), waiting)
            .orElseGet(
                () ->
                    setting.process().steps().stream()
                        .filter(s -> s.position() == position - 1)
                        .findFirst()
                        .orElseThrow());
    Step entered = processStep(next, parent, setting.now());
    Dossier state = parent.toBuilder().step(entered).build();
    return new Transition(
        state,
        systemEntry(
            "CHILD_RETURNED",
            null,
            childAgencyName,
            parent.status(),
            state,
            entered,
            null,
            Map.of("child", childCode)),
        null);
  }

  private Decision accept(Dossier dossier, Actor actor, Action action) {
    if (setting.limit() == null) {
      return Rejection.because("noTimeLimit");
    }
    Instant now = setting.now();
    Dossier.Builder after = startProcessing(dossier.toBuilder(), dossier, now);
    return done(
        dossier, after, actor, action, dossier.step(), after.build().step(), Map.of(), null);
  }

  /**
   * Accepts a dossier at {@code now}: it is received, its due instant follows from the time limit
   * (and the cut-off hour), and it enters the first step of the process, in the queue of the
   * specialists of its field.
   */
  Dossier.Builder startProcessing(Dossier.Builder after, Dossier dossier, Instant now) {
    Instant countingFrom = setting.time().countingFrom(now, setting.options());
    Instant due = setting.time().due(now, setting.limit(), setting.options());
    ProcessStep first = setting.process().steps().getFirst();
    return after
        .status(DossierStatus.PROCESSING)
        .receivedAt(now)
        .dueAt(due)
        .originalDueAt(due)
        .step(processStep(first, dossier, countingFrom));
  }

  private Decision handOn(Dossier dossier, Actor actor, Action action) {
    Instant now = setting.now();
    Step left = holderStep(dossier.step(), actor);
    ProcessStep next = Guards.next(setting.process(), dossier.step()).orElseThrow();
    Step entered = processStep(next, dossier, now);
    return done(
        dossier, dossier.toBuilder().step(entered), actor, action, left, entered, Map.of(), null);
  }

  private Decision sendBack(Dossier dossier, Actor actor, Action.SendBack back) {
    Step step = dossier.step();
    int target = back.toPosition() == null ? step.position() - 1 : back.toPosition();
    if (target < 1 || target >= step.position()) {
      return Rejection.because("noSuchEarlierStep", target);
    }
    ProcessStep earlier =
        setting.process().steps().stream()
            .filter(s -> s.position() == target)
            .findFirst()
            .orElseThrow();
    if (earlier.interAgency()) {
      return Rejection.because("noSuchEarlierStep", target);
    }
    Step entered = processStep(earlier, dossier, setting.now());
    return done(
        dossier,
        dossier.toBuilder().step(entered).refusalProposal(null),
        actor,
        back,
        holderStep(step, actor),
        entered,
        Map.of(),
        null);
  }

  private Decision apologize(Dossier dossier, Actor actor, Action.Apologize apology) {
    Instant due = dossier.dueAt();
    if (!apology.newDueAt().isAfter(due)) {
      return Rejection.because("newDateNotLater");
    }
    Map<String, String> details = new LinkedHashMap<>();
    details.put("previousDueAt", due.toString());
    details.put("newDueAt", apology.newDueAt().toString());
    boolean late =
        setting.time().elapsed(setting.now(), due).compareTo(setting.time().workingDay()) < 0;
    if (late) {
      details.put("lateApology", "true");
    }
    return done(
        dossier,
        dossier.toBuilder().dueAt(apology.newDueAt()).apologies(dossier.apologies() + 1),
        actor,
        apology,
        null,
        null,
        details,
        null);
  }

  /**
   * Restarts the clock: the dossier's and the step's due instants move by the working time the
   * dossier waited.
   */
  private void resume(Dossier dossier, Dossier.Builder after, Map<String, String> details) {
    Instant pausedAt = dossier.pausedAt();
    Instant now = setting.now();
    Duration waited = setting.time().elapsed(pausedAt, now);
    details.put("pausedWorkingMinutes", Long.toString(waited.toMinutes()));
    after.dueAt(setting.time().extend(dossier.dueAt(), pausedAt, now)).pausedAt(null);
    Step step = dossier.step();
    if (step != null && step.dueAt() != null) {
      after.step(step.withDue(setting.time().extend(step.dueAt(), pausedAt, now)));
    }
  }

  private Step processStep(ProcessStep definition, Dossier dossier, Instant start) {
    return new Step(
        StepKind.PROCESS,
        definition.position(),
        definition.name(),
        definition.role(),
        dossier.agencyId(),
        definition.departmentId(),
        definition.role() == Role.SPECIALIST ? dossier.fieldCode() : null,
        null,
        null,
        start,
        setting.time().plus(start, share(definition)));
  }

  private Step receptionStep(Dossier dossier) {
    Instant now = setting.now();
    Instant start = setting.time().countingFrom(now, setting.options());
    return new Step(
        StepKind.RECEPTION,
        0,
        null,
        Role.RECEPTION,
        dossier.receivingAgencyId(),
        null,
        null,
        null,
        null,
        now,
        setting.time().plus(start, setting.time().workingDay()));
  }

  private Step returnStep(Dossier dossier, Instant now) {
    return new Step(
        StepKind.RETURN,
        0,
        null,
        Role.RECEPTION,
        dossier.receivingAgencyId(),
        null,
        null,
        null,
        null,
        now,
        null);
  }

  /**
   * The step as handed over: an unassigned step acted on by an officer was held by that officer.
   */
  private static Step holderStep(Step step, Actor actor) {
    return step.assigned() ? step : step.assignedTo(actor.officerId(), actor.name());
  }

  private Duration share(ProcessStep step) {
    BigDecimal seconds =
        step.shareDays().multiply(BigDecimal.valueOf(setting.time().workingDay().toSeconds()));
    return Duration.ofSeconds(seconds.longValue());
  }

  private HistoryEntry systemEntry(
      String action,
      @Nullable Long actorId,
      String actorName,
      @Nullable DossierStatus from,
      Dossier state,
      @Nullable Step entered,
      @Nullable String note,
      Map<String, String> details) {
    return new HistoryEntry(
        action,
        setting.now(),
        actorId,
        actorName,
        from,
        state.status(),
        null,
        entered,
        note,
        details);
  }

  private Transition done(
      Dossier before,
      Dossier.Builder after,
      Actor actor,
      Action action,
      @Nullable Step left,
      @Nullable Step entered,
      Map<String, String> details,
      Transition.@Nullable ChildDossier child) {
    Dossier state = after.build();
    return new Transition(
        state,
        new HistoryEntry(
            action.name().name(),
            setting.now(),
            actor.officerId(),
            actor.name(),
            before.status(),
            state.status(),
            left,
            entered,
            action.note(),
            details),
        child);
  }
}
