package vn.motcua.security.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.motcua.testing.IntegrationTest;
import vn.motcua.testing.TestHttp;

/**
 * How API clients authenticate: a bearer token got once (no session, CSRF or password per request),
 * or the browser's session (whose writes need the CSRF header).
 */
@IntegrationTest
class ApiAuthenticationIntegrationTests {

  static final String DOSSIER =
      """
      {"procedureCode":"1.001193","channel":"IN_PERSON",
       "applicant":{"name":"Nguyễn Văn Tải","idNumber":"092099001234","phone":"0912345678"}}
      """;

  @LocalServerPort int port;
  @Autowired JsonMapper json;

  String token(String username) {
    HttpResponse<String> issued =
        new TestHttp(port)
            .postJson("/api/v1/tokens", "", "Authorization", TestHttp.basic(username, "demo"));
    assertThat(issued.statusCode()).as(issued.body()).isEqualTo(201);
    JsonNode body = json.readTree(issued.body());
    assertThat(body.get("type").asString()).isEqualTo("Bearer");
    assertThat(Instant.parse(body.get("expiresAt").asString()))
        .isBetween(Instant.now().plus(Duration.ofMinutes(14)), Instant.now().plusSeconds(901));
    return body.get("token").asString();
  }

  @Test
  void tokenRegistersADossierWithoutSessionOrCsrf() {
    String token = token("tiepnhan");
    TestHttp client = new TestHttp(port);

    HttpResponse<String> created =
        client.postJson("/api/v1/dossiers", DOSSIER, "Authorization", "Bearer " + token);

    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    assertThat(created.headers().allValues("Set-Cookie")).isEmpty();
    HttpResponse<String> me = client.get("/api/v1/me", "Authorization", "Bearer " + token);
    assertThat(json.readTree(me.body()).get("username").asString()).isEqualTo("tiepnhan");
  }

  @Test
  void tokenCarriesTheOfficersRolesOnly() {
    String specialist = token("chuyenvien");

    HttpResponse<String> refused =
        new TestHttp(port)
            .postJson("/api/v1/dossiers", DOSSIER, "Authorization", "Bearer " + specialist);

    assertThat(refused.statusCode()).isEqualTo(403);
  }

  @Test
  void tokenWhoseClaimsWereChangedIsRefused() {
    String[] parts = token("chuyenvien").split("\\.");
    String claims = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
    String forged =
        parts[0]
            + "."
            + Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(
                    claims
                        .replace("\"SPECIALIST\"", "\"RECEPTION\"")
                        .getBytes(StandardCharsets.UTF_8))
            + "."
            + parts[2];

    HttpResponse<String> refused =
        new TestHttp(port)
            .postJson("/api/v1/dossiers", DOSSIER, "Authorization", "Bearer " + forged);

    assertThat(refused.statusCode()).isEqualTo(401);
    assertThat(refused.headers().firstValue("WWW-Authenticate"))
        .hasValueSatisfying(
            value -> assertThat(value).startsWith("Bearer").contains("invalid_token"));
  }

  @Test
  void tokenNeedsASignedInOfficer() {
    HttpResponse<String> refused = new TestHttp(port).postJson("/api/v1/tokens", "");

    assertThat(refused.statusCode()).isEqualTo(401);
  }

  @Test
  void browserSessionWritesNeedTheCsrfHeader() {
    TestHttp browser = new TestHttp(port);
    browser.signIn("tiepnhan", "demo");

    assertThat(browser.postJson("/api/v1/dossiers", DOSSIER).statusCode()).isEqualTo(403);
    JsonNode me = json.readTree(browser.get("/api/v1/me").body());
    HttpResponse<String> created =
        browser.postJson(
            "/api/v1/dossiers",
            DOSSIER,
            me.get("csrfHeader").asString(),
            me.get("csrfToken").asString());
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
  }
}
