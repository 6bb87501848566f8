package vn.motcua.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.motcua.organization.AgencyKind;
import vn.motcua.organization.Organization;
import vn.motcua.testing.IntegrationTest;
import vn.motcua.testing.TestHttp;

/** The search of the catalogue, its API and its public pages, without sign-in. */
@IntegrationTest
class CatalogSearchIntegrationTests {

  @LocalServerPort int port;
  @Autowired Catalog catalog;
  @Autowired Organization organization;
  @Autowired CatalogAdministration catalogAdministration;

  TestHttp http;
  long ward;

  @BeforeEach
  void setUp() {
    http = new TestHttp(port);
    ward =
        organization.agencies(AgencyKind.COMMUNE_COMMITTEE).stream()
            .filter(agency -> agency.name().equals("UBND phường Thốt Nốt"))
            .findFirst()
            .orElseThrow()
            .id();
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }

  @Test
  void wordsWithoutDiacriticsFindTheProcedureWithThem() {
    ProcedurePage page = catalog.search(ProcedureQuery.text("xac nhan tinh trang hon nhan"));

    assertThat(page.items())
        .first()
        .satisfies(
            first -> {
              assertThat(first.code()).isEqualTo("1.004873");
              assertThat(first.name()).isEqualTo("Thủ tục cấp Giấy xác nhận tình trạng hôn nhân");
            });
  }

  @Test
  void dFindsĐAndTheWordsNeedNotBeAdjacent() {
    assertThat(catalog.search(ProcedureQuery.text("dang ky khai sinh")).items())
        .extracting(ProcedureSummary::code)
        .contains("1.001193");
    assertThat(catalog.search(ProcedureQuery.text("ĐĂNG KÝ khai SINH")).items())
        .extracting(ProcedureSummary::code)
        .contains("1.001193");
    assertThat(catalog.search(ProcedureQuery.text("khai sinh lưu động")).items())
        .extracting(ProcedureSummary::code)
        .contains("1.003583");
  }

  @Test
  void theExactCodeComesFirst() {
    assertThat(catalog.search(ProcedureQuery.text("1.001193")).items())
        .first()
        .extracting(ProcedureSummary::code)
        .isEqualTo("1.001193");
  }

  @Test
  void filtersNarrowByFieldLevelAndAgency() {
    ProcedurePage certification =
        catalog.search(new ProcedureQuery("", "chung-thuc", "cap-xa", null, 0, 100));
    ProcedurePage offered =
        catalog.search(new ProcedureQuery("khai sinh", null, null, ward, 0, 100));
    long elsewhere =
        CatalogFixtures.newAgency(organization, "UBND xã Không Nhận", AgencyKind.COMMUNE_COMMITTEE);

    assertThat(certification.items())
        .isNotEmpty()
        .allSatisfy(p -> assertThat(p.field().name()).isEqualTo("Chứng thực"))
        .allSatisfy(p -> assertThat(p.level()).contains("Cấp xã"));
    assertThat(offered.items()).extracting(ProcedureSummary::code).contains("1.001193");
    assertThat(catalog.search(new ProcedureQuery("", null, null, elsewhere, 0, 20)).total())
        .isZero();
  }

  @Test
  void resultsArePaged() {
    ProcedurePage first = catalog.search(new ProcedureQuery("", "ho-tich", null, null, 0, 10));
    ProcedurePage second = catalog.search(new ProcedureQuery("", "ho-tich", null, null, 1, 10));

    assertThat(first.total()).isEqualTo(second.total()).isGreaterThanOrEqualTo(41);
    assertThat(first.items()).hasSize(10);
    assertThat(first.items()).doesNotContainAnyElementsOf(second.items());
  }

  @Test
  void theApiSearchesWithoutSignIn() {
    HttpResponse<String> response =
        http.get(
            "/api/v1/procedures?q="
                + encode("xac nhan tinh trang hon nhan")
                + "&level=cap-xa&size=5");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body())
        .contains("\"code\":\"1.004873\"")
        .contains("\"field\":{\"code\":\"ho-tich\",\"name\":\"Hộ tịch\"}")
        .contains("\"size\":5");
  }

  @Test
  void theApiReadsOneProcedureWithItsChannelsFeesAndComponents() {
    HttpResponse<String> response = http.get("/api/v1/procedures/1.001193");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body())
        .contains("\"name\":\"Thủ tục đăng ký khai sinh\"")
        .contains("\"timeLimit\":{\"amount\":1,\"unit\":\"WORKING_DAYS\"}")
        .contains("\"amountVnd\":0,\"free\":true")
        .contains("\"group\":\"Giấy tờ phải nộp\"")
        .contains("\"cutoff\":\"15:00\"")
        .contains("\"receivable\":true")
        .contains("\"name\":\"UBND phường Thốt Nốt\"");
  }

  @Test
  void theApiRefusesBadParametersByNameAndUnknownCodesWith404() {
    assertThat(http.get("/api/v1/procedures/1.0011X"))
        .satisfies(r -> assertThat(r.statusCode()).isEqualTo(400))
        .satisfies(r -> assertThat(r.body()).contains("\"parameter\":\"code\""));
    assertThat(http.get("/api/v1/procedures/9.999999"))
        .satisfies(r -> assertThat(r.statusCode()).isEqualTo(404))
        .satisfies(r -> assertThat(r.body()).contains("urn:motcua:problem:not-found"));
    for (String bad :
        new String[] {
          "agency=abc", "agency=-1", "page=-1", "size=0", "size=101", "field=Ho%20tich", "level=%25"
        }) {
      HttpResponse<String> response = http.get("/api/v1/procedures?" + bad.replace(" ", "+"));
      assertThat(response.statusCode()).as(bad).isEqualTo(400);
      assertThat(response.body())
          .as(bad)
          .contains("\"parameter\":\"" + bad.substring(0, bad.indexOf('=')) + "\"");
    }
    assertThat(http.get("/api/v1/procedures?q=" + "a".repeat(201)).body())
        .contains("\"parameter\":\"q\"");
  }

  @Test
  void thePublicSearchAndProcedurePagesNeedNoSignIn() {
    String search =
        http.get("/public/procedures?q=" + encode("xac nhan tinh trang hon nhan")).body();
    HttpResponse<String> procedure = http.get("/public/procedures/1.001193");

    assertThat(search)
        .contains("Thủ tục cấp Giấy xác nhận tình trạng hôn nhân")
        .contains("/public/procedures/1.004873");
    assertThat(procedure.statusCode()).isEqualTo(200);
    assertThat(procedure.body())
        .contains("Thủ tục đăng ký khai sinh")
        .contains("1 ngày làm việc")
        .contains("Miễn phí")
        .contains("Giấy chứng sinh")
        .contains("Luật Hộ tịch")
        .contains("UBND phường Thốt Nốt");
    assertThat(http.get("/public/procedures/9.999999").statusCode()).isEqualTo(404);
    assertThat(http.get("/public/procedures?page=x").statusCode()).isEqualTo(400);
  }

  @Test
  void theHomePageLinksToTheCatalogue() {
    assertThat(http.get("/").body()).contains("href=\"/public/procedures\"");
  }

  @Test
  void aWardPostsItsProceduresWithFeesForPrinting() {
    HttpResponse<String> posting = http.get("/public/agencies/" + ward + "/posting");

    assertThat(posting.statusCode()).isEqualTo(200);
    assertThat(posting.body())
        .contains("UBND phường Thốt Nốt")
        .contains("Lĩnh vực Hộ tịch")
        .contains("Lĩnh vực Chứng thực")
        .contains("1.001193")
        .contains("2.000 đồng")
        .contains("data-print");
    assertThat(http.get("/public/agencies/999999999/posting").statusCode()).isEqualTo(404);
  }

  @Test
  void aProcedureWithoutTimeLimitSaysItCannotBeReceivedYet() {
    String code = CatalogFixtures.uniqueCode();
    catalogAdministration.importExport(
        CatalogFixtures.export(
            List.of(
                CatalogFixtures.record(
                    code,
                    "Thủ tục chưa hạn",
                    "Thử nghiệm",
                    "Trực tiếpKhông có thông tinMiễn phí"))),
        "page.jsonl",
        CatalogFixtures.TESTER);

    assertThat(http.get("/public/procedures/" + code).body())
        .contains("id=\"not-receivable\"")
        .contains("Chưa có thời hạn (danh mục ghi: Không có thông tin)");
  }
}
