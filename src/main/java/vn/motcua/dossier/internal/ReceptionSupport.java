package vn.motcua.dossier.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.motcua.calendar.Calendars;
import vn.motcua.calendar.TimeLimit;
import vn.motcua.calendar.WorkingTime;
import vn.motcua.catalog.Offer;
import vn.motcua.catalog.Procedure;
import vn.motcua.catalog.RequiredComponent;
import vn.motcua.dossier.Applicant;
import vn.motcua.dossier.DossierException;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.dossier.Intake;
import vn.motcua.dossier.Registered;
import vn.motcua.dossier.domain.Dossier;
import vn.motcua.dossier.domain.Transition;
import vn.motcua.dossier.domain.Transitions;
import vn.motcua.organization.Agency;
import vn.motcua.organization.AgencyCode;
import vn.motcua.organization.Organization;
import vn.motcua.security.SignedInOfficer;
import vn.motcua.shared.Instants;

/**
 * The reception's work behind {@link vn.motcua.dossier.DossierReception}: agencies, numbering,
 * storing.
 */
@Component
public class ReceptionSupport {

  private final Organization organization;
  private final Calendars calendars;
  private final Rules rules;
  private final DossierNumbering numbering;
  private final DossierStore store;
  private final PaperRepository papers;
  private final ApplicantRepository applicants;
  private final JdbcClient jdbc;
  private final Clock clock;

  ReceptionSupport(
      Organization organization,
      Calendars calendars,
      Rules rules,
      DossierNumbering numbering,
      DossierStore store,
      PaperRepository papers,
      ApplicantRepository applicants,
      JdbcClient jdbc,
      Clock clock) {
    this.organization = organization;
    this.calendars = calendars;
    this.rules = rules;
    this.numbering = numbering;
    this.store = store;
    this.papers = papers;
    this.applicants = applicants;
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /**
   * The agency that settles the dossier: the officer's own, or another agency of the same province
   * (procedures are received regardless of administrative boundary within a province).
   */
  public Agency settlingAgency(@Nullable String agencyCode, SignedInOfficer officer) {
    Agency own =
        organization
            .agency(officer.agencyId())
            .orElseThrow(() -> new IllegalStateException("No agency"));
    if (agencyCode == null || agencyCode.isBlank() || agencyCode.equals(own.code().value())) {
      return own;
    }
    Agency other = agency(agencyCode);
    if (provinceOf(other) != provinceOf(own)) {
      throw new DossierException.Invalid("agency", "dossier.invalid.otherProvince", other.name());
    }
    return other;
  }

  public Agency agency(String code) {
    AgencyCode parsed;
    try {
      parsed = new AgencyCode(code.strip());
    } catch (IllegalArgumentException e) {
      throw new DossierException.Invalid("agency", "dossier.invalid.agencyCode", code);
    }
    return organization
        .agency(parsed)
        .filter(Agency::active)
        .orElseThrow(
            () -> new DossierException.Invalid("agency", "dossier.invalid.unknownAgency", code));
  }

  public WorkingTime workingTime(Agency agency) {
    return calendars.forAgency(agency.code().value());
  }

  public Transitions rules(
      Offer offer, Agency agency, @Nullable TimeLimit limit, @Nullable LocalTime cutoff) {
    return rules.transitions(offer.process(), agency.code().value(), limit, cutoff);
  }

  /** The new dossier, numbered, before anything happened to it. */
  public Dossier newDossier(
      Intake intake, Procedure procedure, Offer offer, Agency settling, long receivingAgencyId) {
    LocalDate today = LocalDate.ofInstant(clock.instant(), Instants.VIETNAM);
    return newDossier(
        numbering.next(settling.id(), settling.code().value(), today),
        intake,
        procedure,
        offer,
        settling,
        receivingAgencyId);
  }

  /** The new dossier with this code, before anything happened to it. */
  public Dossier newDossier(
      String code,
      Intake intake,
      Procedure procedure,
      Offer offer,
      Agency settling,
      long receivingAgencyId) {
    return new Dossier(
        0,
        code,
        settling.id(),
        receivingAgencyId,
        null,
        procedure.code(),
        procedure.field().code(),
        intake.channel(),
        DossierStatus.SUBMITTED,
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
  }

  /**
   * Stores a registration: the dossier, its checklist, its first history entry, the applicant for
   * next time.
   */
  public Registered register(
      Intake intake,
      Agency settling,
      Procedure procedure,
      @Nullable TimeLimit limit,
      Transition transition,
      @Nullable Long createdBy,
      String username,
      @Nullable String address,
      @Nullable String submissionKey) {
    Applicant applicant = intake.applicant();
    String pin = numbering.lookupPin();
    NewDossierRow row =
        new NewDossierRow(
            pin,
            settling.code().value(),
            procedure.name(),
            applicant,
            intake.representative(),
            intake.sets(),
            intake.note(),
            limit,
            procedure.cutoff(),
            intake.feeAmount(),
            intake.feeStatus(),
            submissionKey,
            createdBy);
    Dossier stored = store.create(row, transition, username, address);
    papers.insertComponents(stored.id(), checklist(intake, procedure));
    applicants.remember(applicant, clock.instant());
    return new Registered(
        stored.id(), stored.code(), pin, stored.status(), stored.dueAt(), stored.version());
  }

  /** The earlier registration of an online submission with this key, if any. */
  public Optional<Registered> findSubmission(String submissionKey) {
    return jdbc.sql(
            "SELECT id, code, lookup_pin, status, due_at, version FROM dossier WHERE submission_key = :key")
        .param("key", submissionKey)
        .query(
            (rs, row) ->
                new Registered(
                    rs.getLong("id"),
                    rs.getString("code"),
                    rs.getString("lookup_pin"),
                    DossierStatus.ofCode(rs.getInt("status")),
                    DossierRepository.instant(rs, "due_at"),
                    rs.getInt("version")))
        .optional();
  }

  /**
   * The checklist as checked: the procedure's components with the counts the officer entered (by
   * position), or as the procedure lists them when the officer changed nothing.
   */
  static List<vn.motcua.dossier.Component> checklist(Intake intake, Procedure procedure) {
    List<vn.motcua.dossier.Component> checked = intake.components();
    if (checked == null) {
      return procedure.components().stream()
          .map(
              (RequiredComponent c) ->
                  new vn.motcua.dossier.Component(
                      c.position(), c.name(), c.originals(), c.certifiedCopies(), c.copies(), true))
          .toList();
    }
    java.util.Map<Integer, RequiredComponent> required = new java.util.HashMap<>();
    procedure.components().forEach(c -> required.put(c.position(), c));
    List<vn.motcua.dossier.Component> merged = new java.util.ArrayList<>();
    for (vn.motcua.dossier.Component c : checked) {
      RequiredComponent definition = required.get(c.position());
      if (definition == null) {
        throw new DossierException.Invalid(
            "components", "dossier.invalid.unknownComponent", c.position());
      }
      merged.add(
          new vn.motcua.dossier.Component(
              c.position(),
              definition.name(),
              c.originals(),
              c.certifiedCopies(),
              c.copies(),
              c.provided()));
    }
    return merged;
  }

  public Agency agency(long id) {
    return organization.agency(id).orElseThrow(() -> new IllegalStateException("No agency " + id));
  }

  /** The id of the province an agency belongs to: the root of its tree. */
  public long provinceOf(long agencyId) {
    return provinceOf(agency(agencyId));
  }

  public long provinceOf(Agency agency) {
    Agency current = agency;
    while (current.parentId() != null) {
      current = organization.agency(current.parentId()).orElseThrow();
    }
    return current.id();
  }
}
