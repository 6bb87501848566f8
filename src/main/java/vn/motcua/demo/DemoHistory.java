package vn.motcua.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.motcua.calendar.Calendars;
import vn.motcua.catalog.Catalog;
import vn.motcua.catalog.Offer;
import vn.motcua.catalog.Procedure;
import vn.motcua.dossier.DossierFacts;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.dossier.PastDossiers;
import vn.motcua.organization.AgencyCode;
import vn.motcua.organization.Organization;
import vn.motcua.portal.PastRatings;
import vn.motcua.portal.Rating;
import vn.motcua.portal.Satisfaction;
import vn.motcua.reporting.Statistics;
import vn.motcua.shared.Instants;

/**
 * A year of history in the two wards whose officers are demo accounts (Thốt Nốt and Thuận Hưng), so
 * that the dashboard, the reports and the overdue lists show something real from the first start:
 * about 930 dossiers, invented by {@link DemoYear} with a fixed seed, recorded through {@link
 * PastDossiers} (which replays each action through the dossier rules), about a third of the
 * returned ones rated, then the statistics rebuilt once.
 */
@Component
@Profile("demo")
@ConditionalOnBooleanProperty(name = "motcua.demo.history", matchIfMissing = true)
@Order(300)
class DemoHistory implements DemoStep {

  /**
   * Dossiers a ward receives on an average working day: about a thousand a ward in a year. Each
   * costs the first start about 1.2 ms (docs/benchmarks.md), paid after the application is ready.
   */
  static final int PER_DAY = 5;

  private static final long SEED = 20250701L;

  private static final List<String> COMMENTS =
      List.of(
          "Cán bộ hướng dẫn tận tình, dễ hiểu.",
          "Giải quyết nhanh, trả kết quả đúng hẹn.",
          "Thủ tục gọn, không phải đi lại nhiều lần.",
          "Nộp trực tuyến tiện lợi.");

  private final PastDossiers pastDossiers;
  private final PastRatings pastRatings;
  private final Statistics statistics;
  private final Organization organization;
  private final Catalog catalog;
  private final Calendars calendars;
  private final Clock clock;

  DemoHistory(
      PastDossiers pastDossiers,
      PastRatings pastRatings,
      Statistics statistics,
      Organization organization,
      Catalog catalog,
      Calendars calendars,
      Clock clock) {
    this.pastDossiers = pastDossiers;
    this.pastRatings = pastRatings;
    this.statistics = statistics;
    this.organization = organization;
    this.catalog = catalog;
    this.calendars = calendars;
    this.clock = clock;
  }

  @Override
  public boolean afterReady() {
    return true; // about two seconds of a first start; the counters and reports fill in after
  }

  @Override
  public boolean present() {
    return pastDossiers.anySettledBy(agencies());
  }

  @Override
  public void load() {
    Instant now = clock.instant();
    LocalDate today = LocalDate.ofInstant(now, Instants.VIETNAM);
    RandomGenerator random = new SplittableRandom(SEED);
    List<DemoYear.Planned> planned = new ArrayList<>();
    for (DemoYear.Ward ward : wards()) {
      long agencyId = organization.agencyId(new AgencyCode(ward.agencyCode())).orElseThrow();
      DemoPeople people = new DemoPeople(random, 900, ward.name(), today);
      planned.addAll(
          new DemoYear(random, ward, procedures(agencyId), people, now)
              .plan(today.minusYears(1), PER_DAY));
    }
    planned.sort(Comparator.comparing(dossier -> dossier.dossier().handedInAt()));
    List<DossierFacts> recorded =
        pastDossiers.record(planned.stream().map(DemoYear.Planned::dossier).toList());
    pastRatings.record(ratings(random, planned, recorded, now));
    statistics.rebuild(agencies());
  }

  /** About a third of the returned dossiers rated, at the counter or later online. */
  private static List<PastRatings.PastRating> ratings(
      RandomGenerator random,
      List<DemoYear.Planned> planned,
      List<DossierFacts> recorded,
      Instant now) {
    List<PastRatings.PastRating> ratings = new ArrayList<>();
    for (int i = 0; i < planned.size(); i++) {
      DemoYear.Planned dossier = planned.get(i);
      DossierFacts facts = recorded.get(i);
      if (facts.status() != DossierStatus.RETURNED
          || dossier.returnedAt() == null
          || random.nextInt(100) >= 30) {
        continue;
      }
      boolean online = random.nextInt(100) < 40;
      Instant at =
          dossier
              .returnedAt()
              .plus(
                  online
                      ? Duration.ofHours(2 + random.nextInt(46))
                      : Duration.ofMinutes(1 + random.nextInt(5)));
      if (at.isAfter(now)) {
        continue;
      }
      ratings.add(new PastRatings.PastRating(facts, rating(random, dossier.late()), online, at));
    }
    return ratings;
  }

  private static Rating rating(RandomGenerator random, boolean late) {
    Satisfaction time =
        late && random.nextInt(100) < 60 ? Satisfaction.NOT_SATISFIED : satisfaction(random);
    String comment = random.nextInt(100) < 15 ? DemoPeople.pick(random, COMMENTS) : null;
    if (time == Satisfaction.NOT_SATISFIED) {
      comment = random.nextBoolean() ? "Trả kết quả trễ so với giấy hẹn." : null;
    }
    return new Rating(time, satisfaction(random), satisfaction(random), comment);
  }

  private static Satisfaction satisfaction(RandomGenerator random) {
    int r = random.nextInt(100);
    return r < 62
        ? Satisfaction.VERY_SATISFIED
        : r < 96 ? Satisfaction.SATISFIED : Satisfaction.NOT_SATISFIED;
  }

  /** The ward's procedures with a time limit, in the order of the catalogue's codes. */
  private List<Procedure> procedures(long agencyId) {
    List<String> codes =
        catalog.offers(agencyId).stream().map(Offer::procedureCode).sorted().toList();
    return catalog.procedures(codes).stream().filter(Procedure::hasTimeLimit).toList();
  }

  private List<DemoYear.Ward> wards() {
    return List.of(ward("000.01.31.H13", "Thốt Nốt", ""), ward("000.02.31.H13", "Thuận Hưng", "2"));
  }

  private DemoYear.Ward ward(String code, String name, String suffix) {
    return new DemoYear.Ward(
        code,
        name,
        "tiepnhan" + suffix,
        "chuyenvien" + suffix,
        "lanhdao" + suffix,
        calendars.forAgency(code));
  }

  /** The two wards with everything below them. */
  private Set<Long> agencies() {
    Set<Long> agencies = new HashSet<>();
    for (DemoYear.Ward ward : wards()) {
      organization
          .agencyId(new AgencyCode(ward.agencyCode()))
          .ifPresent(id -> agencies.addAll(organization.agencyAndBelow(id)));
    }
    return agencies;
  }
}
