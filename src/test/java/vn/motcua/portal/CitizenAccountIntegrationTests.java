package vn.motcua.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.motcua.portal.PortalFixtures.RECEPTION;
import static vn.motcua.portal.PortalFixtures.SPECIALIST;

import jakarta.mail.MessagingException;
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
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.motcua.organization.Organization;
import vn.motcua.testing.IntegrationTest;
import vn.motcua.testing.TestHttp;
import vn.motcua.testing.TestMailServer;

/**
 * A citizen signs in with a one-time code sent to the email address, sees the dossiers given with
 * it, and hands in a requested supplement online, which goes back to the officer who asked. The
 * code is read from the test suite's mail server.
 */
@IntegrationTest
class CitizenAccountIntegrationTests {

  @LocalServerPort int port;
  @Autowired JsonMapper json;
  @Autowired Organization organization;

  TestHttp http;
  PortalFixtures fixtures;
  String email;

  @BeforeEach
  void setUp() {
    http = new TestHttp(port);
    fixtures = new PortalFixtures(http, json);
    email = "citizen-" + UUID.randomUUID().toString().substring(0, 8) + "@example.vn";
  }

  /** The code of the latest sign-in email to the address, as the test mail server received it. */
  String codeSentTo(String address) {
    return await()
        .atMost(Duration.ofSeconds(20))
        .until(
            () ->
                TestMailServer.messagesTo(address).stream()
                    .map(CitizenAccountIntegrationTests::subject)
                    .map(SIGN_IN_CODE::matcher)
                    .filter(Matcher::matches)
                    .map(matcher -> matcher.group(1))
                    .reduce((first, second) -> second),
            java.util.Optional::isPresent)
        .orElseThrow();
  }

  private static final Pattern SIGN_IN_CODE = Pattern.compile("Mã đăng nhập: (\\d{6})");

  private static String subject(MimeMessage message) {
    try {
      return message.getSubject();
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  HttpResponse<String> askForCode(String address) {
    http.get("/public/account");
    return http.postForm("/public/account/sign-in", Map.of("login", address));
  }

  void signIn() {
    assertThat(askForCode(email).body()).contains("id=\"code-form\"");
    HttpResponse<String> verified =
        http.postForm("/public/account/verify", Map.of("login", email, "code", codeSentTo(email)));
    assertThat(verified.statusCode()).isEqualTo(302);
  }

  @Test
  void citizenSeesTheDossiersGivenWithTheirEmailHoweverItWasTyped() {
    String mine = fixtures.received("Trương Văn Lộc", email.toUpperCase()).get("code").asString();
    String someoneElses =
        fixtures.received("Trương Văn Lộc", "other-" + email).get("code").asString();

    signIn();
    HttpResponse<String> list = http.get("/public/account");

    assertThat(list.body()).contains(mine).doesNotContain(someoneElses);
    assertThat(http.get("/public/account/dossiers/" + mine).statusCode()).isEqualTo(200);
    assertThat(http.get("/public/account/dossiers/" + someoneElses).statusCode()).isEqualTo(404);
  }

  @Test
  void withoutSigningInNoDossierIsShown() {
    String code = fixtures.received("Mai Văn Tài", email).get("code").asString();

    assertThat(new TestHttp(port).get("/public/account/dossiers/" + code).statusCode())
        .isEqualTo(404);
  }

  @Test
  void threeWrongCodesSpendTheCode() {
    askForCode(email);
    String right = codeSentTo(email);
    String wrong = right.equals("000000") ? "111111" : "000000";
    for (int i = 0; i < 3; i++) {
      assertThat(
              http.postForm("/public/account/verify", Map.of("login", email, "code", wrong)).body())
          .contains("id=\"wrong-code\"");
    }

    HttpResponse<String> late =
        http.postForm("/public/account/verify", Map.of("login", email, "code", right));

    assertThat(late.statusCode()).isEqualTo(200);
    assertThat(late.body()).contains("id=\"wrong-code\"");
  }

  @Test
  void supplementHandedInOnlineGoesBackToTheSpecialistWhoAsked() {
    String code = fixtures.received("Cao Thị Yến", email).get("code").asString();
    fixtures.act(
        code,
        SPECIALIST,
        "REQUEST_SUPPLEMENT",
        0,
        ",\"items\":[\"Giấy chứng sinh bản chính\"],\"note\":\"Bản sao bị mờ\"");
    signIn();
    assertThat(http.get("/public/account/dossiers/" + code).body())
        .contains("id=\"supplement-form\"");

    HttpResponse<String> handedIn =
        fixtures.postMultipart(
            "/public/account/dossiers/" + code + "/supplement",
            Map.of("note", "Đã chụp lại bản chính"),
            List.of(
                new PortalFixtures.Upload("file-2", "ban-chinh.pdf", "%PDF-1.7\n%ban chinh\n")));

    assertThat(handedIn.statusCode()).as(handedIn.body()).isEqualTo(302);
    JsonNode dossier =
        json.readTree(http.get("/api/v1/dossiers/" + code, "Authorization", SPECIALIST).body());
    assertThat(dossier.get("status").asInt()).isEqualTo(4);
    assertThat(dossier.get("currentStep").get("holder").asString()).isEqualTo("Trần Văn Khánh");
    assertThat(dossier.get("availableActions").toString()).contains("FORWARD");
    JsonNode last = dossier.get("history").get(dossier.get("history").size() - 1);
    assertThat(last.get("action").asString()).isEqualTo("SUPPLEMENT_RECEIVED");
    assertThat(last.get("actor").asString()).isEqualTo("Cao Thị Yến");
    assertThat(last.get("note").asString()).isEqualTo("Đã chụp lại bản chính");
    assertThat(dossier.get("files").toString()).contains("ban-chinh.pdf");
  }

  @Test
  void supplementFromTheLookupPageReturnsAnOnlineSubmissionToTheReceptionOfficer() {
    HttpResponse<String> confirmation =
        fixtures.submitOnline(
            PortalFixtures.ward(organization),
            fixtures.openForm(PortalFixtures.ward(organization)),
            "Hà Văn Quý",
            email);
    String code = PortalFixtures.group(PortalFixtures.SUBMITTED_CODE, confirmation.body());
    String pin = PortalFixtures.group(PortalFixtures.SUBMITTED_PIN, confirmation.body());
    fixtures.act(
        code,
        RECEPTION,
        "REQUEST_SUPPLEMENT",
        0,
        ",\"items\":[\"Tờ khai có chữ ký\"],\"note\":\"Tờ khai chưa ký\"");
    String client = PortalFixtures.someClient();
    assertThat(
            http.get("/public/lookup?code=" + code + "&pin=" + pin, "X-Forwarded-For", client)
                .body())
        .contains("id=\"supplement-form\"")
        .contains("Tờ khai có chữ ký");

    HttpResponse<String> noFile =
        fixtures.postMultipart(
            "/public/lookup/supplement",
            Map.of("code", code, "pin", pin),
            List.of(),
            "X-Forwarded-For",
            client);
    HttpResponse<String> handedIn =
        fixtures.postMultipart(
            "/public/lookup/supplement",
            Map.of("code", code, "pin", pin),
            List.of(new PortalFixtures.Upload("file-1", "to-khai-da-ky.pdf", "%PDF-1.7\n%ky\n")),
            "X-Forwarded-For",
            client);

    assertThat(noFile.body()).contains("cần tải lên ít nhất một giấy tờ");
    assertThat(handedIn.statusCode()).isEqualTo(302);
    JsonNode dossier =
        json.readTree(http.get("/api/v1/dossiers/" + code, "Authorization", RECEPTION).body());
    assertThat(dossier.get("status").asInt()).isEqualTo(1);
    assertThat(dossier.get("currentStep").get("kind").asString()).isEqualTo("RECEPTION");
    assertThat(dossier.get("currentStep").get("holder").asString())
        .isEqualTo("Nguyễn Thị Hồng Nhung");
    assertThat(dossier.get("availableActions").toString()).contains("ACCEPT");
  }
}
