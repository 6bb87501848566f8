package vn.motcua.reporting.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.motcua.shared.Instants;
import vn.motcua.testing.IntegrationTest;
import vn.motcua.testing.Pdfs;
import vn.motcua.testing.TestHttp;

/**
 * Biểu 06 of the ward of Thốt Nốt for today, before and after dossiers go through the real dossier
 * API: the report moves by exactly what was done, keeps its identities, and its Excel export says
 * the same; the page's PDF button downloads the report on screen.
 */
@IntegrationTest
class Bieu06ApiIntegrationTests {

  static final String RECEPTION = TestHttp.basic("tiepnhan", "demo");
  static final String SPECIALIST = TestHttp.basic("chuyenvien", "demo");
  static final String LEADER = TestHttp.basic("lanhdao", "demo");
  static final String SUPERVISOR = TestHttp.basic("giamsat", "demo");
  static final String OTHER_SUPERVISOR = TestHttp.basic("giamsat2", "demo");

  @LocalServerPort int port;
  @Autowired JsonMapper json;

  TestHttp http;
  String today;

  @BeforeEach
  void setUp() {
    http = new TestHttp(port);
    today = LocalDate.now(Instants.VIETNAM).toString();
  }

  @Test
  void dossiersThroughTheApiMoveTheReportByWhatWasDone() {
    JsonNode before = bieu06(SUPERVISOR).get("total");

    String settled = create("Báo Cáo Một");
    act(settled, SPECIALIST, "FORWARD", 0, "");
    act(settled, LEADER, "RESULT_READY", 1, ",\"resultNumber\":\"BC-1\",\"electronic\":true");
    create("Báo Cáo Hai");
    String withdrawn = create("Báo Cáo Ba");
    act(withdrawn, RECEPTION, "WITHDRAW", 0, ",\"note\":\"Công dân rút hồ sơ\"");
    JsonNode after = bieu06(SUPERVISOR);
    JsonNode total = after.get("total");

    assertThat(delta(before, total, "receivedDirect")).isEqualTo(3);
    assertThat(delta(before, total, "received")).isEqualTo(3);
    assertThat(delta(before, total, "settled")).isEqualTo(1);
    assertThat(delta(before, total, "settledEarly") + delta(before, total, "settledOnTime"))
        .isEqualTo(1);
    assertThat(delta(before, total, "inProgress")).isEqualTo(1);
    assertThat(delta(before, total, "closedWithoutResult")).isEqualTo(1);
    for (JsonNode line : after.get("rows")) {
      assertIdentities(line);
    }
    assertIdentities(total);
    assertThat(after.get("rows").get(0).get("fieldName").asString()).isNotBlank();
  }

  @Test
  void excelExportHasTheSameTotalsAsTheApi() throws Exception {
    create("Báo Cáo Excel");
    JsonNode total = bieu06(SUPERVISOR).get("total");

    HttpResponse<byte[]> xlsx =
        http.getBytes(
            "/api/v1/reports/bieu06.xlsx?agency=000.01.31.H13&from=" + today + "&to=" + today,
            "Authorization",
            SUPERVISOR);

    assertThat(xlsx.statusCode()).isEqualTo(200);
    assertThat(xlsx.headers().firstValue("Content-Disposition").orElseThrow())
        .contains("bieu06-000.01.31.H13");
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
      Sheet sheet = workbook.getSheetAt(0);
      assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).startsWith("Biểu 06");
      assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).contains("UBND phường Thốt Nốt");
      assertThat(sheet.getRow(4).getCell(3).getStringCellValue()).isEqualTo("Kỳ trước chuyển qua");
      Row last = sheet.getRow(sheet.getLastRowNum());
      assertThat(last.getCell(1).getStringCellValue()).isEqualTo("Tổng cộng");
      assertThat((long) last.getCell(2).getNumericCellValue())
          .isEqualTo(total.get("received").asLong());
      assertThat((long) last.getCell(6).getNumericCellValue())
          .isEqualTo(total.get("settled").asLong());
      assertThat((long) last.getCell(10).getNumericCellValue())
          .isEqualTo(total.get("inProgress").asLong());
    }
  }

  @Test
  void theReportPageShowsTheTableForTheOfficersOwnWard() {
    http.signIn("giamsat", "demo");

    HttpResponse<String> page = http.get("/reports/bieu06");

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body())
        .contains("id=\"bieu06-table\"", "UBND phường Thốt Nốt", "Kỳ trước chuyển qua");
  }

  @Test
  void thePagesPdfButtonDownloadsTheReportOnScreen() {
    http.signIn("giamsat", "demo");
    String page = http.get("/reports/bieu06").body();
    Matcher button = Pattern.compile("id=\"bieu06-pdf\"\\s+href=\"([^\"]+)\"").matcher(page);
    assertThat(button.find()).as("the PDF button").isTrue();
    String link = button.group(1).replace("&amp;", "&");
    LocalDate day = LocalDate.parse(today);

    HttpResponse<byte[]> pdf = http.getBytes(link);

    assertThat(link)
        .startsWith(
            "/api/v1/reports/bieu06.pdf?agency=000.01.31.H13&from=%s&to=%s"
                .formatted(day.withDayOfMonth(1), day));
    assertThat(pdf.statusCode()).isEqualTo(200);
    assertThat(pdf.headers().firstValue("Content-Type")).contains("application/pdf");
    assertThat(Pdfs.text(pdf.body()))
        .contains("Đơn vị báo cáo: UBND phường Thốt Nốt", "Kỳ trước chuyển qua", "Tổng cộng");
  }

  @Test
  void thePdfIsRefusedAsTheJsonIs() {
    String period = "&from=" + today + "&to=" + today;

    HttpResponse<String> otherWard =
        http.get(
            "/api/v1/reports/bieu06.pdf?agency=000.01.31.H13" + period,
            "Authorization",
            OTHER_SUPERVISOR);
    HttpResponse<String> backwards =
        http.get(
            "/api/v1/reports/bieu06.pdf?agency=000.01.31.H13&from=2026-03-02&to=2026-03-01",
            "Authorization",
            SUPERVISOR,
            "Accept",
            "application/pdf");
    HttpResponse<String> notADate =
        http.get(
            "/api/v1/reports/bieu06.pdf?agency=000.01.31.H13&from=hom-qua&to=" + today,
            "Authorization",
            SUPERVISOR);
    HttpResponse<String> specialist =
        http.get(
            "/api/v1/reports/bieu06.pdf?agency=000.01.31.H13" + period,
            "Authorization",
            SPECIALIST);

    assertThat(otherWard.statusCode()).isEqualTo(404);
    assertThat(otherWard.headers().firstValue("Content-Type")).contains("application/problem+json");
    assertThat(backwards.statusCode()).isEqualTo(400);
    assertThat(backwards.headers().firstValue("Content-Type")).contains("application/problem+json");
    assertThat(json.readTree(backwards.body()).get("parameter").asString()).isEqualTo("to");
    assertThat(notADate.statusCode()).isEqualTo(400);
    assertThat(notADate.headers().firstValue("Content-Type")).contains("application/problem+json");
    assertThat(specialist.statusCode()).isEqualTo(403);
  }

  @Test
  void theExportsAreDescribedForOpenApi() {
    assertThat(http.get("/v3/api-docs").body())
        .contains("/api/v1/reports/bieu06.pdf", "application/pdf")
        .contains("/api/v1/reports/bieu06.xlsx");
  }

  @Test
  void anAgencyOutsideTheSupervisorsScopeIsNotFoundAndABackwardPeriodIsRefused() {
    HttpResponse<String> otherWard =
        http.get(
            "/api/v1/reports/bieu06?agency=000.01.31.H13&from=" + today + "&to=" + today,
            "Authorization",
            OTHER_SUPERVISOR);
    HttpResponse<String> backwards =
        http.get(
            "/api/v1/reports/bieu06?agency=000.01.31.H13&from=2026-03-02&to=2026-03-01",
            "Authorization",
            SUPERVISOR);
    HttpResponse<String> specialist =
        http.get(
            "/api/v1/reports/bieu06?agency=000.01.31.H13&from=" + today + "&to=" + today,
            "Authorization",
            SPECIALIST);

    assertThat(otherWard.statusCode()).isEqualTo(404);
    assertThat(otherWard.headers().firstValue("Content-Type")).contains("application/problem+json");
    assertThat(backwards.statusCode()).isEqualTo(400);
    assertThat(json.readTree(backwards.body()).get("parameter").asString()).isEqualTo("to");
    assertThat(specialist.statusCode()).isEqualTo(403);
  }

  private JsonNode bieu06(String who) {
    HttpResponse<String> response =
        http.get(
            "/api/v1/reports/bieu06?agency=000.01.31.H13&from=" + today + "&to=" + today,
            "Authorization",
            who);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return json.readTree(response.body());
  }

  private String create(String applicant) {
    HttpResponse<String> created =
        http.postJson(
            "/api/v1/dossiers",
            """
            {"procedureCode":"1.001193","channel":"IN_PERSON",
             "applicant":{"name":"%s","phone":"0912 345 678"}}
            """
                .formatted(applicant),
            "Authorization",
            RECEPTION);
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    return json.readTree(created.body()).get("code").asString();
  }

  private void act(String code, String who, String action, int version, String extra) {
    HttpResponse<String> response =
        http.postJson(
            "/api/v1/dossiers/" + code + "/actions",
            "{\"action\":\"%s\",\"version\":%d%s}".formatted(action, version, extra),
            "Authorization",
            who);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
  }

  private static long delta(JsonNode before, JsonNode after, String figure) {
    return after.get(figure).asLong() - before.get(figure).asLong();
  }

  private static void assertIdentities(JsonNode line) {
    long received = line.get("received").asLong();
    assertThat(received)
        .isEqualTo(
            line.get("carriedOver").asLong()
                + line.get("receivedOnline").asLong()
                + line.get("receivedDirect").asLong());
    assertThat(received)
        .isEqualTo(
            line.get("settled").asLong()
                + line.get("inProgress").asLong()
                + line.get("closedWithoutResult").asLong());
  }
}
