package vn.motcua.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.motcua.catalog.CatalogFixtures.TESTER;
import static vn.motcua.catalog.CatalogFixtures.export;
import static vn.motcua.catalog.CatalogFixtures.record;
import static vn.motcua.catalog.CatalogFixtures.uniqueCode;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.motcua.calendar.TimeLimit;
import vn.motcua.catalog.ImportIssue.Kind;
import vn.motcua.organization.AgencyKind;
import vn.motcua.organization.Organization;
import vn.motcua.testing.IntegrationTest;

/**
 * Imports of the national catalogue into the real database: idempotent, refused whole, re-runnable.
 */
@IntegrationTest
class CatalogImportIntegrationTests {

  @Autowired Catalog catalog;
  @Autowired CatalogAdministration administration;
  @Autowired Organization organization;
  @Autowired JdbcClient jdbc;

  @Test
  void importingTheWholeBundledCatalogueTwiceChangesNothingTheSecondTime() {
    ImportReport first = administration.importBundled(ImportScope.WHOLE, TESTER);
    ImportReport second = administration.importBundled(ImportScope.WHOLE, TESTER);

    assertThat(first.refused()).isFalse();
    assertThat(first.records()).isEqualTo(1601);
    assertThat(first.created() + first.updated() + first.unchanged()).isEqualTo(1601);
    assertThat(second.created()).isZero();
    assertThat(second.updated()).isZero();
    assertThat(second.unchanged()).isEqualTo(1601);
    assertThat(second.issues()).isEqualTo(first.issues());
    assertThat(second.count(ImportIssue.Severity.WARNING)).isPositive();
    assertThat(catalog.procedure("1.000005"))
        .hasValueSatisfying(p -> assertThat(p.field().name()).isEqualTo("Hải quan"));
    assertThat(catalog.latestImport()).contains(second);
  }

  @Test
  void aNewerExportReplacesWhatChangedAndKeepsTheAdministratorsSettings() {
    String changing = uniqueCode();
    String staying = uniqueCode();
    administration.importExport(
        export(
            List.of(
                record(
                    changing,
                    "Thủ tục thử cũ",
                    "Thử nghiệm",
                    "Trực tiếpKhông có thông tinMiễn phí"),
                record(
                    staying,
                    "Thủ tục thử giữ nguyên",
                    "Thử nghiệm",
                    "Trực tiếp3 Ngày làm việcMiễn phí"))),
        "old.jsonl",
        TESTER);
    administration.setTimeLimit(changing, Channel.IN_PERSON, TimeLimit.workingDays(2), TESTER);

    ImportReport newer =
        administration.importExport(
            export(
                List.of(
                    record(
                        changing,
                        "Thủ tục thử mới",
                        "Thử nghiệm",
                        "Trực tiếpKhông có thông tin20,000 VNĐ"),
                    record(
                        staying,
                        "Thủ tục thử giữ nguyên",
                        "Thử nghiệm",
                        "Trực tiếp3 Ngày làm việcMiễn phí"))),
            "newer.jsonl",
            TESTER);

    assertThat(newer.created()).isZero();
    assertThat(newer.updated()).isEqualTo(1);
    assertThat(newer.unchanged()).isEqualTo(1);
    assertThat(newer.issues())
        .filteredOn(issue -> issue.kind() == Kind.NOT_IN_EXPORT)
        .extracting(ImportIssue::procedureCode)
        .contains("1.001193")
        .doesNotContain(changing, staying);
    assertThat(catalog.procedure("1.001193")).as("kept").isPresent();
    Procedure changed = catalog.procedure(changing).orElseThrow();
    assertThat(changed.name()).isEqualTo("Thủ tục thử mới");
    assertThat(changed.fees()).containsExactly(new Fee(20_000L, ""));
    assertThat(changed.timeLimit(Channel.IN_PERSON)).contains(TimeLimit.workingDays(2));
    assertThat(catalog.details(changing).orElseThrow().limitsSetByAdministrator())
        .containsExactly(Channel.IN_PERSON);
  }

  @Test
  void anExportWithBrokenRecordsIsRefusedWholeWithASpecificReasonEach() {
    String good = uniqueCode();
    String twice = uniqueCode();

    ImportReport report =
        administration.importExport(
            export(
                List.of(
                    record(good, "Thủ tục tốt", "Thử nghiệm", "Trực tiếp1Miễn phí"),
                    record("1.0011X", "Mã hỏng", "Thử nghiệm", "Trực tiếp1Miễn phí"),
                    record(twice, "Thủ tục lặp", "Thử nghiệm", "Trực tiếp1Miễn phí"),
                    record(twice, "Thủ tục lặp lại", "Thử nghiệm", "Trực tiếp1Miễn phí"),
                    "{\"ma_thu_tuc\": \"9.000000\", \"ten_thu_tuc\": ",
                    record(uniqueCode(), "", "Thử nghiệm", "Trực tiếp1Miễn phí"))),
            "broken.jsonl",
            TESTER);

    assertThat(report.refused()).isTrue();
    assertThat(report.issues())
        .filteredOn(ImportIssue::refuses)
        .extracting(ImportIssue::line, ImportIssue::kind)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(2, Kind.MALFORMED_CODE),
            org.assertj.core.groups.Tuple.tuple(4, Kind.DUPLICATE_CODE),
            org.assertj.core.groups.Tuple.tuple(5, Kind.UNREADABLE_LINE),
            org.assertj.core.groups.Tuple.tuple(6, Kind.MISSING_NAME));
    assertThat(catalog.procedure(good)).as("nothing half imported").isEmpty();
    assertThat(catalog.procedure(twice)).isEmpty();
    assertThat(catalog.importReport(report.id())).contains(report);
    assertThat(
            jdbc.sql(
                    "SELECT COUNT(*) FROM audit_event WHERE action = 'CATALOG_IMPORT_REFUSED' AND subject = 'broken.jsonl'")
                .query(Long.class)
                .single())
        .isPositive();
  }

  @Test
  void aProcedureWithoutTimeLimitCannotBeOfferedUntilAnAdministratorSetsOne() {
    String code = uniqueCode();
    administration.importExport(
        export(
            List.of(
                record(
                    code,
                    "Thủ tục chưa có thời hạn",
                    "Thử nghiệm",
                    "Trực tiếpKhông có thông tinMiễn phí"))),
        "no-limit.jsonl",
        TESTER);
    long agency =
        CatalogFixtures.newAgency(organization, "UBND xã Thử Hạn", AgencyKind.COMMUNE_COMMITTEE);

    assertThat(catalog.procedure(code).orElseThrow().hasTimeLimit()).isFalse();
    assertThat(catalog.withoutTimeLimit()).extracting(ProcedureSummary::code).contains(code);
    assertThatThrownBy(
            () -> administration.offer(agency, code, OnlineLevel.NONE, List.of(), TESTER))
        .isInstanceOfSatisfying(
            ProcessRefused.class,
            refused ->
                assertThat(refused.issues()).containsExactly(new ProcessIssue.NoTimeLimit()));

    administration.setTimeLimit(code, Channel.IN_PERSON, TimeLimit.workingDays(3), TESTER);
    Offer offer = administration.offer(agency, code, OnlineLevel.NONE, List.of(), TESTER);

    assertThat(catalog.withoutTimeLimit()).extracting(ProcedureSummary::code).doesNotContain(code);
    assertThat(offer.process().totalShareDays()).isEqualByComparingTo("3");
    assertThat(
            jdbc.sql("SELECT action FROM audit_event WHERE subject = :code ORDER BY id")
                .param("code", code)
                .query(String.class)
                .list())
        .contains("CATALOG_TIME_LIMIT_SET");
  }

  @Test
  void theDemoWardOffersEveryCivilStatusAndCertificationProcedureWithADefaultProcess() {
    long ward =
        organization.agencies(AgencyKind.COMMUNE_COMMITTEE).stream()
            .filter(agency -> agency.name().equals("UBND phường Thốt Nốt"))
            .findFirst()
            .orElseThrow()
            .id();

    List<Offer> offers = catalog.offers(ward);

    assertThat(offers).hasSize(53);
    Offer birth = catalog.offer(ward, "1.001193").orElseThrow();
    assertThat(birth.process().steps())
        .extracting(ProcessStep::role, step -> step.shareDays().toPlainString())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(vn.motcua.security.Role.SPECIALIST, "0.75"),
            org.assertj.core.groups.Tuple.tuple(vn.motcua.security.Role.LEADER, "0.25"));
    assertThat(birth.fees()).containsExactly(new Fee(0L, ""));
    assertThat(catalog.procedure("2.000815").orElseThrow().timeLimit(Channel.IN_PERSON))
        .contains(
            new TimeLimit(
                new java.math.BigDecimal("0.5"), vn.motcua.calendar.LimitUnit.WORKING_DAYS));
  }
}
