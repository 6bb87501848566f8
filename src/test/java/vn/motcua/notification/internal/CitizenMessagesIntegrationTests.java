package vn.motcua.notification.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.motcua.testing.IntegrationTest;
import vn.motcua.testing.TestHttp;
import vn.motcua.testing.TestMailServer;

/** The portal's messages: sign-in codes, feedback to the supervisors and their answer. */
@IntegrationTest
class CitizenMessagesIntegrationTests {

  @LocalServerPort int port;
  @Autowired JsonMapper json;
  @Autowired JdbcClient jdbc;

  TestHttp http;
  String email;

  @BeforeEach
  void setUp() {
    http = new TestHttp(port);
    email = "lan." + UUID.randomUUID().toString().substring(0, 8) + "@example.vn";
  }

  List<MimeMessage> awaitMails(String address, String subjectPart) {
    return await()
        .atMost(Duration.ofSeconds(20))
        .until(
            () ->
                TestMailServer.messagesTo(address).stream()
                    .filter(
                        m ->
                            ApplicantNotificationsIntegrationTests.subject(m).contains(subjectPart))
                    .toList(),
            mails -> !mails.isEmpty());
  }

  @Test
  void signInCodeIsMailedAndListedForAdministrators() throws Exception {
    http.get("/public/account");
    assertThat(http.postForm("/public/account/sign-in", Map.of("login", email)).statusCode())
        .isEqualTo(200);

    MimeMessage mail = awaitMails(email, "Mã đăng nhập").getFirst();

    Matcher code = Pattern.compile("Mã đăng nhập: (\\d{6})").matcher(mail.getSubject());
    assertThat(code.matches()).isTrue();
    assertThat((String) mail.getContent())
        .contains("Mã đăng nhập cổng dịch vụ công của Ông/Bà là " + code.group(1))
        .contains("có hiệu lực trong 10 phút");
  }

  @Test
  void feedbackReachesTheSupervisorsAndTheirAnswerTheApplicant() {
    String body =
        """
        {"procedureCode":"1.001193","channel":"IN_PERSON",
         "applicant":{"name":"Trương Thị Lan","idNumber":"092099001234","email":"%s"}}
        """
            .formatted(email);
    HttpResponse<String> created =
        http.postJson(
            "/api/v1/dossiers", body, "Authorization", TestHttp.basic("tiepnhan", "demo"));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    JsonNode dossier = json.readTree(created.body());
    String code = dossier.get("code").asString();
    String pin = dossier.get("lookupPin").asString();

    http.get("/public/lookup?code=" + code + "&pin=" + pin);
    HttpResponse<String> sent =
        http.postForm(
            "/public/lookup/feedback",
            Map.of("code", code, "pin", pin, "topic", "SLOW", "text", "Chờ lâu quá"));
    assertThat(sent.statusCode()).isEqualTo(302);

    MimeMessage toSupervisor =
        awaitMails("giamsat@demo.motcua.vn", "Phản ánh về hồ sơ " + code).getFirst();
    assertThat(ApplicantNotificationsIntegrationTests.subject(toSupervisor))
        .isEqualTo("Phản ánh về hồ sơ " + code + " cần trả lời");
    long id =
        jdbc.sql("SELECT id FROM portal_feedback WHERE dossier_code = :code")
            .param("code", code)
            .query(Long.class)
            .single();

    TestHttp supervisor = new TestHttp(port);
    supervisor.signIn("giamsat", "demo");
    supervisor.get("/feedback/" + id);
    assertThat(
            supervisor
                .postForm(
                    "/feedback/" + id,
                    Map.of("answer", "Hồ sơ đang được xử lý đúng hạn.", "decision", "ANSWER"))
                .statusCode())
        .isEqualTo(302);

    assertThat(awaitMails(email, "đã được trả lời"))
        .extracting(ApplicantNotificationsIntegrationTests::subject)
        .containsExactly("Phản ánh về hồ sơ " + code + " đã được trả lời");
  }
}
