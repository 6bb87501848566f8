package vn.motcua.notification.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.motcua.catalog.Channel;
import vn.motcua.dossier.Applicant;
import vn.motcua.dossier.ApplicantKind;
import vn.motcua.dossier.DossierReception;
import vn.motcua.dossier.Intake;
import vn.motcua.dossier.Registered;
import vn.motcua.testing.IntegrationTest;
import vn.motcua.testing.TestHttp;
import vn.motcua.testing.TestMailServer;

/**
 * The applicant hears of each step of the dossier by email (checked on a real SMTP server) and by
 * SMS (the demo's logging gateway), and nothing is lost when a send fails.
 */
@IntegrationTest
class ApplicantNotificationsIntegrationTests {

  static final String RECEPTION = TestHttp.basic("tiepnhan", "demo");
  static final String SPECIALIST = TestHttp.basic("chuyenvien", "demo");
  static final String LEADER = TestHttp.basic("lanhdao", "demo");
  static final String ADMIN = TestHttp.basic("quantri", "demo");

  @LocalServerPort int port;
  @Autowired JsonMapper json;
  @Autowired JdbcClient jdbc;
  @Autowired DossierReception reception;

  TestHttp http;
  String email;

  @BeforeEach
  void setUp() {
    http = new TestHttp(port);
    email = "hoa." + UUID.randomUUID().toString().substring(0, 8) + "@example.vn";
  }

  JsonNode receive() {
    String body =
        """
        {"procedureCode":"1.001193","channel":"IN_PERSON",
         "applicant":{"name":"Nguyễn Thị Hoà","idNumber":"092099001234","phone":"0912 345 678",
                      "email":"%s","address":"Khu vực Long Thạnh A, phường Thốt Nốt"}}
        """
            .formatted(email);
    HttpResponse<String> created =
        http.postJson("/api/v1/dossiers", body, "Authorization", RECEPTION);
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    return json.readTree(created.body());
  }

  void act(String code, String who, String action, int version, String extra) {
    HttpResponse<String> response =
        http.postJson(
            "/api/v1/dossiers/" + code + "/actions",
            "{\"action\":\"%s\",\"version\":%d%s}".formatted(action, version, extra),
            "Authorization",
            who);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
  }

  List<MimeMessage> awaitMails(int count) {
    return await()
        .atMost(Duration.ofSeconds(20))
        .until(() -> TestMailServer.messagesTo(email), messages -> messages.size() >= count);
  }

  static String text(MimeMessage message) throws Exception {
    return (String) message.getContent();
  }

  @Test
  void acceptedDossierIsEmailedInVietnameseWithTheLookupLink() throws Exception {
    JsonNode dossier = receive();
    String code = dossier.get("code").asString();
    String pin = dossier.get("lookupPin").asString();

    MimeMessage mail = awaitMails(1).getFirst();

    assertThat(mail.getSubject()).isEqualTo("Hồ sơ " + code + " đã được tiếp nhận");
    assertThat(mail.getContentType()).containsIgnoringCase("charset=UTF-8");
    assertThat(text(mail))
        .startsWith("Kính gửi Ông/Bà Nguyễn Thị Hoà,")
        .contains("khai sinh\" của Ông/Bà đã được tiếp nhận lúc")
        .contains("mã hồ sơ " + code)
        .contains("Thời gian hẹn trả kết quả:")
        .contains("http://localhost:8080/public/lookup?code=" + code + "&pin=" + pin);
  }

  @Test
  void onlineSubmissionIsConfirmedByEmailWithTheReceivingAgencysAddress() throws Exception {
    Registered submitted =
        reception.submitOnline(
            new Intake(
                "1.001193",
                Channel.ONLINE,
                "000.01.31.H13",
                new Applicant(
                    ApplicantKind.INDIVIDUAL,
                    "Nguyễn Thị Hoà",
                    "092099001234",
                    null,
                    "Khu vực Long Thạnh A, phường Thốt Nốt",
                    null,
                    email),
                null,
                null,
                1,
                null,
                null,
                null),
            UUID.randomUUID().toString(),
            List.of(),
            "127.0.0.1");

    MimeMessage mail = awaitMails(1).getFirst();

    assertThat(mail.getSubject()).isEqualTo("Đã nhận hồ sơ nộp trực tuyến " + submitted.code());
    assertThat(text(mail))
        .contains("Ông/Bà nộp trực tuyến lúc")
        .contains("chậm nhất trong ngày làm việc tiếp theo")
        .contains("Địa chỉ: ")
        .contains("/public/lookup?code=" + submitted.code() + "&pin=" + submitted.lookupPin());
  }

  @Test
  void smsGoesToTheNormalisedPhoneWithoutDiacritics() {
    String code = receive().get("code").asString();

    Map<String, Object> sms =
        await()
            .atMost(Duration.ofSeconds(20))
            .until(
                () ->
                    jdbc.sql(
                            "SELECT recipient, body, status FROM notification_message"
                                + " WHERE dossier_code = :code AND channel = 'SMS'")
                        .param("code", code)
                        .query()
                        .listOfRows(),
                rows -> rows.size() == 1 && "LOGGED".equals(rows.getFirst().get("status")))
            .getFirst();

    assertThat(sms.get("recipient")).isEqualTo("0912345678");
    assertThat((String) sms.get("body"))
        .startsWith("Ho so " + code + " da duoc tiep nhan, hen tra ket qua ")
        .contains("/public/lookup?code=" + code);
  }

  @Test
  void everyStepTheApplicantMustKnowOfIsOneEmail() throws Exception {
    String code = receive().get("code").asString();
    act(
        code,
        SPECIALIST,
        "REQUEST_SUPPLEMENT",
        0,
        ",\"items\":[\"Giấy chứng sinh (bản chính)\"],\"note\":\"Thiếu giấy chứng sinh\"");

    List<MimeMessage> mails = awaitMails(2);

    assertThat(mails)
        .extracting(MimeMessage::getSubject)
        .containsExactlyInAnyOrder(
            "Hồ sơ " + code + " đã được tiếp nhận", "Hồ sơ " + code + " cần bổ sung");
    MimeMessage supplement =
        mails.stream().filter(m -> subject(m).endsWith("cần bổ sung")).findFirst().orElseThrow();
    assertThat(text(supplement))
        .contains("1. Giấy chứng sinh (bản chính)")
        .contains("Lý do: Thiếu giấy chứng sinh");
  }

  @Test
  void resultReadyAndReturnedAreToldToo() {
    String code = receive().get("code").asString();
    act(code, SPECIALIST, "FORWARD", 0, "");
    act(code, LEADER, "RESULT_READY", 1, ",\"resultNumber\":\"77/2026\",\"electronic\":false");
    act(
        code,
        RECEPTION,
        "RETURN_RESULT",
        2,
        ",\"recipient\":\"Nguyễn Thị Hoà\",\"returnMethod\":\"AT_COUNTER\"");

    assertThat(awaitMails(3))
        .extracting(ApplicantNotificationsIntegrationTests::subject)
        .containsExactlyInAnyOrder(
            "Hồ sơ " + code + " đã được tiếp nhận",
            "Hồ sơ " + code + " đã có kết quả",
            "Đã trả kết quả hồ sơ " + code);
  }

  @Test
  void messagesAreInTheOutboxWhenTheActionAnswers() {
    String code = receive().get("code").asString();

    // No waiting: the listener wrote them in the reception's own transaction.
    assertThat(
            jdbc.sql(
                    "SELECT channel FROM notification_message WHERE dossier_code = :code"
                        + " AND kind = 'RECEIVED' ORDER BY channel")
                .param("code", code)
                .query(String.class)
                .list())
        .containsExactly("EMAIL", "SMS");
  }

  @Test
  void failedSendIsRetriedThenGivenUpAndAnAdministratorCanSendItAgain() {
    String key = "test:" + UUID.randomUUID();
    jdbc.sql(
            """
            INSERT INTO notification_message (dedup_key, kind, channel, recipient, subject, body,
                status, attempts, next_attempt_at, created_at)
            VALUES (:key, 'TEST', 'EMAIL', 'không phải địa chỉ', 'Thử', 'Nội dung', 'PENDING', 0,
                CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)
            """)
        .param("key", key)
        .update();
    long id =
        jdbc.sql("SELECT id FROM notification_message WHERE dedup_key = :key")
            .param("key", key)
            .query(Long.class)
            .single();

    Map<String, Object> failed = awaitStatus(id, "FAILED");
    assertThat(failed.get("attempts")).isEqualTo(1);
    assertThat((String) failed.get("last_error")).isNotBlank();
    assertThat(failed.get("next_attempt_at")).isNotNull();

    jdbc.sql(
            "UPDATE notification_message SET attempts = 7, next_attempt_at = CURRENT_TIMESTAMP"
                + " WHERE id = :id")
        .param("id", id)
        .update();
    assertThat(awaitStatus(id, "ABANDONED").get("attempts")).isEqualTo(8);

    http.signIn("quantri", "demo");
    HttpResponse<String> page = http.get("/admin/messages?status=ABANDONED");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("message-" + id, "không phải địa chỉ");
    HttpResponse<String> retried = http.postForm("/admin/messages/" + id + "/retry", Map.of());
    assertThat(retried.statusCode()).isEqualTo(302);
    assertThat(awaitStatus(id, "ABANDONED").get("attempts")).isEqualTo(9);
  }

  @Test
  void sentMessagesAreForAdministratorsOnly() {
    http.signIn("tiepnhan", "demo");
    assertThat(http.get("/admin/messages").statusCode()).isEqualTo(403);
  }

  Map<String, Object> awaitStatus(long id, String status) {
    return await()
        .atMost(Duration.ofSeconds(20))
        .until(
            () ->
                jdbc.sql(
                        "SELECT status, attempts, last_error, next_attempt_at"
                            + " FROM notification_message WHERE id = :id")
                    .param("id", id)
                    .query()
                    .singleRow(),
            row -> status.equals(row.get("status")));
  }

  static String subject(MimeMessage message) {
    try {
      return message.getSubject();
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }
}
