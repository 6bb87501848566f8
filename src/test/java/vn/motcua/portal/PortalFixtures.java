package vn.motcua.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.concurrent.ThreadLocalRandom;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.motcua.testing.TestHttp;

/** Dossiers of the demo ward for the portal's tests, driven through the officers' API. */
record PortalFixtures(TestHttp http, JsonMapper json) {

  static final String RECEPTION = TestHttp.basic("tiepnhan", "demo");
  static final String SPECIALIST = TestHttp.basic("chuyenvien", "demo");
  static final String LEADER = TestHttp.basic("lanhdao", "demo");

  /** A birth registration received at the counter: its code, PIN, due date and version. */
  JsonNode received(String applicantName, String email) {
    HttpResponse<String> created =
        http.postJson(
            "/api/v1/dossiers",
            """
            {"procedureCode":"1.001193","channel":"IN_PERSON",
             "applicant":{"name":"%s","idNumber":"092099001234","phone":"0912 345 678",
                          "email":"%s","address":"Khu vực Long Thạnh A, phường Thốt Nốt"}}
            """
                .formatted(applicantName, email),
            "Authorization",
            RECEPTION);
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    return json.readTree(created.body());
  }

  JsonNode act(String code, String who, String action, int version, String extra) {
    HttpResponse<String> response =
        http.postJson(
            "/api/v1/dossiers/" + code + "/actions",
            "{\"action\":\"%s\",\"version\":%d%s}".formatted(action, version, extra),
            "Authorization",
            who);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return json.readTree(response.body());
  }

  /**
   * An address of a client of its own, so that one test's failed lookups do not hold up another.
   */
  static String someClient() {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    return "198.18." + random.nextInt(256) + "." + random.nextInt(1, 255);
  }
}
