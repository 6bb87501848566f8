package vn.motcua.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.motcua.testing.IntegrationTest;
import vn.motcua.testing.TestHttp;

/**
 * Supervisors find what happened in their agencies; administrators also sign-ins; nobody else finds
 * anything.
 */
@IntegrationTest
class AuditSearchIntegrationTests {

  @LocalServerPort int port;
  @Autowired JsonMapper json;

  TestHttp http;

  @BeforeEach
  void setUp() {
    http = new TestHttp(port);
  }

  String receive(String name) {
    HttpResponse<String> created =
        http.postJson(
            "/api/v1/dossiers",
            """
            {"procedureCode":"1.001193","applicant":{"name":"%s","phone":"0912345678"}}
            """
                .formatted(name),
            "Authorization",
            TestHttp.basic("tiepnhan", "demo"));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    return json.readTree(created.body()).get("code").asString();
  }

  JsonNode search(String who, String query) {
    HttpResponse<String> response =
        http.get("/api/v1/audit?" + query, "Authorization", TestHttp.basic(who, "demo"));
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return json.readTree(response.body());
  }

  @Test
  void supervisorFindsTheDossierActionsOfHisWardOnly() {
    String code = receive("Tra Cứu Nhật Ký");

    JsonNode own = search("giamsat", "subject=" + code);
    JsonNode otherWard = search("giamsat2", "subject=" + code);

    assertThat(own).hasSize(1);
    assertThat(own.get(0).get("action").asString()).isEqualTo("DOSSIER_RECEIVE");
    assertThat(own.get(0).get("actor").asString()).isEqualTo("tiepnhan");
    assertThat(own.get(0).get("occurredAt").asString()).endsWith("+07:00");
    assertThat(otherWard).isEmpty();
  }

  @Test
  void signInsAreForAdministratorsOnly() {
    new TestHttp(port).signIn("tiepnhan2", "wrong-password");

    assertThat(search("quantri", "actor=tiepnhan2&action=SIGN_IN_FAILED")).isNotEmpty();
    assertThat(search("giamsat2", "actor=tiepnhan2&action=SIGN_IN_FAILED")).isEmpty();
  }

  @Test
  void officersWithoutSupervisionCannotSearch() {
    assertThat(
            http.get("/api/v1/audit", "Authorization", TestHttp.basic("tiepnhan", "demo"))
                .statusCode())
        .isEqualTo(403);
  }

  @Test
  void searchPageShowsEntriesAndRefusesABackwardPeriod() {
    String code = receive("Trang Nhật Ký");
    http.signIn("giamsat", "demo");

    assertThat(http.get("/audit?subject=" + code).body())
        .contains("DOSSIER_RECEIVE")
        .contains("Nhật ký hệ thống");
    assertThat(http.get("/audit?from=2026-05-02&to=2026-05-01").body())
        .contains("Ngày kết thúc phải sau ngày bắt đầu.");
    assertThat(
            http.get(
                    "/api/v1/audit?from=2026-05-02&to=2026-05-01",
                    "Authorization",
                    TestHttp.basic("giamsat", "demo"))
                .statusCode())
        .isEqualTo(400);
  }
}
