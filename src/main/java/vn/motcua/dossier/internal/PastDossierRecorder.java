package vn.motcua.dossier.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import vn.motcua.calendar.TimeLimit;
import vn.motcua.catalog.Catalog;
import vn.motcua.catalog.Offer;
import vn.motcua.catalog.Procedure;
import vn.motcua.dossier.Applicant;
import vn.motcua.dossier.DossierFacts;
import vn.motcua.dossier.Intake;
import vn.motcua.dossier.PastDossier;
import vn.motcua.dossier.domain.Action;
import vn.motcua.dossier.domain.Actor;
import vn.motcua.dossier.domain.ApplicantRules;
import vn.motcua.dossier.domain.Decision;
import vn.motcua.dossier.domain.Dossier;
import vn.motcua.dossier.domain.HistoryEntry;
import vn.motcua.dossier.domain.Rejection;
import vn.motcua.dossier.domain.Transition;
import vn.motcua.dossier.domain.Transitions;
import vn.motcua.organization.Agency;
import vn.motcua.security.Account;
import vn.motcua.security.AccountStore;
import vn.motcua.security.Role;
import vn.motcua.security.SignedInOfficer;
import vn.motcua.shared.Instants;

/**
 * The work behind {@link vn.motcua.dossier.PastDossiers}: numbers the dossiers in the order they
 * were handed in, replays each action through {@link Transitions} at the instant it was performed,
 * then writes dossiers, histories, checklists and applicants in one batch per table.
 */
@Component
public class PastDossierRecorder {

  private final ReceptionSupport support;
  private final Catalog catalog;
  private final Rules rules;
  private final ActionRequests requests;
  private final AccountStore accounts;
  private final DossierNumbering numbering;
  private final DossierRepository dossiers;
  private final HistoryRepository history;
  private final PaperRepository papers;
  private final ApplicantRepository applicants;
  private final Clock clock;

  PastDossierRecorder(
      ReceptionSupport support,
      Catalog catalog,
      Rules rules,
      ActionRequests requests,
      AccountStore accounts,
      DossierNumbering numbering,
      DossierRepository dossiers,
      HistoryRepository history,
      PaperRepository papers,
      ApplicantRepository applicants,
      Clock clock) {
    this.support = support;
    this.catalog = catalog;
    this.rules = rules;
    this.requests = requests;
    this.accounts = accounts;
    this.numbering = numbering;
    this.dossiers = dossiers;
    this.history = history;
    this.papers = papers;
    this.applicants = applicants;
    this.clock = clock;
  }

  public boolean anySettledBy(Collection<Long> agencyIds) {
    return !agencyIds.isEmpty() && dossiers.anySettledBy(agencyIds);
  }

  public List<DossierFacts> record(List<PastDossier> past) {
    Lookups lookups = new Lookups();
    Instant now = clock.instant();
    List<DossierNumbering.Numbered> toNumber = new ArrayList<>();
    Instant previous = Instant.MIN;
    for (PastDossier dossier : past) {
      if (dossier.handedInAt().isBefore(previous)) {
        throw new IllegalArgumentException("Past dossiers come in the order they were handed in");
      }
      previous = dossier.handedInAt();
      Agency agency = lookups.agency(dossier.intake().agencyCode());
      toNumber.add(
          new DossierNumbering.Numbered(
              agency.id(),
              agency.code().value(),
              LocalDate.ofInstant(dossier.handedInAt(), Instants.VIETNAM)));
    }
    List<String> codes = numbering.nextAll(toNumber);
    List<Replayed> replayed = new ArrayList<>();
    for (int i = 0; i < past.size(); i++) {
      replayed.add(replay(past.get(i), codes.get(i), lookups, now));
    }
    return write(replayed);
  }

  /** A past dossier after its last action, with the history that led there. */
  private record Replayed(
      PastDossierRow row,
      List<HistoryEntry> entries,
      List<vn.motcua.dossier.Component> checklist) {}

  private Replayed replay(PastDossier past, String code, Lookups lookups, Instant now) {
    Intake intake = past.intake().normalised();
    var problems =
        ApplicantRules.check(
            intake.applicant(),
            intake.representative(),
            LocalDate.ofInstant(past.handedInAt(), Instants.VIETNAM));
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException("Past dossier " + code + ": " + problems);
    }
    Agency agency = lookups.agency(intake.agencyCode());
    Procedure procedure = lookups.procedure(intake.procedureCode());
    Offer offer = lookups.offer(agency, procedure);
    TimeLimit limit = procedure.timeLimit(intake.channel()).orElse(null);
    Account receiver = past.receivedBy() == null ? null : lookups.account(past.receivedBy());
    long receivingAgency = receiver == null ? agency.id() : receiver.agencyId();
    Dossier state = support.newDossier(code, intake, procedure, offer, agency, receivingAgency);
    Instant at = past.handedInAt();
    Transitions first =
        rules.transitions(offer.process(), agency.code().value(), limit, procedure.cutoff(), at);
    Transition transition =
        receiver == null
            ? first.submitOnline(state, intake.applicant().name())
            : transition(
                first.receiveComplete(
                    state,
                    new Actor(
                        receiver.officerId(),
                        receiver.fullName(),
                        Set.of(Role.RECEPTION),
                        receiver.fields()),
                    intake.note()),
                code,
                "RECEIVE");
    List<HistoryEntry> entries = new ArrayList<>(List.of(transition.entry()));
    state = transition.after();
    Outcome outcome = new Outcome();
    for (PastDossier.PastAction done : past.actions()) {
      if (done.at().isBefore(at) || done.at().isAfter(now)) {
        throw new IllegalArgumentException(
            "The actions on " + code + " come in order, none after now");
      }
      at = done.at();
      Account account = lookups.account(done.officer());
      Actor actor = Rules.actor(new SignedInOfficer(account, false), state);
      Action action = requests.action(done.request(), state, at);
      transition =
          transition(
              rules
                  .transitions(
                      offer.process(), agency.code().value(), limit, procedure.cutoff(), at)
                  .decide(state, actor, action),
              code,
              action.name().name());
      if (transition.child() != null) {
        throw new IllegalArgumentException("Past inter-agency dossiers are not supported: " + code);
      }
      state = transition.after();
      entries.add(transition.entry());
      outcome.note(action, at);
    }
    NewDossierRow row =
        new NewDossierRow(
            numbering.lookupPin(),
            agency.code().value(),
            procedure.name(),
            intake.applicant(),
            intake.representative(),
            intake.sets(),
            intake.note(),
            limit,
            procedure.cutoff(),
            intake.feeAmount(),
            intake.feeStatus(),
            null,
            receiver == null ? null : receiver.officerId());
    return new Replayed(
        new PastDossierRow(
            row,
            state,
            past.handedInAt(),
            at,
            outcome.resultNumber,
            outcome.resultDate,
            outcome.electronic,
            outcome.returnedAt,
            outcome.returnMethod,
            outcome.returnedTo),
        entries,
        ReceptionSupport.checklist(intake, procedure));
  }

  private static Transition transition(Decision decision, String code, String action) {
    return switch (decision) {
      case Transition done -> done;
      case Rejection rejection ->
          throw new IllegalArgumentException(
              action + " on past dossier " + code + " is not allowed: " + rejection.reason());
    };
  }

  private List<DossierFacts> write(List<Replayed> replayed) {
    List<Long> ids = dossiers.insertAll(replayed.stream().map(Replayed::row).toList());
    List<HistoryRepository.Appended> entries = new ArrayList<>();
    Map<Long, List<vn.motcua.dossier.Component>> checklists = new LinkedHashMap<>();
    Map<String, Applicant> applicantsById = new HashMap<>();
    Map<String, Instant> lastSeen = new HashMap<>();
    List<DossierFacts> facts = new ArrayList<>();
    for (int i = 0; i < replayed.size(); i++) {
      Replayed dossier = replayed.get(i);
      long id = ids.get(i);
      dossier.entries().forEach(entry -> entries.add(new HistoryRepository.Appended(id, entry)));
      checklists.put(id, dossier.checklist());
      Applicant applicant = dossier.row().row().applicant();
      if (applicant.idNumber() != null) {
        applicantsById.put(applicant.idNumber(), applicant);
        lastSeen.put(applicant.idNumber(), dossier.row().createdAt());
      }
      facts.add(EventFactory.facts(dossier.row().state().stored(id)));
    }
    history.appendAll(entries);
    papers.insertComponents(checklists);
    applicants.rememberPast(applicantsById, lastSeen);
    return facts;
  }

  /** What the actions recorded beside the state: the result and its return. */
  private static final class Outcome {
    private @Nullable String resultNumber;
    private @Nullable LocalDate resultDate;
    private @Nullable Boolean electronic;
    private @Nullable Instant returnedAt;
    private @Nullable String returnMethod;
    private @Nullable String returnedTo;

    void note(Action action, Instant at) {
      switch (action) {
        case Action.ResultReady ready -> {
          resultNumber = ready.number();
          resultDate = ready.date();
          electronic = ready.electronic();
        }
        case Action.ReturnResult returned -> {
          returnedAt = at;
          returnMethod = returned.method().name();
          returnedTo = returned.recipient();
        }
        default -> {}
      }
    }
  }

  /** What every past dossier looks up, read once per run. */
  private final class Lookups {
    private final Map<String, Agency> agencies = new HashMap<>();
    private final Map<String, Procedure> procedures = new HashMap<>();
    private final Map<String, Offer> offers = new HashMap<>();
    private final Map<String, Account> officers = new HashMap<>();

    Agency agency(@Nullable String code) {
      return agencies.computeIfAbsent(java.util.Objects.requireNonNull(code), support::agency);
    }

    Procedure procedure(String code) {
      return procedures.computeIfAbsent(
          code,
          c ->
              catalog
                  .procedure(c)
                  .orElseThrow(() -> new IllegalArgumentException("No procedure " + c)));
    }

    Offer offer(Agency agency, Procedure procedure) {
      return offers.computeIfAbsent(
          agency.id() + "/" + procedure.code(),
          key ->
              catalog
                  .offer(agency.id(), procedure.code())
                  .orElseThrow(
                      () ->
                          new IllegalArgumentException(
                              agency.name() + " does not offer " + procedure.code())));
    }

    Account account(String username) {
      return officers.computeIfAbsent(
          username,
          name ->
              accounts
                  .findByUsername(name)
                  .orElseThrow(() -> new IllegalArgumentException("No officer " + name)));
    }
  }
}
