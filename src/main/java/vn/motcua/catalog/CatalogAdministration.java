package vn.motcua.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.audit.AuditTrail;
import vn.motcua.calendar.TimeLimit;
import vn.motcua.catalog.domain.DefaultProcess;
import vn.motcua.catalog.domain.ProcessRules;
import vn.motcua.catalog.internal.CatalogImporter;
import vn.motcua.catalog.internal.CatalogProperties;
import vn.motcua.catalog.internal.OfferRepository;
import vn.motcua.catalog.internal.ProcedureRepository;
import vn.motcua.organization.AgencyCode;
import vn.motcua.organization.AgencyKind;
import vn.motcua.organization.Organization;

/**
 * Changes the catalogue: imports of the national catalogue, the time limits and cut-off hours an
 * administrator sets, agencies' offers and their internal processes. Every change is recorded in
 * the audit trail in its own transaction. Callers check that the actor may administer the agency.
 */
@Service
public class CatalogAdministration {

  private final CatalogImporter importer;
  private final ProcedureRepository procedures;
  private final OfferRepository offers;
  private final Catalog catalog;
  private final Organization organization;
  private final AuditTrail audit;
  private final CatalogProperties properties;
  private final Clock clock;

  CatalogAdministration(
      CatalogImporter importer,
      ProcedureRepository procedures,
      OfferRepository offers,
      Catalog catalog,
      Organization organization,
      AuditTrail audit,
      CatalogProperties properties,
      Clock clock) {
    this.importer = importer;
    this.procedures = procedures;
    this.offers = offers;
    this.catalog = catalog;
    this.organization = organization;
    this.audit = audit;
    this.properties = properties;
    this.clock = clock;
  }

  /** Imports (again) the export of the national catalogue that ships with MotCua. */
  public ImportReport importBundled(ImportScope scope, Actor actor) {
    try (InputStream export = properties.bundledExport().getInputStream()) {
      return imported(importer.run(export, bundledSource(), scope, actor));
    } catch (IOException e) {
      throw new UncheckedIOException("The bundled catalogue cannot be read", e);
    }
  }

  /** The name under which imports of the bundled export are reported. */
  public String bundledSource() {
    return Objects.requireNonNullElse(properties.bundledExport().getFilename(), "bundled export");
  }

  /**
   * Imports a (newer) export of the national catalogue: JSON Lines, optionally gzip-compressed.
   * Refused as a whole, with every reason in the report, when any record is broken.
   */
  public ImportReport importExport(InputStream export, String source, Actor actor) {
    return imported(importer.run(export, source, ImportScope.WHOLE, actor));
  }

  /** An import commits its own transactions: what this node kept is forgotten after them. */
  private ImportReport imported(ImportReport report) {
    catalog.changed();
    return report;
  }

  /** Sets a channel's time limit, over whatever the catalogue says (or does not say). */
  @Transactional
  public void setTimeLimit(String code, Channel channel, TimeLimit limit, Actor actor) {
    catalog.changed();
    requireProcedure(code);
    procedures.setLimit(code, channel, limit, actor.name(), clock.instant());
    audit.record(
        actor.name(),
        actor.address(),
        "CATALOG_TIME_LIMIT_SET",
        code,
        channel + ": " + limit.amount().toPlainString() + " " + limit.unit());
  }

  /** Gives the procedure its own cut-off hour, or none ({@code null}). */
  @Transactional
  public void setCutoff(String code, @Nullable LocalTime cutoff, Actor actor) {
    catalog.changed();
    requireProcedure(code);
    procedures.setCutoff(code, cutoff, true);
    audit.record(
        actor.name(),
        actor.address(),
        "CATALOG_CUTOFF_SET",
        code,
        cutoff == null ? "none" : cutoff.toString());
  }

  /** Returns the procedure to the configured default cut-off hour. */
  @Transactional
  public void useDefaultCutoff(String code, Actor actor) {
    catalog.changed();
    requireProcedure(code);
    procedures.setCutoff(code, null, false);
    audit.record(actor.name(), actor.address(), "CATALOG_CUTOFF_SET", code, "default");
  }

  /**
   * Offers the procedure at the agency, or changes the offer's online level and fees (and offers it
   * again if it was withdrawn). A new offer starts with the default process ({@link
   * DefaultProcess}), which needs a time limit.
   *
   * @throws ProcessRefused when a new offer's procedure has no time limit
   */
  @Transactional
  public Offer offer(
      long agencyId, String code, OnlineLevel onlineLevel, List<Fee> fees, Actor actor) {
    catalog.changed();
    requireAgency(agencyId);
    Procedure procedure = requireProcedure(code);
    Optional<OfferRepository.OfferRow> existing = offers.find(agencyId, code);
    Offer offer;
    if (existing.isEmpty()) {
      offer =
          new Offer(agencyId, code, onlineLevel, fees, defaultProcess(agencyId, procedure, actor));
      offers.insert(agencyId, List.of(offer));
    } else {
      OfferRepository.OfferRow row = existing.get();
      if (!offers.update(agencyId, code, onlineLevel, true, row.version())) {
        throw new OptimisticLockingFailureException("The offer changed meanwhile: " + code);
      }
      offers.replaceFees(agencyId, code, fees);
      offer =
          new Offer(
              agencyId, code, onlineLevel, fees, offers.process(row.processId()).orElseThrow());
    }
    audit.record(
        actor.name(),
        actor.address(),
        "CATALOG_OFFER_SAVED",
        agencyId + "/" + code,
        onlineLevel + ", " + fees.size() + " fees");
    return offer;
  }

  /**
   * Offers each of the procedures at the agency on the terms the catalogue publishes: its fees, the
   * default process, and the online level given for it; what an administrator does for a new ward.
   * Procedures the agency offers, or once offered, are left as they are. All or nothing.
   *
   * @param onlineLevels the procedures to offer, by code, with the online level of each
   * @return the new offers
   * @throws ProcessRefused when one of the procedures has no time limit
   */
  @Transactional
  public List<Offer> offerPublished(
      long agencyId, Map<String, OnlineLevel> onlineLevels, Actor actor) {
    catalog.changed();
    requireAgency(agencyId);
    Set<String> offered = offers.procedureCodes(agencyId);
    List<String> codes =
        onlineLevels.keySet().stream().filter(code -> !offered.contains(code)).sorted().toList();
    List<Procedure> procedures = catalog.procedures(codes);
    if (procedures.size() != codes.size()) {
      throw new IllegalArgumentException("Unknown procedures among " + codes);
    }
    List<Offer> created = new ArrayList<>();
    for (Procedure procedure : procedures) {
      created.add(
          new Offer(
              agencyId,
              procedure.code(),
              onlineLevels.get(procedure.code()),
              procedure.fees(),
              defaultProcess(agencyId, procedure, actor)));
    }
    offers.insert(agencyId, created);
    audit.record(
        actor.name(),
        actor.address(),
        "CATALOG_OFFERS_SAVED",
        Long.toString(agencyId),
        String.join(", ", codes));
    return created;
  }

  /** Stops offering the procedure at the agency; its processes stay readable. */
  @Transactional
  public void withdraw(long agencyId, String code, Actor actor) {
    catalog.changed();
    OfferRepository.OfferRow offer =
        offers
            .find(agencyId, code)
            .orElseThrow(() -> new IllegalArgumentException("No offer of " + code));
    if (!offers.update(agencyId, code, offer.onlineLevel(), false, offer.version())) {
      throw new OptimisticLockingFailureException("The offer changed meanwhile: " + code);
    }
    audit.record(
        actor.name(), actor.address(), "CATALOG_OFFER_WITHDRAWN", agencyId + "/" + code, null);
  }

  /**
   * Saves the steps as the next version of the agency's process for the procedure; earlier versions
   * stay readable by their ids. Steps are numbered in the order given.
   *
   * @throws ProcessRefused with every issue when any issue refuses the process
   */
  @Transactional
  public ProcessRevision reviseProcess(
      long agencyId, String code, List<ProcessStep> steps, Actor actor) {
    catalog.changed();
    Procedure procedure = requireProcedure(code);
    OfferRepository.OfferRow offer =
        offers
            .find(agencyId, code)
            .filter(OfferRepository.OfferRow::active)
            .orElseThrow(() -> new IllegalArgumentException("The agency does not offer " + code));
    List<ProcessStep> numbered =
        IntStream.range(0, steps.size())
            .mapToObj(
                i -> {
                  ProcessStep step = steps.get(i);
                  return new ProcessStep(
                      i + 1,
                      step.name().strip(),
                      step.role(),
                      step.departmentId(),
                      step.shareDays(),
                      step.otherAgencyCode());
                })
            .toList();
    List<ProcessIssue> issues = new ArrayList<>(checkAgencies(numbered));
    issues.addAll(ProcessRules.check(numbered, processLimit(procedure).orElse(null)));
    if (issues.stream().anyMatch(ProcessIssue::refuses)) {
      throw new ProcessRefused(issues);
    }
    ProcessVersion process =
        offers.insertProcess(agencyId, code, numbered, actor.name(), clock.instant());
    if (!offers.useProcess(agencyId, code, process.id(), offer.version())) {
      throw new OptimisticLockingFailureException("The offer changed meanwhile: " + code);
    }
    audit.record(
        actor.name(),
        actor.address(),
        "CATALOG_PROCESS_REVISED",
        agencyId + "/" + code,
        "version "
            + process.version()
            + ": "
            + numbered.stream()
                .map(step -> step.role() + " " + step.shareDays().toPlainString())
                .collect(Collectors.joining(", ")));
    return new ProcessRevision(process, issues);
  }

  /** Stores the first version of the agency's process: the default one for the time limit. */
  private ProcessVersion defaultProcess(long agencyId, Procedure procedure, Actor actor) {
    TimeLimit limit =
        processLimit(procedure)
            .orElseThrow(() -> new ProcessRefused(List.of(new ProcessIssue.NoTimeLimit())));
    return offers.insertProcess(
        agencyId, procedure.code(), DefaultProcess.forLimit(limit), actor.name(), clock.instant());
  }

  /** The limit a process must fit: the strictest of the procedure's channels, in working days. */
  private static Optional<TimeLimit> processLimit(Procedure procedure) {
    return procedure.channels().stream()
        .map(ChannelTerms::timeLimit)
        .filter(Objects::nonNull)
        .min(Comparator.comparing(ProcessRules::workingDays));
  }

  private List<ProcessIssue> checkAgencies(List<ProcessStep> steps) {
    List<ProcessIssue> issues = new ArrayList<>();
    for (ProcessStep step : steps) {
      Long department = step.departmentId();
      if (department != null
          && organization
              .agency(department)
              .filter(agency -> agency.kind() == AgencyKind.INTERNAL_DEPARTMENT)
              .isEmpty()) {
        issues.add(new ProcessIssue.UnknownDepartment(step.position(), department));
      }
      String other = step.otherAgencyCode();
      if (other != null && !agencyExists(other)) {
        issues.add(new ProcessIssue.UnknownOtherAgency(step.position(), other));
      }
    }
    return issues;
  }

  private boolean agencyExists(String code) {
    try {
      return organization.agencyId(new AgencyCode(code)).isPresent();
    } catch (IllegalArgumentException malformed) {
      return false;
    }
  }

  private Procedure requireProcedure(String code) {
    return catalog
        .procedure(code)
        .orElseThrow(() -> new IllegalArgumentException("No procedure has the code " + code));
  }

  private void requireAgency(long agencyId) {
    if (organization.agency(agencyId).isEmpty()) {
      throw new IllegalArgumentException("No agency has the id " + agencyId);
    }
  }
}
