package vn.motcua.dossier.internal;

import java.time.LocalDate;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import vn.motcua.catalog.Catalog;
import vn.motcua.catalog.Offer;
import vn.motcua.catalog.ProcessStep;
import vn.motcua.catalog.ProcessVersion;
import vn.motcua.dossier.DossierException;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.dossier.ReturnMethod;
import vn.motcua.dossier.domain.Action;
import vn.motcua.dossier.domain.Actor;
import vn.motcua.dossier.domain.Dossier;
import vn.motcua.dossier.domain.Rejection;
import vn.motcua.dossier.domain.Transition;
import vn.motcua.organization.Agency;
import vn.motcua.security.Role;
import vn.motcua.shared.Instants;

/**
 * Inter-agency dossiers (liên thông): a transfer opens a linked child dossier at the other agency,
 * with that agency's own process and a due instant from the inter-agency step's share; when the
 * child's result is ready, it goes back to the parent, which moves on. Both happen in the
 * transaction of the action that causes them.
 */
@Component
public class InterAgency {

  private final DossierStore store;
  private final DossierRepository dossiers;
  private final Catalog catalog;
  private final Rules rules;
  private final ReceptionSupport reception;
  private final DossierNumbering numbering;
  private final java.time.Clock clock;

  InterAgency(
      DossierStore store,
      DossierRepository dossiers,
      Catalog catalog,
      Rules rules,
      ReceptionSupport reception,
      DossierNumbering numbering,
      java.time.Clock clock) {
    this.store = store;
    this.dossiers = dossiers;
    this.catalog = catalog;
    this.rules = rules;
    this.reception = reception;
    this.numbering = numbering;
    this.clock = clock;
  }

  /**
   * The agency a dossier is transferred to: the one asked for, or the one the process names for its
   * next step. It must be another active agency of the same province that offers the procedure.
   */
  public Agency target(@Nullable String agencyCode, Dossier dossier, ProcessVersion process) {
    String code = agencyCode;
    if (code == null || code.isBlank()) {
      code =
          process.steps().stream()
              .filter(s -> dossier.step() != null && s.position() == dossier.step().position() + 1)
              .map(ProcessStep::otherAgencyCode)
              .filter(java.util.Objects::nonNull)
              .findFirst()
              .orElseThrow(
                  () -> new DossierException.Invalid("agency", "dossier.invalid.required"));
    }
    Agency agency = reception.agency(code);
    if (agency.id() == dossier.agencyId()) {
      throw new DossierException.Invalid("agency", "dossier.invalid.sameAgency");
    }
    if (reception.provinceOf(agency) != reception.provinceOf(dossier.agencyId())) {
      throw new DossierException.Invalid("agency", "dossier.invalid.otherProvince", agency.name());
    }
    offer(agency, dossier.procedureCode());
    return agency;
  }

  /** Opens the child dossier of a transfer; returns its code. */
  public String open(
      StoredDossier parent,
      Transition transfer,
      Actor actor,
      String username,
      @Nullable String address) {
    Transition.ChildDossier request = transfer.child();
    Agency agency = reception.agency(request.agencyId());
    Offer offer = offer(agency, parent.state().procedureCode());
    Dossier skeleton =
        new Dossier(
            0,
            numbering.next(
                agency.id(),
                agency.code().value(),
                LocalDate.ofInstant(clock.instant(), Instants.VIETNAM)),
            agency.id(),
            parent.state().agencyId(),
            parent.state().id(),
            parent.state().procedureCode(),
            parent.state().fieldCode(),
            parent.state().channel(),
            DossierStatus.PROCESSING,
            null,
            null,
            null,
            null,
            0,
            0,
            null,
            null,
            null,
            null,
            null,
            offer.process().id(),
            0);
    Transition opened =
        rules
            .transitions(offer.process(), agency.code().value(), parent.limit(), null)
            .openChild(skeleton, request.dueAt(), actor, parent.state().code());
    NewDossierRow row =
        dossiers.childRow(parent.state().id(), agency.code().value(), numbering.lookupPin());
    Dossier child = store.create(row, opened, username, address);
    return child.code();
  }

  public EventFactory.Child child(String code) {
    Dossier child = dossiers.find(code).orElseThrow().state();
    return new EventFactory.Child(child.code(), child.agencyId());
  }

  /**
   * The child's result is ready: the child is handed back to the parent agency (status 10,
   * electronically) and the parent leaves its inter-agency step.
   */
  public void returnToParent(Dossier child, String username, @Nullable String address) {
    StoredDossier parent = store.byId(child.parentId());
    Agency parentAgency = reception.agency(parent.state().agencyId());
    StoredDossier settled = store.byId(child.id());
    Actor system = new Actor(0, parentAgency.name(), Set.of(Role.RECEPTION), Set.of());
    Transition handedBack =
        switch (rules
            .transitions(settled)
            .decide(
                settled.state(),
                system,
                new Action.ReturnResult(parentAgency.name(), ReturnMethod.ELECTRONIC, null))) {
          case Transition done -> done;
          case Rejection rejection ->
              throw new IllegalStateException(
                  "Cannot hand back " + child.code() + ": " + rejection.reason());
        };
    store.apply(settled, handedBack, null, username, address);
    Agency childAgency = reception.agency(child.agencyId());
    Transition resumed =
        rules.transitions(parent).childReturned(parent.state(), child.code(), childAgency.name());
    store.apply(parent, resumed, null, username, address);
  }

  private Offer offer(Agency agency, String procedureCode) {
    return catalog
        .offer(agency.id(), procedureCode)
        .orElseThrow(
            () ->
                new DossierException.Invalid(
                    "agency", "dossier.invalid.notOffered", procedureCode, agency.name()));
  }
}
