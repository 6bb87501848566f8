package vn.motcua.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.documents.DocumentsClient.LEADER;
import static vn.motcua.documents.DocumentsClient.OTHER_WARD;
import static vn.motcua.documents.DocumentsClient.RECEPTION;
import static vn.motcua.documents.DocumentsClient.SPECIALIST;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.json.JsonMapper;
import vn.motcua.testing.IntegrationTest;
import vn.motcua.testing.Pdfs;

/** The register of the demo ward's civil status dossiers, as Excel and as PDF. */
@IntegrationTest
class RegisterIntegrationTests {

  static final String WARD = "000.01.31.H13";

  @LocalServerPort int port;
  @Autowired JsonMapper json;

  DocumentsClient api;

  @BeforeEach
  void setUp() {
    api = new DocumentsClient(port, json);
  }

  @Test
  void excelRegisterHasTheColumnsOfTheFormAndARowPerDossierReceived() throws IOException {
    String open = api.receive("Quách Thị Yến", "ACCEPT", "").get("code").asString();
    String returned = api.receive("Quách Văn Sáng", "ACCEPT", "").get("code").asString();
    int version = api.act(returned, SPECIALIST, "FORWARD", 0, "");
    version = api.act(returned, LEADER, "RESULT_READY", version, ",\"resultNumber\":\"90/2026\"");
    api.act(
        returned,
        RECEPTION,
        "RETURN_RESULT",
        version,
        ",\"recipient\":\"Quách Văn Sáng\",\"returnMethod\":\"AT_COUNTER\"");
    String day = day(open);

    HttpResponse<byte[]> response =
        api.get(register("from=" + day + "&to=" + day + "&field=ho-tich&format=xlsx"), RECEPTION);

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type"))
        .contains("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(response.body()))) {
      Sheet sheet = workbook.getSheetAt(0);
      assertThat(sheet.getRow(0).getCell(0).getStringCellValue())
          .isEqualTo("UBND phường Thốt Nốt - Sổ theo dõi hồ sơ lĩnh vực Hộ tịch");
      assertThat(cells(sheet.getRow(3)))
          .containsExactly(
              "STT",
              "Mã hồ sơ",
              "Tên thủ tục hành chính",
              "Tên tổ chức, cá nhân",
              "Địa chỉ, số điện thoại",
              "Cơ quan chủ trì giải quyết",
              "Nhận hồ sơ",
              "Hẹn trả kết quả",
              "Trả kết quả",
              "Hình thức trả kết quả");
      Row first = rowOf(sheet, open);
      Row second = rowOf(sheet, returned);
      assertThat(second.getRowNum()).isGreaterThan(first.getRowNum());
      assertThat(second.getCell(0).getNumericCellValue())
          .isEqualTo(first.getCell(0).getNumericCellValue() + 1);
      assertThat(first.getCell(3).getStringCellValue()).isEqualTo("Quách Thị Yến");
      assertThat(first.getCell(4).getStringCellValue())
          .isEqualTo("Khu vực Long Thạnh A, phường Thốt Nốt; 0912345678");
      assertThat(first.getCell(5).getStringCellValue()).isEqualTo("UBND phường Thốt Nốt");
      assertThat(DateUtil.isCellDateFormatted(first.getCell(6))).isTrue();
      assertThat(first.getCell(8)).isNull();
      assertThat(DateUtil.isCellDateFormatted(second.getCell(8))).isTrue();
      assertThat(second.getCell(9).getStringCellValue()).isEqualTo("Tại bộ phận một cửa");
    }
  }

  @Test
  void pdfRegisterListsTheDossiersUnderTheMottoOnLandscapeA4() {
    String code = api.receive("Lục Thị Hạnh", "ACCEPT", "").get("code").asString();
    String day = day(code);

    HttpResponse<byte[]> response =
        api.get(register("from=" + day + "&to=" + day + "&format=pdf"), RECEPTION);

    assertThat(response.statusCode()).isEqualTo(200);
    String text = Pdfs.text(response.body());
    assertThat(text)
        .contains("Mẫu số 06")
        .contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
        .contains("SỔ THEO DÕI HỒ SƠ")
        .contains(code)
        .contains("Lục Thị Hạnh");
    assertThat(Pdfs.pageSizeMm(response.body())[0]).isGreaterThan(290);
  }

  @Test
  void registerOfAnAgencyOutsideTheOfficersScopeIsNotFoundAndBadParametersAre400() {
    assertThat(api.get(register("format=pdf"), OTHER_WARD).statusCode()).isEqualTo(404);
    HttpResponse<byte[]> format = api.get(register("format=docx"), RECEPTION);
    assertThat(format.statusCode()).isEqualTo(400);
    assertThat(api.problem(format).get("parameter").asString()).isEqualTo("format");
    assertThat(api.get(register("from=2026-02-01&to=2026-01-01"), RECEPTION).statusCode())
        .isEqualTo(400);
    assertThat(api.get(register("field=no-such-field"), RECEPTION).statusCode()).isEqualTo(400);
  }

  private static String register(String query) {
    return "/api/v1/registers?agency=" + WARD + "&" + query;
  }

  /** The day of reception, from the code: {@code …-YYMMDD-NNNN}. */
  private static String day(String code) {
    String[] parts = code.split("-");
    String date = parts[parts.length - 2];
    return "20" + date.substring(0, 2) + "-" + date.substring(2, 4) + "-" + date.substring(4, 6);
  }

  private static List<String> cells(Row row) {
    List<String> values = new ArrayList<>();
    row.forEach(cell -> values.add(cell.getStringCellValue()));
    return values;
  }

  private static Row rowOf(Sheet sheet, String code) {
    for (Row row : sheet) {
      if (row.getRowNum() > 3 && code.equals(row.getCell(1).getStringCellValue())) {
        return row;
      }
    }
    throw new AssertionError("No row for " + code);
  }
}
