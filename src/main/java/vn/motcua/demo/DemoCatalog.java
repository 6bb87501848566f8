package vn.motcua.demo;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.motcua.calendar.LimitUnit;
import vn.motcua.calendar.TimeLimit;
import vn.motcua.catalog.Actor;
import vn.motcua.catalog.Catalog;
import vn.motcua.catalog.CatalogAdministration;
import vn.motcua.catalog.Channel;
import vn.motcua.catalog.ChannelTerms;
import vn.motcua.catalog.ImportScope;
import vn.motcua.catalog.OnlineLevel;
import vn.motcua.catalog.Procedure;
import vn.motcua.catalog.ProcedureQuery;
import vn.motcua.catalog.ProcedureSummary;
import vn.motcua.organization.Agency;
import vn.motcua.organization.AgencyKind;
import vn.motcua.organization.Organization;

/**
 * The demo wards' procedures: the commune-level procedures of Hộ tịch (civil status) and Chứng thực
 * (certification) imported from the bundled national catalogue, and offered by every ward (every
 * agency of kind {@link AgencyKind#COMMUNE_COMMITTEE}) with the default process, a specialist's
 * appraisal then a leader's approval. Only these fields are imported at start, to keep the start
 * fast; an administrator imports the whole catalogue from the admin page.
 */
@Component
@Profile("demo")
@Order(200)
class DemoCatalog implements DemoStep {

  static final ImportScope SCOPE = new ImportScope("cap-xa", Set.of("ho-tich", "chung-thuc"));

  /**
   * Time limits the catalogue does not publish for some of these procedures, set as a ward's
   * administrator would. Certification follows Decree 23/2015/NĐ-CP Art. 7: copies, signatures and
   * translators' signatures the same day (the next one when received after 15:00), taken here as
   * half a working day; contracts and transactions within 2 working days. For copies of civil
   * status extracts (2.000635) and the confirmation of civil status information (2.002516) the demo
   * assumes half a day and 3 working days: demo values, not legal advice.
   */
  static final Map<String, TimeLimit> LIMITS =
      Map.ofEntries(
          Map.entry("2.000815", halfDay()),
          Map.entry("2.000884", halfDay()),
          Map.entry("2.000942", halfDay()),
          Map.entry("2.000992", halfDay()),
          Map.entry("2.001008", halfDay()),
          Map.entry("2.000635", halfDay()),
          Map.entry("2.002516", TimeLimit.workingDays(3)),
          Map.entry("2.000913", TimeLimit.workingDays(2)),
          Map.entry("2.000927", TimeLimit.workingDays(2)),
          Map.entry("2.001016", TimeLimit.workingDays(2)),
          Map.entry("2.001019", TimeLimit.workingDays(2)),
          Map.entry("2.001035", TimeLimit.workingDays(2)),
          Map.entry("2.001406", TimeLimit.workingDays(2)));

  private static final Actor DEMO = new Actor("demo", null);

  private final Catalog catalog;
  private final CatalogAdministration administration;
  private final Organization organization;

  DemoCatalog(Catalog catalog, CatalogAdministration administration, Organization organization) {
    this.catalog = catalog;
    this.administration = administration;
    this.organization = organization;
  }

  @Override
  public boolean present() {
    Set<Long> offering = Set.copyOf(catalog.agenciesWithOffers());
    return wards().stream().allMatch(ward -> offering.contains(ward.id()));
  }

  @Override
  public void load() {
    if (catalog.procedure("1.001193").isEmpty()) {
      administration.importBundled(SCOPE, DEMO);
    }
    List<Procedure> procedures = procedures();
    for (Procedure procedure : procedures) {
      TimeLimit limit = LIMITS.get(procedure.code());
      if (limit != null && !procedure.hasTimeLimit()) {
        for (ChannelTerms terms : procedure.channels()) {
          administration.setTimeLimit(procedure.code(), terms.channel(), limit, DEMO);
        }
      }
    }
    Map<String, OnlineLevel> onlineLevels = new HashMap<>();
    procedures.stream()
        .filter(procedure -> procedure.hasTimeLimit() || LIMITS.containsKey(procedure.code()))
        .forEach(procedure -> onlineLevels.put(procedure.code(), onlineLevel(procedure)));
    for (Agency ward : wards()) {
      administration.offerPublished(ward.id(), onlineLevels, DEMO);
    }
  }

  /** The demo's procedures, by field and name. */
  private List<Procedure> procedures() {
    List<String> codes =
        SCOPE.fieldCodes().stream()
            .sorted()
            .flatMap(
                field ->
                    catalog
                        .search(
                            new ProcedureQuery(
                                "", field, SCOPE.levelCode(), null, 0, ProcedureQuery.MAX_SIZE))
                        .items()
                        .stream())
            .map(ProcedureSummary::code)
            .toList();
    return catalog.procedures(codes);
  }

  private List<Agency> wards() {
    return organization.agencies(AgencyKind.COMMUNE_COMMITTEE);
  }

  /** Full online where the catalogue offers the online channel, in person only elsewhere. */
  private static OnlineLevel onlineLevel(Procedure procedure) {
    return procedure.terms(Channel.ONLINE).isPresent() ? OnlineLevel.FULL : OnlineLevel.NONE;
  }

  private static TimeLimit halfDay() {
    return new TimeLimit(new BigDecimal("0.5"), LimitUnit.WORKING_DAYS);
  }
}
