package vn.motcua.dossier;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.calendar.DeadlineOptions;
import vn.motcua.calendar.TimeLimit;
import vn.motcua.catalog.Catalog;
import vn.motcua.catalog.Offer;
import vn.motcua.catalog.Procedure;
import vn.motcua.dossier.DossierException.FieldProblem;
import vn.motcua.dossier.domain.Actor;
import vn.motcua.dossier.domain.ApplicantRules;
import vn.motcua.dossier.domain.Decision;
import vn.motcua.dossier.domain.Dossier;
import vn.motcua.dossier.domain.Rejection;
import vn.motcua.dossier.domain.Transition;
import vn.motcua.dossier.domain.Transitions;
import vn.motcua.dossier.internal.Papers;
import vn.motcua.dossier.internal.ReceptionSupport;
import vn.motcua.organization.Agency;
import vn.motcua.security.Role;
import vn.motcua.security.SignedInOfficer;
import vn.motcua.shared.Instants;

/**
 * Registers dossiers: received at the counter (accepted with an appointment, incomplete with a
 * supplement request, or refused), or submitted online to wait in the reception queue. Each
 * registration is one transaction that numbers the dossier, stores it with its checklist and first
 * history entry, and publishes its event.
 */
@Service
public class DossierReception {

  /** What the reception officer decided at the counter. */
  public enum Outcome {
    ACCEPT,
    REQUEST_SUPPLEMENT,
    REFUSE
  }

  /** The appointment a dossier received now would get, shown to the officer before confirming. */
  public record Preview(Instant receivedAt, Instant countingFrom, Instant dueAt, TimeLimit limit) {}

  /** The user name recorded for what applicants do online themselves. */
  public static final String CITIZEN = "citizen";

  private final ReceptionSupport support;
  private final Papers papers;
  private final Catalog catalog;
  private final Clock clock;

  DossierReception(ReceptionSupport support, Papers papers, Catalog catalog, Clock clock) {
    this.support = support;
    this.papers = papers;
    this.catalog = catalog;
    this.clock = clock;
  }

  /**
   * The appointment the dossier would get if accepted now, or empty when the procedure has no time
   * limit.
   */
  public Optional<Preview> preview(Intake intake, SignedInOfficer officer) {
    Agency agency = support.settlingAgency(intake.agencyCode(), officer);
    Procedure procedure = procedure(intake.procedureCode());
    offer(agency, procedure);
    return procedure
        .timeLimit(intake.channel())
        .map(
            limit -> {
              Instant now = clock.instant();
              var time = support.workingTime(agency);
              DeadlineOptions options = new DeadlineOptions(procedure.cutoff());
              return new Preview(
                  now, time.countingFrom(now, options), time.due(now, limit, options), limit);
            });
  }

  /**
   * Registers a dossier received at the counter with the officer's decision and the scans handed in
   * with it, all in one transaction: a scan that is not what it claims to be refuses the whole
   * registration.
   */
  @Transactional
  public Registered receive(
      Intake typed,
      Outcome outcome,
      List<String> missingItems,
      @Nullable String reason,
      List<Scan> scans,
      SignedInOfficer officer,
      @Nullable String address) {
    Intake intake = typed.normalised();
    Agency agency = support.settlingAgency(intake.agencyCode(), officer);
    Procedure procedure = procedure(intake.procedureCode());
    Offer offer = offer(agency, procedure);
    List<FieldProblem> problems = new ArrayList<>(check(intake));
    if (outcome == Outcome.REQUEST_SUPPLEMENT && missingItems.isEmpty()) {
      problems.add(new FieldProblem("missingItems", "dossier.invalid.required"));
    }
    if (outcome != Outcome.ACCEPT && (reason == null || reason.isBlank())) {
      problems.add(new FieldProblem("reason", "dossier.invalid.required"));
    }
    TimeLimit limit = procedure.timeLimit(intake.channel()).orElse(null);
    if (outcome == Outcome.ACCEPT && limit == null) {
      problems.add(new FieldProblem("procedureCode", "dossier.invalid.noTimeLimit"));
    }
    if (!problems.isEmpty()) {
      throw new DossierException.Invalid(problems);
    }
    long receivingAgency = officer.agencyId();
    Transitions rules = support.rules(offer, agency, limit, procedure.cutoff());
    Dossier received = support.newDossier(intake, procedure, offer, agency, receivingAgency);
    Actor actor =
        new Actor(
            officer.officerId(),
            officer.fullName(),
            java.util.Set.of(Role.RECEPTION),
            officer.fields());
    Transition transition =
        switch (outcome) {
          case ACCEPT -> accepted(rules.receiveComplete(received, actor, intake.note()));
          case REQUEST_SUPPLEMENT ->
              rules.receiveIncomplete(
                  received, actor, missingItems, Objects.requireNonNull(reason));
          case REFUSE -> rules.refuseAtCounter(received, actor, Objects.requireNonNull(reason));
        };
    Registered registered =
        support.register(
            intake,
            agency,
            procedure,
            limit,
            transition,
            officer.officerId(),
            officer.getUsername(),
            address,
            null);
    for (Scan scan : scans) {
      papers.attach(
          registered.id(),
          StoredFile.COMPONENT,
          scan.component(),
          scan.fileName(),
          scan.content(),
          officer.getUsername());
    }
    return registered;
  }

  /**
   * Registers a dossier submitted online with the files uploaded for its components; it waits in
   * the settling agency's reception queue (status 1). A file that is not what it claims to be
   * refuses the whole submission. Submitting twice with the same key (a double click, a retry after
   * a network error) registers it once and returns it again, without storing the files twice.
   */
  @Transactional
  public Registered submitOnline(
      Intake typed, String submissionKey, List<Scan> scans, @Nullable String address) {
    Intake intake = typed.normalised();
    Optional<Registered> earlier = support.findSubmission(submissionKey);
    if (earlier.isPresent()) {
      return earlier.get();
    }
    if (intake.agencyCode() == null) {
      throw new DossierException.Invalid("agency", "dossier.invalid.required");
    }
    Agency agency = support.agency(intake.agencyCode());
    Procedure procedure = procedure(intake.procedureCode());
    Offer offer = offer(agency, procedure);
    List<FieldProblem> problems = check(intake);
    if (!problems.isEmpty()) {
      throw new DossierException.Invalid(problems);
    }
    TimeLimit limit = procedure.timeLimit(intake.channel()).orElse(null);
    Transitions rules = support.rules(offer, agency, limit, procedure.cutoff());
    Dossier submitted = support.newDossier(intake, procedure, offer, agency, agency.id());
    Transition transition = rules.submitOnline(submitted, intake.applicant().name());
    Registered registered =
        support.register(
            intake, agency, procedure, limit, transition, null, CITIZEN, address, submissionKey);
    for (Scan scan : scans) {
      papers.attach(
          registered.id(),
          StoredFile.COMPONENT,
          scan.component(),
          scan.fileName(),
          scan.content(),
          CITIZEN);
    }
    return registered;
  }

  private static Transition accepted(Decision decision) {
    return switch (decision) {
      case Transition transition -> transition;
      case Rejection rejection ->
          throw new DossierException.Invalid(
              "procedureCode", "dossier.rejection." + rejection.reason());
    };
  }

  private List<FieldProblem> check(Intake intake) {
    List<FieldProblem> problems =
        new ArrayList<>(
            ApplicantRules.check(
                intake.applicant(),
                intake.representative(),
                LocalDate.ofInstant(clock.instant(), Instants.VIETNAM)));
    if (intake.sets() < 1 || intake.sets() > 50) {
      problems.add(new FieldProblem("sets", "dossier.invalid.sets"));
    }
    if (intake.feeAmount() != null && intake.feeAmount() < 0) {
      problems.add(new FieldProblem("feeAmount", "dossier.invalid.feeAmount"));
    }
    return problems;
  }

  private Procedure procedure(String code) {
    return catalog
        .procedure(code)
        .orElseThrow(
            () ->
                new DossierException.Invalid(
                    "procedureCode", "dossier.invalid.unknownProcedure", code));
  }

  private Offer offer(Agency agency, Procedure procedure) {
    return catalog
        .offer(agency.id(), procedure.code())
        .orElseThrow(
            () ->
                new DossierException.Invalid(
                    "procedureCode",
                    "dossier.invalid.notOffered",
                    procedure.code(),
                    agency.name()));
  }
}
