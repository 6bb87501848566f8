package vn.motcua.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.motcua.calendar.Calendars;
import vn.motcua.calendar.DeadlineOptions;
import vn.motcua.calendar.TimeLimit;
import vn.motcua.testing.IntegrationTest;
import vn.motcua.testing.TestHttp;

/**
 * A citizen complains from the lookup page; the ward's supervisor sees it with its deadline,
 * answers, and the citizen reads the answer on the lookup page.
 */
@IntegrationTest
class FeedbackIntegrationTests {

  @LocalServerPort int port;
  @Autowired JsonMapper json;
  @Autowired JdbcClient jdbc;
  @Autowired Calendars calendars;

  TestHttp citizen;
  PortalFixtures fixtures;
  String client;

  @BeforeEach
  void setUp() {
    citizen = new TestHttp(port);
    fixtures = new PortalFixtures(citizen, json);
    client = PortalFixtures.someClient();
  }

  String lookupQuery(JsonNode dossier) {
    return "code=" + dossier.get("code").asString() + "&pin=" + dossier.get("lookupPin").asString();
  }

  HttpResponse<String> complain(JsonNode dossier, String text) {
    citizen.get("/public/lookup?" + lookupQuery(dossier), "X-Forwarded-For", client);
    return citizen.postForm(
        "/public/lookup/feedback",
        Map.of(
            "code",
            dossier.get("code").asString(),
            "pin",
            dossier.get("lookupPin").asString(),
            "topic",
            "UNREQUIRED_PAPERS",
            "text",
            text),
        "X-Forwarded-For",
        client);
  }

  long feedbackId(String code) {
    return jdbc.sql("SELECT id FROM portal_feedback WHERE dossier_code = :code")
        .param("code", code)
        .query(Long.class)
        .single();
  }

  @Test
  void supervisorAnswersWithinFifteenWorkingDaysAndTheCitizenReadsTheAnswer() {
    JsonNode dossier = fixtures.received("Tôn Thất Bảo", "bao@example.vn");
    String code = dossier.get("code").asString();
    assertThat(complain(dossier, "Cán bộ yêu cầu nộp thêm sổ hộ khẩu").statusCode()).isEqualTo(302);
    long id = feedbackId(code);
    Instant received =
        jdbc.sql("SELECT received_at FROM portal_feedback WHERE id = :id")
            .param("id", id)
            .query(OffsetDateTime.class)
            .single()
            .toInstant();

    TestHttp supervisor = new TestHttp(port);
    supervisor.signIn("giamsat", "demo");
    assertThat(supervisor.get("/feedback").body()).contains(code);
    HttpResponse<String> page = supervisor.get("/feedback/" + id);
    assertThat(page.body()).contains("Cán bộ yêu cầu nộp thêm sổ hộ khẩu");
    Instant due =
        calendars
            .forAgency(
                jdbc.sql("SELECT agency_code FROM dossier WHERE code = :code")
                    .param("code", code)
                    .query(String.class)
                    .single())
            .due(received, TimeLimit.workingDays(15), DeadlineOptions.NONE);
    assertThat(
            jdbc.sql("SELECT due_at FROM portal_feedback WHERE id = :id")
                .param("id", id)
                .query(OffsetDateTime.class)
                .single()
                .toInstant())
        .isEqualTo(due);

    HttpResponse<String> answered =
        supervisor.postForm(
            "/feedback/" + id,
            Map.of("answer", "Sổ hộ khẩu không còn là giấy tờ phải nộp; đã nhắc nhở cán bộ."));

    assertThat(answered.statusCode()).isEqualTo(302);
    assertThat(
            citizen.get("/public/lookup?" + lookupQuery(dossier), "X-Forwarded-For", client).body())
        .contains("Sổ hộ khẩu không còn là giấy tờ phải nộp")
        .contains("Đã trả lời");
    JsonNode api =
        json.readTree(
            citizen
                .get(
                    "/api/v1/public/dossiers/%s?pin=%s"
                        .formatted(code, dossier.get("lookupPin").asString()),
                    "X-Forwarded-For",
                    client)
                .body());
    assertThat(api.get("feedback").get(0).get("status").asString()).isEqualTo("ANSWERED");
    assertThat(api.get("feedback").get(0).get("answer").asString())
        .startsWith("Sổ hộ khẩu không còn là giấy tờ phải nộp");
    assertThat(
            jdbc.sql("SELECT on_time FROM portal_feedback WHERE id = :id")
                .param("id", id)
                .query(Boolean.class)
                .single())
        .isTrue();
  }

  @Test
  void supervisorOfAnotherWardNeitherSeesNorAnswersIt() {
    JsonNode dossier = fixtures.received("Tôn Nữ Hạnh", "hanh@example.vn");
    complain(dossier, "Chờ lâu");
    long id = feedbackId(dossier.get("code").asString());

    TestHttp other = new TestHttp(port);
    other.signIn("giamsat2", "demo");

    assertThat(other.get("/feedback").body()).doesNotContain(dossier.get("code").asString());
    assertThat(other.get("/feedback/" + id).statusCode()).isEqualTo(404);
  }

  @Test
  void emptyFeedbackIsNotRecorded() {
    JsonNode dossier = fixtures.received("Tôn Văn Khải", "khai@example.vn");

    complain(dossier, "   ");

    assertThat(
            jdbc.sql("SELECT COUNT(*) FROM portal_feedback WHERE dossier_code = :code")
                .param("code", dossier.get("code").asString())
                .query(Long.class)
                .single())
        .isZero();
  }
}
