package vn.motcua.dossier;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.dossier.domain.Action;
import vn.motcua.dossier.domain.Actor;
import vn.motcua.dossier.domain.Dossier;
import vn.motcua.dossier.domain.Guards;
import vn.motcua.dossier.domain.Rejection;
import vn.motcua.dossier.domain.Transition;
import vn.motcua.dossier.domain.Transitions;
import vn.motcua.dossier.internal.CurrentSteps;
import vn.motcua.dossier.internal.DossierStore;
import vn.motcua.dossier.internal.InterAgency;
import vn.motcua.dossier.internal.Papers;
import vn.motcua.dossier.internal.Rules;
import vn.motcua.organization.Agency;
import vn.motcua.security.Account;
import vn.motcua.security.AccountStore;
import vn.motcua.security.Role;
import vn.motcua.security.SignedInOfficer;
import vn.motcua.shared.Instants;

/**
 * Performs actions on dossiers: one transaction each, with the optimistic version check that makes
 * exactly one of two simultaneous actions win and tells the other what changed.
 */
@Service
public class DossierActions {

  private final DossierStore dossiers;
  private final Rules rules;
  private final InterAgency interAgency;
  private final AccountStore accounts;
  private final Papers papers;
  private final Clock clock;

  DossierActions(
      DossierStore dossiers,
      Rules rules,
      InterAgency interAgency,
      AccountStore accounts,
      Papers papers,
      Clock clock) {
    this.dossiers = dossiers;
    this.rules = rules;
    this.interAgency = interAgency;
    this.accounts = accounts;
    this.papers = papers;
    this.clock = clock;
  }

  /** The actions the officer may perform on the dossier now. */
  @Transactional(readOnly = true)
  public List<ActionName> available(String code, SignedInOfficer officer) {
    Dossier dossier = dossiers.visible(code, officer).state();
    return Guards.available(
        dossier, Rules.actor(officer, dossier), rules.process(dossier.processVersionId()));
  }

  @Transactional
  public Performed perform(
      String code, ActionRequest request, SignedInOfficer officer, @Nullable String address) {
    var stored = dossiers.visible(code, officer);
    Dossier dossier = stored.state();
    if (dossier.version() != request.version()) {
      throw dossiers.stale(code);
    }
    Actor actor = Rules.actor(officer, dossier);
    Transitions transitions = rules.transitions(stored);
    Action action = action(request, dossier);
    Transition transition =
        switch (transitions.decide(dossier, actor, action)) {
          case Transition done -> done;
          case Rejection rejection -> throw notAllowed(rejection, dossier);
        };
    String childCode = null;
    if (transition.child() != null) {
      childCode = interAgency.open(stored, transition, actor, officer.getUsername(), address);
    }
    Dossier after =
        dossiers.apply(
            stored,
            transition,
            childCode == null ? null : interAgency.child(childCode),
            officer.getUsername(),
            address);
    switch (action) {
      case Action.ResultReady ready -> {
        dossiers.recordResult(after.id(), ready.number(), ready.date(), ready.electronic());
        if (after.parentId() != null) {
          interAgency.returnToParent(after, officer.getUsername(), address);
          after = dossiers.byId(after.id()).state();
        }
      }
      case Action.ReturnResult returned ->
          dossiers.recordReturn(
              after.id(), clock.instant(), returned.method().name(), returned.recipient());
      default -> {}
    }
    return new Performed(
        after.code(),
        after.status(),
        after.version(),
        after.dueAt(),
        CurrentSteps.of(after.step()),
        Guards.available(
            after, Rules.actor(officer, after), rules.process(after.processVersionId())),
        childCode);
  }

  /**
   * The applicant's supplement handed in online, with the files of the missing papers: the dossier
   * goes back to the officer who asked for it. The caller has made sure the applicant is asking
   * (code and PIN, or a signed-in citizen's own dossier); {@code dossier} is what the applicant
   * saw, so that a change in between (a refusal, say) is not overridden.
   */
  @Transactional
  public void supplementOnline(
      DossierDetails dossier, List<Scan> scans, @Nullable String note, @Nullable String address) {
    var stored = dossiers.byId(dossier.id());
    if (stored.state().version() != dossier.version()) {
      throw dossiers.stale(dossier.code());
    }
    Transition transition =
        switch (rules
            .transitions(stored)
            .supplementOnline(stored.state(), dossier.applicant().name(), blankToNull(note))) {
          case Transition done -> done;
          case Rejection rejection -> throw notAllowed(rejection, stored.state());
        };
    dossiers.apply(stored, transition, null, DossierReception.CITIZEN, address);
    for (Scan scan : scans) {
      papers.attach(
          dossier.id(),
          StoredFile.COMPONENT,
          scan.component(),
          scan.fileName(),
          scan.content(),
          DossierReception.CITIZEN);
    }
  }

  private Action action(ActionRequest request, Dossier dossier) {
    String note = blankToNull(request.note());
    return switch (request.action()) {
      case ACCEPT -> new Action.Accept(note);
      case TAKE -> new Action.Take(note);
      case ASSIGN -> assign(request, dossier, note);
      case FORWARD -> new Action.Forward(note);
      case SEND_BACK -> new Action.SendBack(request.toStep(), required("note", note));
      case REQUEST_SUPPLEMENT -> {
        List<String> items =
            request.items() == null
                ? List.of()
                : request.items().stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
        if (items.isEmpty()) {
          throw new DossierException.Invalid("items", "dossier.invalid.required");
        }
        yield new Action.RequestSupplement(items, required("note", note));
      }
      case SUPPLEMENT_RECEIVED -> new Action.SupplementReceived(note);
      case PAUSE -> new Action.Pause(required("note", note));
      case RESUME -> new Action.Resume(note);
      case PROPOSE_REFUSAL -> new Action.ProposeRefusal(required("note", note));
      case REFUSE -> new Action.Refuse(required("note", note));
      case APPROVE -> new Action.Approve(note);
      case TRANSFER -> {
        Agency agency =
            interAgency.target(
                request.agency(), dossier, rules.process(dossier.processVersionId()));
        yield new Action.Transfer(agency.id(), agency.name(), note);
      }
      case RESULT_READY ->
          new Action.ResultReady(
              required("resultNumber", blankToNull(request.resultNumber())),
              request.resultDate() == null
                  ? LocalDate.ofInstant(clock.instant(), Instants.VIETNAM)
                  : request.resultDate(),
              Boolean.TRUE.equals(request.electronic()),
              note);
      case RETURN_RESULT -> {
        if (request.returnMethod() == null) {
          throw new DossierException.Invalid("returnMethod", "dossier.invalid.required");
        }
        yield new Action.ReturnResult(
            required("recipient", blankToNull(request.recipient())), request.returnMethod(), note);
      }
      case APOLOGIZE -> {
        if (request.newDueAt() == null) {
          throw new DossierException.Invalid("newDueAt", "dossier.invalid.required");
        }
        yield new Action.Apologize(request.newDueAt(), required("note", note));
      }
      case WITHDRAW -> new Action.Withdraw(required("note", note));
      case STOP -> new Action.Stop(required("note", note));
    };
  }

  /** Resolves the officer a step is given to, with the roles that cover the step's agency. */
  private Action.Assign assign(ActionRequest request, Dossier dossier, @Nullable String note) {
    String username = required("assignee", blankToNull(request.assignee()));
    Account account =
        accounts
            .findByUsername(username)
            .filter(Account::active)
            .orElseThrow(
                () ->
                    new DossierException.Invalid(
                        "assignee", "dossier.invalid.unknownOfficer", username));
    long agency = dossier.step() == null ? dossier.agencyId() : dossier.step().agencyId();
    Set<Role> roles =
        account.scope().entrySet().stream()
            .filter(e -> e.getValue().contains(agency))
            .map(java.util.Map.Entry::getKey)
            .collect(java.util.stream.Collectors.toSet());
    return new Action.Assign(
        new Actor(account.officerId(), account.fullName(), roles, account.fields()), note);
  }

  private static DossierException.Conflict notAllowed(Rejection rejection, Dossier dossier) {
    return new DossierException.Conflict(
        "dossier.rejection." + rejection.reason(), dossier.version(), null, rejection.arguments());
  }

  private static String required(String field, @Nullable String value) {
    if (value == null) {
      throw new DossierException.Invalid(field, "dossier.invalid.required");
    }
    return value;
  }

  private static @Nullable String blankToNull(@Nullable String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
