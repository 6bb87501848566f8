package vn.motcua.portal.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import vn.motcua.calendar.Calendars;
import vn.motcua.calendar.DeadlineOptions;
import vn.motcua.catalog.Catalog;
import vn.motcua.catalog.Channel;
import vn.motcua.catalog.OnlineLevel;
import vn.motcua.catalog.Procedure;
import vn.motcua.dossier.Applicant;
import vn.motcua.dossier.Component;
import vn.motcua.dossier.DossierException;
import vn.motcua.dossier.DossierReception;
import vn.motcua.dossier.Intake;
import vn.motcua.dossier.Registered;
import vn.motcua.dossier.Scan;
import vn.motcua.organization.Agency;
import vn.motcua.organization.Organization;
import vn.motcua.portal.domain.OpeningHours;
import vn.motcua.shared.VietnameseText;

/**
 * Online submission: which agencies offer which procedures online, and the submission itself, which
 * lands in the agency's reception queue (status 1).
 */
@Service
public class OnlineSubmission {

  /** A procedure an agency receives online. */
  public record OnlineOffer(Agency agency, Procedure procedure, OnlineLevel level) {}

  /** A submission registered, with what the applicant needs to know next. */
  public record Submitted(
      Registered dossier, Agency agency, Instant checkedFrom, List<OpeningHours.Days> hours) {}

  private final Catalog catalog;
  private final Organization organization;
  private final DossierReception reception;
  private final Calendars calendars;
  private final Clock clock;

  OnlineSubmission(
      Catalog catalog,
      Organization organization,
      DossierReception reception,
      Calendars calendars,
      Clock clock) {
    this.catalog = catalog;
    this.organization = organization;
    this.reception = reception;
    this.calendars = calendars;
    this.clock = clock;
  }

  /** The active agencies that receive at least one procedure online, by name. */
  public List<Agency> agencies() {
    return catalog.agenciesWithOffers().stream()
        .map(organization::agency)
        .flatMap(Optional::stream)
        .filter(Agency::active)
        .filter(agency -> !offers(agency.id()).isEmpty())
        .sorted(Comparator.comparing(agency -> VietnameseText.fold(agency.name())))
        .toList();
  }

  /** What the agency receives online, by name. */
  public List<OnlineOffer> offers(long agencyId) {
    Optional<Agency> agency = organization.agency(agencyId).filter(Agency::active);
    if (agency.isEmpty()) {
      return List.of();
    }
    var online =
        catalog.offers(agencyId).stream()
            .filter(offer -> offer.onlineLevel() != OnlineLevel.NONE)
            .collect(
                Collectors.toMap(offer -> offer.procedureCode(), offer -> offer.onlineLevel()));
    return catalog.procedures(online.keySet()).stream()
        .filter(procedure -> procedure.timeLimit(Channel.ONLINE).isPresent())
        .map(procedure -> new OnlineOffer(agency.get(), procedure, online.get(procedure.code())))
        .sorted(Comparator.comparing(offer -> VietnameseText.fold(offer.procedure().name())))
        .toList();
  }

  /** The online offer, if the agency receives this procedure online. */
  public Optional<OnlineOffer> offer(long agencyId, String procedureCode) {
    return offers(agencyId).stream()
        .filter(offer -> offer.procedure().code().equals(procedureCode))
        .findFirst();
  }

  /**
   * Submits the dossier. The submission key, issued with the form, makes a repeated submission (a
   * double click, a retry, a second one racing the first) return the dossier registered first.
   *
   * @param scans the files uploaded, one per component at most; components without one are recorded
   *     as not provided, for the reception officer to see
   * @throws DossierException.Invalid when the applicant's data or a file is not acceptable
   */
  public Submitted submit(
      OnlineOffer offer,
      Applicant applicant,
      List<Scan> scans,
      String submissionKey,
      @Nullable String address) {
    if (scans.isEmpty()) {
      throw new DossierException.Invalid("components", "portal.submit.noFiles");
    }
    Set<Integer> uploaded = scans.stream().map(Scan::component).collect(Collectors.toSet());
    List<Component> checklist =
        offer.procedure().components().stream()
            .map(
                c ->
                    new Component(
                        c.position(),
                        c.name(),
                        c.originals(),
                        c.certifiedCopies(),
                        c.copies(),
                        uploaded.contains(c.position())))
            .toList();
    Intake intake =
        new Intake(
            offer.procedure().code(),
            Channel.ONLINE,
            offer.agency().code().value(),
            applicant,
            null,
            checklist,
            1,
            null,
            null,
            null);
    Registered registered;
    try {
      registered = reception.submitOnline(intake, submissionKey, scans, address);
    } catch (DuplicateKeyException raced) {
      // The same submission committed first on another request: answer with that one.
      registered = reception.submitOnline(intake, submissionKey, scans, address);
    }
    String agencyCode = offer.agency().code().value();
    Instant checkedFrom =
        calendars.receptionHours(agencyCode).countingFrom(clock.instant(), DeadlineOptions.NONE);
    return new Submitted(
        registered,
        offer.agency(),
        checkedFrom,
        OpeningHours.of(calendars.receptionWeek(agencyCode)));
  }
}
