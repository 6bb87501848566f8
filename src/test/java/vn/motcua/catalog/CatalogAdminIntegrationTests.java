package vn.motcua.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.motcua.calendar.TimeLimit;
import vn.motcua.organization.AgencyCode;
import vn.motcua.organization.AgencyKind;
import vn.motcua.organization.NewAgency;
import vn.motcua.organization.Organization;
import vn.motcua.testing.IntegrationTest;
import vn.motcua.testing.TestHttp;

/** The catalogue's admin pages, as the demo administrator of the province uses them. */
@IntegrationTest
class CatalogAdminIntegrationTests {

  @LocalServerPort int port;
  @Autowired Catalog catalog;
  @Autowired CatalogAdministration administration;
  @Autowired Organization organization;
  @Autowired JdbcClient jdbc;

  TestHttp admin;
  long ward;

  @BeforeEach
  void signIn() {
    admin = new TestHttp(port);
    admin.signIn("quantri", "demo");
    ward = organization.agency(new AgencyCode("000.01.31.H13")).orElseThrow().id();
  }

  /**
   * A ward below the demo province, which quantri administers, offering birth registration; quantri
   * signs in again, as the agencies an officer covers are fixed at sign-in.
   */
  private long wardWithBirthRegistration() {
    long province = organization.agency(new AgencyCode("000.00.00.H13")).orElseThrow().id();
    long agency =
        organization.register(
            new NewAgency(
                new AgencyCode("TEST." + System.nanoTime() % 100_000_000),
                "UBND phường Thử Quản Trị",
                AgencyKind.COMMUNE_COMMITTEE,
                province,
                null,
                null,
                null));
    administration.offer(agency, "1.001193", OnlineLevel.FULL, List.of(), CatalogFixtures.TESTER);
    signIn();
    return agency;
  }

  @Test
  void onlyAdministratorsReachTheCatalogueAdministration() {
    TestHttp reception = new TestHttp(port);
    reception.signIn("tiepnhan", "demo");

    assertThat(reception.get("/admin/catalog").statusCode()).isEqualTo(403);
    assertThat(new TestHttp(port).get("/admin/catalog").statusCode()).isEqualTo(302);
    assertThat(admin.get("/officer").body()).contains("href=\"/admin/catalog\"");
    assertThat(reception.get("/officer").body()).doesNotContain("href=\"/admin/catalog\"");
    HttpResponse<String> page = admin.get("/admin/catalog");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("UBND phường Thốt Nốt").contains("Nhập danh mục đi kèm");
  }

  @Test
  void anAdministratorSetsAMissingTimeLimitAndItIsAudited() {
    String code = CatalogFixtures.uniqueCode();
    administration.importExport(
        CatalogFixtures.export(
            List.of(
                CatalogFixtures.record(
                    code,
                    "Thủ tục cần thời hạn",
                    "Thử nghiệm",
                    "Trực tiếpKhông có thông tinMiễn phí"))),
        "admin.jsonl",
        CatalogFixtures.TESTER);
    assertThat(admin.get("/admin/catalog").body()).contains(code);
    admin.get("/admin/catalog/procedures/" + code);

    HttpResponse<String> refused =
        admin.postForm(
            "/admin/catalog/procedures/" + code + "/time-limit",
            Map.of("channel", "IN_PERSON", "amount", "1.5", "unit", "DAYS"));
    assertThat(
            admin
                .get(
                    refused
                        .headers()
                        .firstValue("Location")
                        .orElseThrow()
                        .replaceFirst("^https?://[^/]+", ""))
                .body())
        .contains("ngày và tháng là số nguyên");
    HttpResponse<String> saved =
        admin.postForm(
            "/admin/catalog/procedures/" + code + "/time-limit",
            Map.of("channel", "IN_PERSON", "amount", "2", "unit", "WORKING_DAYS"));

    assertThat(saved.statusCode()).isEqualTo(302);
    assertThat(catalog.procedure(code).orElseThrow().timeLimit(Channel.IN_PERSON))
        .contains(TimeLimit.workingDays(2));
    assertThat(admin.get("/admin/catalog/procedures/" + code).body())
        .contains("Đã lưu thời hạn giải quyết.")
        .contains("2 ngày làm việc");
    assertThat(
            jdbc.sql(
                    "SELECT actor FROM audit_event WHERE action = 'CATALOG_TIME_LIMIT_SET' AND subject = :code")
                .param("code", code)
                .query(String.class)
                .list())
        .containsExactly("quantri");
  }

  @Test
  void aProcessWhoseSharesDoNotFitIsRefusedOnThePageAndAFittingOneIsSavedAsANewVersion() {
    long agency = wardWithBirthRegistration();
    String path = "/admin/catalog/agencies/" + agency + "/offers/1.001193";
    admin.get(path);

    HttpResponse<String> refused = admin.postForm(path + "/process", step("1.5"));
    assertThat(refused.statusCode()).isEqualTo(200);
    assertThat(refused.body())
        .contains("Không lưu được quy trình")
        .contains("vượt thời hạn giải quyết");
    assertThat(catalog.processHistory(agency, "1.001193")).hasSize(1);

    HttpResponse<String> saved = admin.postForm(path + "/process", step("1"));
    assertThat(saved.statusCode()).isEqualTo(302);
    assertThat(catalog.processHistory(agency, "1.001193")).hasSize(2);
    assertThat(admin.get(path).body())
        .contains("Đã lưu phiên bản mới của quy trình.")
        .contains("Phiên bản 2: 1 bước, 1 ngày làm việc");
    assertThat(
            jdbc.sql(
                    "SELECT COUNT(*) FROM audit_event WHERE action = 'CATALOG_PROCESS_REVISED' AND subject = :subject AND actor = 'quantri'")
                .param("subject", agency + "/1.001193")
                .query(Long.class)
                .single())
        .isEqualTo(1);
  }

  /** The form of a one-step process. */
  private static Map<String, String> step(String share) {
    return Map.of(
        "stepName", "Thẩm tra và ký",
        "stepRole", "LEADER",
        "stepShare", share,
        "stepDepartment", "",
        "stepOtherAgency", "");
  }

  @Test
  void anAdministratorAddsAndWithdrawsAnOfferAndSetsItsFees() {
    long agency = wardWithBirthRegistration();
    admin.get("/admin/catalog/agencies/" + agency);

    HttpResponse<String> added =
        admin.postForm(
            "/admin/catalog/agencies/" + agency + "/offers",
            Map.of("code", "1.000656", "onlineLevel", "PARTIAL"));
    assertThat(added.statusCode()).isEqualTo(302);
    assertThat(catalog.offer(agency, "1.000656"))
        .hasValueSatisfying(o -> assertThat(o.onlineLevel()).isEqualTo(OnlineLevel.PARTIAL));

    admin.get("/admin/catalog/agencies/" + agency + "/offers/1.000656");
    admin.postForm(
        "/admin/catalog/agencies/" + agency + "/offers/1.000656",
        Map.of(
            "onlineLevel",
            "FULL",
            "feeAmount",
            "8.000",
            "feeDescription",
            "Cấp bản sao trích lục"));
    assertThat(catalog.offer(agency, "1.000656").orElseThrow().fees())
        .containsExactly(new Fee(8_000L, "Cấp bản sao trích lục"));

    admin.get("/admin/catalog/agencies/" + agency + "/offers/1.000656");
    admin.postForm("/admin/catalog/agencies/" + agency + "/offers/1.000656/withdraw", Map.of());
    assertThat(catalog.offer(agency, "1.000656")).isEmpty();

    admin.get("/admin/catalog/agencies/" + agency);
    HttpResponse<String> unknown =
        admin.postForm(
            "/admin/catalog/agencies/" + agency + "/offers",
            Map.of("code", "1.0006", "onlineLevel", "FULL"));
    assertThat(admin.get("/admin/catalog/agencies/" + agency).body())
        .contains("Không có thủ tục nào mang mã này.");
    assertThat(unknown.statusCode()).isEqualTo(302);
  }

  @Test
  void agenciesOutsideTheAdministratorsScopeAreNotFound() {
    long outside =
        CatalogFixtures.newAgency(organization, "UBND tỉnh Khác", AgencyKind.PROVINCE_COMMITTEE);

    assertThat(admin.get("/admin/catalog/agencies/" + outside).statusCode()).isEqualTo(404);
    assertThat(admin.get("/admin/catalog/agencies/" + ward).statusCode()).isEqualTo(200);
  }

  @Test
  void anUploadedExportWithBrokenRecordsIsRefusedAndItsReportShown() {
    String boundary = "----motcua" + System.nanoTime();
    admin.get("/admin/catalog");
    String body =
        "--"
            + boundary
            + "\r\n"
            + "Content-Disposition: form-data; name=\"_csrf\"\r\n\r\n"
            + admin.csrfToken()
            + "\r\n"
            + "--"
            + boundary
            + "\r\n"
            + "Content-Disposition: form-data; name=\"export\"; filename=\"hong.jsonl\"\r\n"
            + "Content-Type: application/octet-stream\r\n\r\n"
            + CatalogFixtures.record(
                CatalogFixtures.uniqueCode(), "Tốt", "Thử nghiệm", "Trực tiếp1Miễn phí")
            + "\n"
            + CatalogFixtures.record("12.34", "Mã hỏng", "Thử nghiệm", "Trực tiếp1Miễn phí")
            + "\n"
            + "\r\n--"
            + boundary
            + "--\r\n";

    HttpResponse<String> upload =
        admin.send(
            "POST",
            "/admin/catalog/import-file",
            body,
            "Content-Type",
            "multipart/form-data; boundary=" + boundary);

    assertThat(upload.statusCode()).isEqualTo(302);
    String report =
        admin
            .get(
                upload
                    .headers()
                    .firstValue("Location")
                    .orElseThrow()
                    .replaceFirst("^https?://[^/]+", ""))
            .body();
    assertThat(report)
        .contains("id=\"refused\"")
        .contains("hong.jsonl")
        .contains("Mã thủ tục &quot;12.34&quot; không đúng dạng");
  }
}
