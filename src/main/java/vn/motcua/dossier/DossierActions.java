package vn.motcua.dossier;

import java.time.Clock;
import java.util.List;
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
import vn.motcua.dossier.internal.ActionRequests;
import vn.motcua.dossier.internal.CurrentSteps;
import vn.motcua.dossier.internal.DossierStore;
import vn.motcua.dossier.internal.InterAgency;
import vn.motcua.dossier.internal.Papers;
import vn.motcua.dossier.internal.Recorded;
import vn.motcua.dossier.internal.Rules;
import vn.motcua.security.SignedInOfficer;

/**
 * Performs actions on dossiers: one transaction each, with the optimistic version check that makes
 * exactly one of two simultaneous actions win and tells the other what changed.
 */
@Service
public class DossierActions {

  private final DossierStore dossiers;
  private final Rules rules;
  private final InterAgency interAgency;
  private final ActionRequests requests;
  private final Papers papers;
  private final Clock clock;

  DossierActions(
      DossierStore dossiers,
      Rules rules,
      InterAgency interAgency,
      ActionRequests requests,
      Papers papers,
      Clock clock) {
    this.dossiers = dossiers;
    this.rules = rules;
    this.interAgency = interAgency;
    this.requests = requests;
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
    Action action = requests.action(request, dossier, clock.instant());
    Transition transition =
        switch (transitions.decide(dossier, actor, action)) {
          case Transition done -> done;
          case Rejection rejection -> throw notAllowed(rejection, dossier);
        };
    String childCode = null;
    if (transition.child() != null) {
      childCode = interAgency.open(stored, transition, actor, officer.getUsername(), address);
    }
    Recorded recorded =
        switch (action) {
          case Action.ResultReady ready ->
              Recorded.result(ready.number(), ready.date(), ready.electronic());
          case Action.ReturnResult returned ->
              Recorded.returned(clock.instant(), returned.method().name(), returned.recipient());
          default -> Recorded.NOTHING;
        };
    Dossier after =
        dossiers.apply(
            stored,
            transition,
            childCode == null ? null : interAgency.child(childCode),
            officer.getUsername(),
            address,
            recorded);
    if (action instanceof Action.ResultReady && after.parentId() != null) {
      interAgency.returnToParent(after, officer.getUsername(), address);
      after = dossiers.byId(after.id()).state();
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
            .supplementOnline(
                stored.state(), dossier.applicant().name(), ActionRequests.blankToNull(note))) {
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

  private static DossierException.Conflict notAllowed(Rejection rejection, Dossier dossier) {
    return new DossierException.Conflict(
        "dossier.rejection." + rejection.reason(), dossier.version(), null, rejection.arguments());
  }
}
