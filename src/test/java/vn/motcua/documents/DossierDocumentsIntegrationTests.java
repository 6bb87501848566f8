package vn.motcua.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static vn.motcua.documents.DocumentsClient.LEADER;
import static vn.motcua.documents.DocumentsClient.OTHER_WARD;
import static vn.motcua.documents.DocumentsClient.RECEPTION;
import static vn.motcua.documents.DocumentsClient.SPECIALIST;

import java.net.http.HttpResponse;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.motcua.testing.IntegrationTest;
import vn.motcua.testing.Pdfs;
import vn.motcua.web.PublicLinks;

/**
 * The forms of a dossier as the API hands them out, read back from the PDF: text with its
 * diacritics, the embedded font, A4, and the QR code decoded from the rendered page.
 */
@IntegrationTest
class DossierDocumentsIntegrationTests {

  @LocalServerPort int port;
  @Autowired JsonMapper json;
  @Autowired PublicLinks links;

  DocumentsClient api;

  @BeforeEach
  void setUp() {
    api = new DocumentsClient(port, json);
  }

  @Test
  void receiptSaysWhoWhatAndWhenWithAQrCodeOfThePublicLookup() {
    JsonNode created = api.receive("Nguyễn Thị Ngọc Ánh", "ACCEPT", "");
    String code = created.get("code").asString();
    String pin = created.get("lookupPin").asString();

    byte[] pdf = api.document(code, "receipt", RECEPTION);

    String text = Pdfs.text(pdf);
    assertThat(text)
        .contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
        .contains("Độc lập - Tự do - Hạnh phúc")
        .contains("Mẫu số 01")
        .contains("GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ")
        .contains("Thốt Nốt, ngày ")
        .contains(code)
        .contains("Nguyễn Thị Ngọc Ánh")
        .contains("092099001234")
        .contains("Khu vực Long Thạnh A, phường Thốt Nốt")
        .contains("Thủ tục đăng ký khai sinh")
        .contains("Nguyễn Thị Hồng Nhung")
        .contains("NGƯỜI NỘP HỒ SƠ")
        .contains("Mã tra cứu: " + pin);
    assertThat(text)
        .containsPattern("5\\. Thời gian trả kết quả giải quyết hồ sơ: \\d\\d giờ \\d\\d");
    assertThat(Pdfs.qrCode(pdf)).isEqualTo(links.lookup(code, pin));
    assertThat(Pdfs.embeddedFonts(pdf)).isNotEmpty().allMatch(name -> name.contains("DejaVuSerif"));
    double[] size = Pdfs.pageSizeMm(pdf);
    assertThat(size[0]).isCloseTo(210, within(1.0));
    assertThat(size[1]).isCloseTo(297, within(1.0));
  }

  @Test
  void aFormTheDossierDoesNotHaveIsA404ProblemAsIsAnUnknownKind() {
    String code = api.receive("Trần Văn Bảo", "ACCEPT", "").get("code").asString();

    HttpResponse<byte[]> refusal =
        api.get("/api/v1/dossiers/" + code + "/documents/refusal", RECEPTION);
    HttpResponse<byte[]> unknown =
        api.get("/api/v1/dossiers/" + code + "/documents/invoice", RECEPTION);

    assertThat(refusal.statusCode()).isEqualTo(404);
    assertThat(refusal.headers().firstValue("Content-Type")).contains("application/problem+json");
    assertThat(api.problem(refusal).get("detail").asString()).contains(code).contains("Refusal");
    assertThat(unknown.statusCode()).isEqualTo(404);
    assertThat(api.problem(unknown).get("detail").asString()).contains("control-slip");
  }

  @Test
  void anOfficerOfAnotherWardCannotPrintTheDossiersForms() {
    String code = api.receive("Lê Thị Cẩm", "ACCEPT", "").get("code").asString();

    HttpResponse<byte[]> response =
        api.get("/api/v1/dossiers/" + code + "/documents/receipt", OTHER_WARD);

    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(api.problem(response).get("type").asString())
        .isEqualTo("urn:motcua:problem:not-found");
  }

  @Test
  void supplementRequestAtTheCounterListsEveryMissingItemWithTheReason() {
    String code =
        api.receive(
                "Phạm Thị Hương",
                "REQUEST_SUPPLEMENT",
                ",\"missingItems\":[\"Giấy chứng sinh bản chính\",\"Văn bản ủy quyền có chứng thực\"],"
                    + "\"reason\":\"Hồ sơ thiếu giấy tờ bắt buộc\"")
            .get("code")
            .asString();

    String text = Pdfs.text(api.document(code, "supplement-request", RECEPTION));

    assertThat(text)
        .contains("Mẫu số 02")
        .contains("PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ")
        .contains("Phạm Thị Hương")
        .contains("1. Giấy chứng sinh bản chính")
        .contains("2. Văn bản ủy quyền có chứng thực")
        .contains("Lý do: Hồ sơ thiếu giấy tờ bắt buộc")
        .contains("NGƯỜI HƯỚNG DẪN");
    assertThat(api.get("/api/v1/dossiers/" + code + "/documents/receipt", RECEPTION).statusCode())
        .as("not accepted, so no receipt")
        .isEqualTo(404);
  }

  @Test
  void refusalAtTheCounterGivesTheSpecificReasonsSignedByTheOfficer() {
    String code =
        api.receive(
                "Đỗ Văn Hùng",
                "REFUSE",
                ",\"reason\":\"Yêu cầu không thuộc thẩm quyền giải quyết của phường\"")
            .get("code")
            .asString();

    String text = Pdfs.text(api.document(code, "refusal", RECEPTION));

    assertThat(text)
        .contains("Mẫu số 03")
        .contains("PHIẾU TỪ CHỐI TIẾP NHẬN GIẢI QUYẾT HỒ SƠ")
        .contains("Đỗ Văn Hùng")
        .contains("Yêu cầu không thuộc thẩm quyền giải quyết của phường")
        .contains("NGƯỜI TIẾP NHẬN HỒ SƠ")
        .contains("Nguyễn Thị Hồng Nhung");
  }

  @Test
  void apologyGivesTheOldAndTheNewAppointmentAndTheReason() {
    JsonNode created = api.receive("Huỳnh Thị Lụa", "ACCEPT", "");
    String code = created.get("code").asString();
    OffsetDateTime due = OffsetDateTime.parse(created.get("dueAt").asString());
    OffsetDateTime newDue = due.plusDays(7).withHour(16).withMinute(30);
    api.act(
        code,
        LEADER,
        "APOLOGIZE",
        0,
        ",\"note\":\"Chờ xác minh thông tin nơi cư trú\",\"newDueAt\":\"%s\""
            .formatted(newDue.toInstant()));

    String text = Pdfs.text(api.document(code, "apology", LEADER));

    assertThat(text)
        .contains("Mẫu số 04")
        .contains("PHIẾU XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ")
        .contains("Kính gửi: Huỳnh Thị Lụa")
        .contains("Chờ xác minh thông tin nơi cư trú")
        .contains("THỦ TRƯỞNG CƠ QUAN")
        .contains(
            "%02d giờ %02d phút, ngày %02d/%02d/%d"
                .formatted(
                    due.getHour(),
                    due.getMinute(),
                    due.getDayOfMonth(),
                    due.getMonthValue(),
                    due.getYear()))
        .contains(
            "16 giờ 30 phút, ngày %02d/%02d/%d"
                .formatted(newDue.getDayOfMonth(), newDue.getMonthValue(), newDue.getYear()));
  }

  @Test
  void stopNoticeSaysFromWhenAndWhy() {
    String code = api.receive("Vũ Thị Thu", "ACCEPT", "").get("code").asString();
    api.act(code, RECEPTION, "STOP", 0, ",\"note\":\"Người nộp đề nghị dừng giải quyết\"");

    String text = Pdfs.text(api.document(code, "stop-notice", RECEPTION));

    assertThat(text)
        .contains("Mẫu số 05")
        .contains("THÔNG BÁO DỪNG XỬ LÝ HỒ SƠ")
        .contains("Kính gửi: Vũ Thị Thu")
        .contains("thông báo dừng xử lý hồ sơ kể từ")
        .contains("Người nộp đề nghị dừng giải quyết");
  }

  @Test
  void controlSlipHasARowPerHandOverWithItsTimeliness() {
    String code = api.receive("Trương Văn Lực", "ACCEPT", "").get("code").asString();
    int version = api.act(code, SPECIALIST, "FORWARD", 0, ",\"note\":\"Đủ điều kiện\"");
    version =
        api.act(
            code,
            LEADER,
            "RESULT_READY",
            version,
            ",\"resultNumber\":\"88/2026\",\"electronic\":true");
    api.act(
        code,
        RECEPTION,
        "RETURN_RESULT",
        version,
        ",\"recipient\":\"Trương Văn Lực\",\"returnMethod\":\"AT_COUNTER\"");

    String text = Pdfs.text(api.document(code, "control-slip", RECEPTION));

    assertThat(text)
        .contains("PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ")
        .contains("Cơ quan giải quyết hồ sơ: UBND phường Thốt Nốt")
        .contains("Trần Văn Khánh")
        .contains("Đủ điều kiện")
        .doesNotContain("Quá hạn");
    assertThat(text.split("Bên giao:", -1)).hasSize(5);
    assertThat(text).containsPattern("Bên nhận: Trương Văn Lực");
    assertThat(text).containsPattern("(Trước hạn|Đúng hạn)");
  }
}
