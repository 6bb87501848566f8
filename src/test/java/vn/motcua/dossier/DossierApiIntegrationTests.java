package vn.motcua.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.motcua.testing.IntegrationTest;
import vn.motcua.testing.TestHttp;

/** The dossier API end to end, as other tools use it, on the demo ward's birth registration. */
@IntegrationTest
class DossierApiIntegrationTests {

  static final String RECEPTION = TestHttp.basic("tiepnhan", "demo");
  static final String SPECIALIST = TestHttp.basic("chuyenvien", "demo");
  static final String LEADER = TestHttp.basic("lanhdao", "demo");
  static final String OTHER_WARD = TestHttp.basic("tiepnhan2", "demo");

  @LocalServerPort int port;
  @Autowired JsonMapper json;
  @Autowired JdbcClient jdbc;

  TestHttp http;

  @BeforeEach
  void setUp() {
    http = new TestHttp(port);
  }

  static String birthRegistration(String applicantName) {
    return """
        {"procedureCode":"1.001193","channel":"IN_PERSON",
         "applicant":{"name":"%s","idNumber":"092099001234","phone":"0912 345 678",
                      "address":"Khu vực Long Thạnh A, phường Thốt Nốt"}}
        """
        .formatted(applicantName);
  }

  JsonNode create(String body, String... headers) {
    HttpResponse<String> created =
        http.postJson("/api/v1/dossiers", body, with(RECEPTION, headers));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    return json.readTree(created.body());
  }

  JsonNode get(String code, String who) {
    HttpResponse<String> response = http.get("/api/v1/dossiers/" + code, "Authorization", who);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return json.readTree(response.body());
  }

  HttpResponse<String> act(String code, String who, String action, int version, String extra) {
    return http.postJson(
        "/api/v1/dossiers/" + code + "/actions",
        "{\"action\":\"%s\",\"version\":%d%s}".formatted(action, version, extra),
        "Authorization",
        who);
  }

  @Test
  void receptionRegistersABirthRegistrationWithCodeAppointmentAndPin() {
    JsonNode created = create(birthRegistration("Nguyễn Văn An"));

    assertThat(created.get("code").asString()).matches("[0-9A-Z.]+-\\d{6}-\\d{4,}");
    assertThat(created.get("status").asInt()).isEqualTo(4);
    assertThat(created.get("statusName").asString()).isEqualTo("Processing");
    assertThat(created.get("dueAt").asString()).endsWith("+07:00");
    assertThat(created.get("version").asInt()).isZero();
    assertThat(created.get("lookupPin").asString()).matches("\\d{8}");
  }

  @Test
  void dossierGoesFromCounterToSpecialistToLeaderAndBackToTheCounter() {
    String code = create(birthRegistration("Trần Thị Bình")).get("code").asString();

    JsonNode atSpecialist = get(code, SPECIALIST);
    assertThat(atSpecialist.get("currentStep").get("role").asString()).isEqualTo("SPECIALIST");
    assertThat(names(atSpecialist.get("availableActions")))
        .contains("TAKE", "FORWARD", "REQUEST_SUPPLEMENT");
    assertThat(names(get(code, RECEPTION).get("availableActions"))).doesNotContain("FORWARD");

    HttpResponse<String> forwarded =
        act(code, SPECIALIST, "FORWARD", 0, ",\"note\":\"Đủ điều kiện\"");
    assertThat(forwarded.statusCode()).as(forwarded.body()).isEqualTo(200);
    JsonNode atLeader = json.readTree(forwarded.body());
    assertThat(atLeader.get("currentStep").get("role").asString()).isEqualTo("LEADER");
    assertThat(names(atLeader.get("availableActions"))).isEmpty();

    JsonNode ready =
        json.readTree(
            act(
                    code,
                    LEADER,
                    "RESULT_READY",
                    1,
                    ",\"resultNumber\":\"125/2026\",\"electronic\":true")
                .body());
    assertThat(ready.get("status").asInt()).isEqualTo(9);
    assertThat(ready.get("currentStep").get("kind").asString()).isEqualTo("RETURN");
    assertThat(get(code, LEADER).get("result").get("number").asString()).isEqualTo("125/2026");

    JsonNode returned =
        json.readTree(
            act(
                    code,
                    RECEPTION,
                    "RETURN_RESULT",
                    2,
                    ",\"recipient\":\"Trần Thị Bình\",\"returnMethod\":\"AT_COUNTER\"")
                .body());
    assertThat(returned.get("status").asInt()).isEqualTo(10);
    assertThat(returned.get("availableActions")).isEmpty();
    JsonNode done = get(code, RECEPTION);
    assertThat(done.get("timeliness").asString()).isIn("EARLY", "ON_TIME", "LATE");
    assertThat(actions(done.get("history")))
        .containsExactly("RECEIVE", "FORWARD", "RESULT_READY", "RETURN_RESULT");
    assertThat(done.get("history").get(1).get("actor").asString()).isEqualTo("Trần Văn Khánh");
  }

  @Test
  void staleVersionIsRefusedWithWhatChanged() {
    String code = create(birthRegistration("Lê Văn Cường")).get("code").asString();
    assertThat(act(code, SPECIALIST, "TAKE", 0, "").statusCode()).isEqualTo(200);

    HttpResponse<String> stale = act(code, SPECIALIST, "FORWARD", 0, "");

    assertThat(stale.statusCode()).isEqualTo(409);
    JsonNode problem = json.readTree(stale.body());
    assertThat(problem.get("type").asString()).isEqualTo("urn:motcua:problem:stale-version");
    assertThat(problem.get("currentVersion").asInt()).isEqualTo(1);
    assertThat(problem.get("lastChange").get("action").asString()).isEqualTo("TAKE");
    assertThat(problem.get("lastChange").get("actor").asString()).isEqualTo("Trần Văn Khánh");
  }

  @Test
  void actionOutsideTheOfficersRoleIsRefusedSayingWhy() {
    String code = create(birthRegistration("Phạm Thị Dung")).get("code").asString();

    HttpResponse<String> refused = act(code, RECEPTION, "FORWARD", 0, "");

    assertThat(refused.statusCode()).isEqualTo(409);
    assertThat(json.readTree(refused.body()).get("detail").asString())
        .contains("step is not for your role");
  }

  @Test
  void officerOfAnotherWardGetsTheSameAnswerAsForNoDossier() {
    String code = create(birthRegistration("Võ Văn Em")).get("code").asString();

    HttpResponse<String> otherWard =
        http.get("/api/v1/dossiers/" + code, "Authorization", OTHER_WARD);
    HttpResponse<String> missing =
        http.get("/api/v1/dossiers/000.01.31.H13-000101-9999", "Authorization", OTHER_WARD);

    assertThat(otherWard.statusCode()).isEqualTo(404);
    assertThat(missing.statusCode()).isEqualTo(404);
    assertThat(act(code, OTHER_WARD, "WITHDRAW", 0, ",\"note\":\"x\"").statusCode()).isEqualTo(404);
  }

  @Test
  void repeatedRequestWithTheSameIdempotencyKeyGetsTheFirstAnswerAndChangesNothing() {
    String key = UUID.randomUUID().toString();
    String name = "Đặng Văn Giang " + key.substring(0, 6);

    JsonNode first = create(birthRegistration(name), "Idempotency-Key", key);
    HttpResponse<String> again =
        http.postJson(
            "/api/v1/dossiers", birthRegistration(name), with(RECEPTION, "Idempotency-Key", key));
    HttpResponse<String> misuse =
        http.postJson(
            "/api/v1/dossiers",
            birthRegistration(name + " khác"),
            with(RECEPTION, "Idempotency-Key", key));

    assertThat(again.statusCode()).isEqualTo(201);
    assertThat(json.readTree(again.body()).get("code").asString())
        .isEqualTo(first.get("code").asString());
    assertThat(misuse.statusCode()).isEqualTo(422);
    assertThat(
            jdbc.sql("SELECT COUNT(*) FROM dossier WHERE applicant_name = :name")
                .param("name", name)
                .query(Long.class)
                .single())
        .isEqualTo(1);
  }

  @Test
  void invalidApplicantDataIsA400NamingTheFieldAndSavesNothing() {
    long before = jdbc.sql("SELECT COUNT(*) FROM dossier").query(Long.class).single();

    HttpResponse<String> response =
        http.postJson(
            "/api/v1/dossiers",
            """
            {"procedureCode":"1.001193","applicant":{"name":"Ngô Văn H","idNumber":"12345","phone":"12"}}
            """,
            "Authorization",
            RECEPTION);

    assertThat(response.statusCode()).isEqualTo(400);
    JsonNode problem = json.readTree(response.body());
    assertThat(names(problem.get("errors"), "parameter"))
        .contains("applicant.idNumber", "applicant.phone");
    assertThat(jdbc.sql("SELECT COUNT(*) FROM dossier").query(Long.class).single())
        .isEqualTo(before);
  }

  @Test
  void unknownProcedureAndMalformedJsonAreProblemDetails() {
    HttpResponse<String> unknown =
        http.postJson(
            "/api/v1/dossiers",
            "{\"procedureCode\":\"9.999999\",\"applicant\":{\"name\":\"A\",\"phone\":\"0912345678\"}}",
            "Authorization",
            RECEPTION);
    HttpResponse<String> malformed =
        http.postJson("/api/v1/dossiers", "{\"procedureCode\":", "Authorization", RECEPTION);

    assertThat(unknown.statusCode()).isEqualTo(400);
    assertThat(json.readTree(unknown.body()).get("parameter").asString())
        .isEqualTo("procedureCode");
    assertThat(malformed.statusCode()).isEqualTo(400);
    assertThat(malformed.headers().firstValue("Content-Type")).contains("application/problem+json");
  }

  @Test
  void onlyReceptionCreatesDossiersAndOnlySignedInCallersSeeThem() {
    assertThat(
            http.postJson("/api/v1/dossiers", birthRegistration("X"), "Authorization", SPECIALIST)
                .statusCode())
        .isEqualTo(403);
    assertThat(http.get("/api/v1/dossiers").statusCode()).isEqualTo(401);
  }

  @Test
  void scansAreCheckedByContentNotByName() {
    String code = create(birthRegistration("Bùi Thị Hoa")).get("code").asString();

    HttpResponse<String> pdf = upload(code, "giay-chung-sinh.pdf", "%PDF-1.7\n%test\n");
    HttpResponse<String> fake = upload(code, "giay-chung-sinh.pdf", "this is just text");

    assertThat(pdf.statusCode()).as(pdf.body()).isEqualTo(201);
    assertThat(json.readTree(pdf.body()).get("contentType").asString())
        .isEqualTo("application/pdf");
    assertThat(json.readTree(pdf.body()).get("sha256").asString()).hasSize(64);
    assertThat(fake.statusCode()).isEqualTo(400);
    assertThat(json.readTree(fake.body()).get("parameter").asString()).isEqualTo("file");
  }

  @Test
  void listShowsTheOfficersOverdueAndOwnDossiers() {
    String code = create(birthRegistration("Hồ Văn Khoa")).get("code").asString();
    act(code, SPECIALIST, "TAKE", 0, "");

    HttpResponse<String> mine =
        http.get("/api/v1/dossiers?assignee=me", "Authorization", SPECIALIST);
    HttpResponse<String> badStatus =
        http.get("/api/v1/dossiers?status=42", "Authorization", SPECIALIST);

    assertThat(names(json.readTree(mine.body()), "code")).contains(code);
    assertThat(badStatus.statusCode()).isEqualTo(400);
    assertThat(json.readTree(badStatus.body()).get("parameter").asString()).isEqualTo("status");
  }

  private HttpResponse<String> upload(String code, String fileName, String content) {
    String boundary = "----motcua" + UUID.randomUUID();
    String body =
        "--"
            + boundary
            + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
            + fileName
            + "\"\r\nContent-Type: application/pdf\r\n\r\n"
            + content
            + "\r\n--"
            + boundary
            + "--\r\n";
    return http.send(
        "POST",
        "/api/v1/dossiers/" + code + "/files?component=1",
        body,
        "Authorization",
        RECEPTION,
        "Content-Type",
        "multipart/form-data; boundary=" + boundary);
  }

  private static String[] with(String authorization, String... headers) {
    String[] all = new String[headers.length + 2];
    all[0] = "Authorization";
    all[1] = authorization;
    System.arraycopy(headers, 0, all, 2, headers.length);
    return all;
  }

  private static java.util.List<String> names(JsonNode array) {
    java.util.List<String> names = new java.util.ArrayList<>();
    array.forEach(node -> names.add(node.asString()));
    return names;
  }

  private static java.util.List<String> names(JsonNode array, String field) {
    java.util.List<String> names = new java.util.ArrayList<>();
    array.forEach(node -> names.add(node.get(field).asString()));
    return names;
  }

  private static java.util.List<String> actions(JsonNode history) {
    return names(history, "action");
  }
}
