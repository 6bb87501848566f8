package vn.motcua.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.motcua.catalog.CatalogFixtures.TESTER;
import static vn.motcua.catalog.CatalogFixtures.export;
import static vn.motcua.catalog.CatalogFixtures.record;
import static vn.motcua.catalog.CatalogFixtures.uniqueCode;

import java.math.BigDecimal;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.motcua.organization.AgencyKind;
import vn.motcua.organization.FieldDirectory;
import vn.motcua.organization.Organization;
import vn.motcua.security.Role;
import vn.motcua.testing.IntegrationTest;

/** Agencies' offers and their versioned internal processes, in the real database. */
@IntegrationTest
class OfferIntegrationTests {

  @Autowired Catalog catalog;
  @Autowired CatalogAdministration administration;
  @Autowired Organization organization;
  @Autowired FieldDirectory fieldDirectory;

  long agency;

  @BeforeEach
  void offerBirthRegistrationAtANewAgency() {
    agency =
        CatalogFixtures.newAgency(
            organization, "UBND xã Thử Quy Trình", AgencyKind.COMMUNE_COMMITTEE);
    administration.offer(agency, "1.001193", OnlineLevel.FULL, List.of(new Fee(0L, "")), TESTER);
  }

  private static ProcessStep step(String name, Role role, String share) {
    return new ProcessStep(0, name, role, null, new BigDecimal(share), null);
  }

  @Test
  void revisingAProcessMakesANewVersionAndKeepsTheOldOneReadableById() {
    ProcessVersion first = catalog.offer(agency, "1.001193").orElseThrow().process();

    ProcessRevision revision =
        administration.reviseProcess(
            agency,
            "1.001193",
            List.of(
                step("Tiếp nhận, chuyển hồ sơ", Role.RECEPTION, "0.125"),
                step("Thẩm tra hồ sơ", Role.SPECIALIST, "0.625"),
                step("Ký giấy khai sinh", Role.LEADER, "0.25")),
            TESTER);

    assertThat(revision.warnings()).isEmpty();
    assertThat(revision.process().version()).isEqualTo(first.version() + 1);
    Offer offer = catalog.offer(agency, "1.001193").orElseThrow();
    assertThat(offer.process()).isEqualTo(revision.process());
    assertThat(offer.process().steps()).extracting(ProcessStep::position).containsExactly(1, 2, 3);
    assertThat(catalog.processVersion(first.id())).contains(first);
    assertThat(catalog.processHistory(agency, "1.001193"))
        .extracting(ProcessVersion::version)
        .containsExactly(2, 1);
  }

  @Test
  void aProcessWhoseSharesExceedTheTimeLimitIsRefusedAndNothingIsSaved() {
    assertThatThrownBy(
            () ->
                administration.reviseProcess(
                    agency,
                    "1.001193",
                    List.of(step("Thẩm tra", Role.SPECIALIST, "1"), step("Ký", Role.LEADER, "0.5")),
                    TESTER))
        .isInstanceOfSatisfying(
            ProcessRefused.class,
            refused ->
                assertThat(refused.issues())
                    .containsExactly(
                        new ProcessIssue.SharesExceedLimit(new BigDecimal("1.5"), BigDecimal.ONE)));
    assertThat(catalog.processHistory(agency, "1.001193")).hasSize(1);
  }

  @Test
  void aProcessShortOfTheTimeLimitIsSavedWithAWarning() {
    ProcessRevision revision =
        administration.reviseProcess(
            agency, "1.001193", List.of(step("Thẩm tra và ký", Role.LEADER, "0.5")), TESTER);

    assertThat(revision.warnings())
        .containsExactly(new ProcessIssue.SharesFallShort(new BigDecimal("0.5"), BigDecimal.ONE));
  }

  @Test
  void stepsAtUnknownDepartmentsOrAgenciesAreRefused() {
    assertThatThrownBy(
            () ->
                administration.reviseProcess(
                    agency,
                    "1.001193",
                    List.of(
                        new ProcessStep(
                            0,
                            "Thẩm tra",
                            Role.SPECIALIST,
                            999_999_999L,
                            new BigDecimal("0.5"),
                            null),
                        new ProcessStep(
                            0,
                            "Xác minh",
                            Role.SPECIALIST,
                            null,
                            new BigDecimal("0.25"),
                            "KHONG.CO.999"),
                        new ProcessStep(
                            0, "Ký", Role.LEADER, null, new BigDecimal("0.25"), "mã sai")),
                    TESTER))
        .isInstanceOfSatisfying(
            ProcessRefused.class,
            refused ->
                assertThat(refused.issues())
                    .containsExactly(
                        new ProcessIssue.UnknownDepartment(1, 999_999_999L),
                        new ProcessIssue.UnknownOtherAgency(2, "KHONG.CO.999"),
                        new ProcessIssue.UnknownOtherAgency(3, "mã sai")));
  }

  @Test
  void anInterAgencyStepNamesAnExistingAgency() {
    long other = CatalogFixtures.newAgency(organization, "Công an xã Thử", AgencyKind.DEPARTMENT);
    String code = organization.agency(other).orElseThrow().code().value();

    ProcessRevision revision =
        administration.reviseProcess(
            agency,
            "1.001193",
            List.of(
                new ProcessStep(0, "Thẩm tra", Role.SPECIALIST, null, new BigDecimal("0.5"), null),
                new ProcessStep(
                    0, "Xác minh cư trú", Role.SPECIALIST, null, new BigDecimal("0.25"), code),
                new ProcessStep(0, "Ký", Role.LEADER, null, new BigDecimal("0.25"), null)),
            TESTER);

    assertThat(revision.process().steps().get(1).interAgency()).isTrue();
    assertThat(revision.process().steps().get(1).otherAgencyCode()).isEqualTo(code);
  }

  @Test
  void aWithdrawnOfferIsNoLongerOfferedButItsProcessStaysReadable() {
    ProcessVersion process = catalog.offer(agency, "1.001193").orElseThrow().process();

    administration.withdraw(agency, "1.001193", TESTER);

    assertThat(catalog.offer(agency, "1.001193")).isEmpty();
    assertThat(catalog.offers(agency)).isEmpty();
    assertThat(catalog.agenciesOffering("1.001193")).doesNotContain(agency);
    assertThat(catalog.processVersion(process.id())).contains(process);

    Offer again = administration.offer(agency, "1.001193", OnlineLevel.PARTIAL, List.of(), TESTER);
    assertThat(again.process()).isEqualTo(process);
    assertThat(again.onlineLevel()).isEqualTo(OnlineLevel.PARTIAL);
  }

  @Test
  void theCutoffIsFifteenHoursByDefaultAndCanBeSetPerProcedure() {
    String code = uniqueCode();
    administration.importExport(
        export(List.of(record(code, "Thủ tục giờ chốt", "Thử nghiệm", "Trực tiếp1Miễn phí"))),
        "cutoff.jsonl",
        TESTER);

    assertThat(catalog.procedure(code).orElseThrow().cutoff()).isEqualTo(LocalTime.of(15, 0));
    administration.setCutoff(code, LocalTime.of(16, 30), TESTER);
    assertThat(catalog.procedure(code).orElseThrow().cutoff()).isEqualTo(LocalTime.of(16, 30));
    administration.setCutoff(code, null, TESTER);
    assertThat(catalog.procedure(code).orElseThrow().cutoff()).isNull();
    administration.useDefaultCutoff(code, TESTER);
    assertThat(catalog.procedure(code).orElseThrow().cutoff()).isEqualTo(LocalTime.of(15, 0));
  }

  @Test
  void specialistsFieldsAreTheCataloguesFields() {
    assertThat(fieldDirectory.fields())
        .contains(
            new FieldDirectory.FieldOption("ho-tich", "Hộ tịch"),
            new FieldDirectory.FieldOption("chung-thuc", "Chứng thực"));
  }
}
