package vn.motcua.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.portal.PortalFixtures.LEADER;
import static vn.motcua.portal.PortalFixtures.SPECIALIST;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.motcua.testing.IntegrationTest;
import vn.motcua.testing.TestHttp;

/** The public lookup by code and PIN: page and API, masking, and protection against enumeration. */
@IntegrationTest
class PublicLookupIntegrationTests {

  @LocalServerPort int port;
  @Autowired JsonMapper json;

  TestHttp http;
  PortalFixtures fixtures;
  String client;

  @BeforeEach
  void setUp() {
    http = new TestHttp(port);
    fixtures = new PortalFixtures(http, json);
    client = PortalFixtures.someClient();
  }

  HttpResponse<String> api(String code, String pin, String... headers) {
    String[] all = new String[headers.length + 2];
    all[0] = "X-Forwarded-For";
    all[1] = client;
    System.arraycopy(headers, 0, all, 2, headers.length);
    return http.get("/api/v1/public/dossiers/" + code + "?pin=" + pin, all);
  }

  @Test
  void apiTellsWhereTheDossierIsWithTheApplicantMasked() {
    JsonNode created = fixtures.received("Nguyễn Thị Lan", "lan@example.vn");
    String code = created.get("code").asString();

    HttpResponse<String> response =
        api(code, created.get("lookupPin").asString(), "Accept-Language", "vi");

    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    JsonNode dossier = json.readTree(response.body());
    assertThat(dossier.get("code").asString()).isEqualTo(code);
    assertThat(dossier.get("procedure").get("code").asString()).isEqualTo("1.001193");
    assertThat(dossier.get("status").asInt()).isEqualTo(4);
    assertThat(dossier.get("statusName").asString()).isEqualTo("Hồ sơ đang được giải quyết.");
    assertThat(dossier.get("currentStep").get("kind").asString()).isEqualTo("PROCESS");
    assertThat(dossier.get("dueAt").asString()).isEqualTo(created.get("dueAt").asString());
    assertThat(dossier.get("receivingPoint").get("name").asString())
        .isEqualTo("UBND phường Thốt Nốt");
    assertThat(dossier.get("result").get("collectAt").get("address").asString()).isNotBlank();
    assertThat(dossier.get("timeline").get(0).get("action").asString()).isEqualTo("RECEIVE");
    assertThat(dossier.get("applicant").get("initials").asString()).isEqualTo("N. T. L.");
    assertThat(dossier.get("applicant").get("idNumber").asString()).isEqualTo("••••••••1234");
    assertThat(dossier.get("applicant").get("phone").asString()).isEqualTo("•••••••678");
    assertThat(response.body())
        .doesNotContain("Nguyễn Thị Lan", "092099001234", "0912", "lan@example.vn", "Long Thạnh");
  }

  @Test
  void wrongCodeAndWrongPinGetTheSameAnswer() {
    JsonNode created = fixtures.received("Trần Văn Hùng", "hung@example.vn");
    String code = created.get("code").asString();

    HttpResponse<String> wrongPin = api(code, "00000000");
    HttpResponse<String> wrongCode = api(code + "9", created.get("lookupPin").asString());

    assertThat(wrongPin.statusCode()).isEqualTo(404);
    assertThat(wrongCode.statusCode()).isEqualTo(404);
    assertThat(wrongPin.body()).isEqualTo(wrongCode.body().replace(code + "9", code));
    assertThat(wrongPin.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
  }

  @Test
  void repeatedFailuresAreSlowedThenRefusedEvenWithTheRightPin() {
    JsonNode created = fixtures.received("Lê Văn Tâm", "tam@example.vn");
    String code = created.get("code").asString();
    String pin = created.get("lookupPin").asString();

    long start = System.nanoTime();
    for (int i = 0; i < 5; i++) {
      assertThat(api(code, "1111111" + i).statusCode()).isEqualTo(404);
    }
    Duration free = Duration.ofNanos(System.nanoTime() - start);
    long slowedStart = System.nanoTime();
    for (int i = 0; i < 4; i++) {
      assertThat(api(code, "2222222" + i).statusCode()).isEqualTo(404);
    }
    Duration slowed = Duration.ofNanos(System.nanoTime() - slowedStart);
    assertThat(api(code, "33333333").statusCode()).isEqualTo(404);

    HttpResponse<String> refused = api(code, pin);
    HttpResponse<String> page =
        http.get("/public/lookup?code=" + code + "&pin=" + pin, "X-Forwarded-For", client);
    HttpResponse<String> otherClient =
        http.get(
            "/api/v1/public/dossiers/" + code + "?pin=" + pin,
            "X-Forwarded-For",
            PortalFixtures.someClient());

    assertThat(slowed).isGreaterThanOrEqualTo(Duration.ofMillis(2000)).isGreaterThan(free);
    assertThat(refused.statusCode()).isEqualTo(429);
    assertThat(refused.headers().firstValue("Retry-After")).isPresent();
    assertThat(json.readTree(refused.body()).get("type").asString())
        .isEqualTo("urn:motcua:problem:too-many-lookups");
    assertThat(page.statusCode()).isEqualTo(429);
    assertThat(page.body()).contains("Đã tra cứu sai quá nhiều lần").doesNotContain("Lê Văn Tâm");
    assertThat(otherClient.statusCode()).isEqualTo(200);
  }

  @Test
  void pageShowsWhatIsMissingAndWhy() {
    JsonNode created = fixtures.received("Phạm Văn Bình", "binh@example.vn");
    String code = created.get("code").asString();
    fixtures.act(
        code,
        SPECIALIST,
        "REQUEST_SUPPLEMENT",
        0,
        ",\"items\":[\"Giấy chứng sinh bản chính\"],\"note\":\"Bản sao giấy chứng sinh bị mờ\"");

    HttpResponse<String> page =
        http.get(
            "/public/lookup?code=" + code + "&pin=" + created.get("lookupPin").asString(),
            "X-Forwarded-For",
            client);

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body())
        .contains("Hồ sơ cần bổ sung giấy tờ")
        .contains("Giấy chứng sinh bản chính")
        .contains("Bản sao giấy chứng sinh bị mờ")
        .contains("P. V. B.")
        .doesNotContain("Phạm Văn Bình");
  }

  @Test
  void apologyShowsTheNewDateAndItsReason() {
    JsonNode created = fixtures.received("Võ Thị Hoa", "hoa@example.vn");
    String code = created.get("code").asString();
    String newDue =
        OffsetDateTime.parse(created.get("dueAt").asString()).plusDays(3).toInstant().toString();
    fixtures.act(
        code,
        LEADER,
        "APOLOGIZE",
        0,
        ",\"newDueAt\":\"%s\",\"note\":\"Chờ xác minh với UBND xã khác\"".formatted(newDue));

    JsonNode dossier = json.readTree(api(code, created.get("lookupPin").asString()).body());

    assertThat(OffsetDateTime.parse(dossier.get("apology").get("newDueAt").asString()).toInstant())
        .hasToString(newDue);
    assertThat(dossier.get("apology").get("reason").asString())
        .isEqualTo("Chờ xác minh với UBND xã khác");
    assertThat(dossier.get("apology").get("previousDueAt").asString())
        .isEqualTo(created.get("dueAt").asString());
    assertThat(dossier.get("dueAt").asString()).isNotEqualTo(created.get("dueAt").asString());
  }

  @Test
  void formAloneAsksForCodeAndPin() {
    HttpResponse<String> page = http.get("/public/lookup");

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("id=\"lookup-form\"").doesNotContain("lookup-not-found");
  }
}
