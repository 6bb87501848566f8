package vn.motcua.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.motcua.testing.IntegrationTest;
import vn.motcua.testing.TestHttp;

/**
 * Whatever goes wrong, the answer is a page in the user's language or a problem detail; never a
 * stack trace.
 */
@IntegrationTest
class ErrorHandlingIntegrationTests {

  @LocalServerPort int port;

  TestHttp http;

  @BeforeEach
  void setUp() {
    http = new TestHttp(port);
  }

  @Test
  void unknownPageShowsAVietnameseErrorPage() {
    HttpResponse<String> response = http.get("/khong-co-trang-nay", "Accept", "text/html");

    // Pages other than the public ones need a sign-in first, so an anonymous visitor is sent there.
    assertThat(response.statusCode()).isEqualTo(302);
    http.signIn("tiepnhan", "demo");
    HttpResponse<String> signedIn = http.get("/khong-co-trang-nay", "Accept", "text/html");
    assertThat(signedIn.statusCode()).isEqualTo(404);
    assertThat(signedIn.body()).contains("Không tìm thấy trang").doesNotContain("Exception");
  }

  @Test
  void errorPageFollowsTheChosenLanguage() {
    http.signIn("tiepnhan", "demo");
    http.get("/officer?lang=en");

    HttpResponse<String> response = http.get("/khong-co-trang-nay", "Accept", "text/html");

    assertThat(response.body()).contains("Not found").contains("lang=\"en\"");
  }

  @Test
  void unknownApiPathIsAProblemDetail() {
    HttpResponse<String> response =
        http.get("/api/v1/khong-co", "Authorization", TestHttp.basic("tiepnhan", "demo"));

    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(response.headers().firstValue("Content-Type")).contains("application/problem+json");
    assertThat(response.body())
        .contains("\"status\":404")
        .contains("\"instance\":\"/api/v1/khong-co\"");
  }

  @Test
  void apiWithoutCredentialsIsA401ProblemDetail() {
    HttpResponse<String> response = http.get("/api/v1/anything");

    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(response.headers().firstValue("Content-Type")).contains("application/problem+json");
    assertThat(response.headers().firstValue("WWW-Authenticate"))
        .hasValueSatisfying(v -> assertThat(v).startsWith("Basic"));
  }

  @Test
  void wrongMethodOnAPageIsA405Page() {
    http.signIn("tiepnhan", "demo");
    http.get("/officer");

    HttpResponse<String> page =
        http.postForm("/officer", java.util.Map.of(), "Accept", "text/html");

    assertThat(page.statusCode()).isEqualTo(405);
    assertThat(page.body()).contains("Phương thức không được hỗ trợ");
  }

  @Test
  void wrongMethodOnTheApiIsA405ProblemDetail() {
    HttpResponse<String> api =
        http.send("DELETE", "/api/v1/me", "", "Authorization", TestHttp.basic("tiepnhan", "demo"));

    assertThat(api.statusCode()).isEqualTo(405);
    assertThat(api.headers().firstValue("Content-Type")).contains("application/problem+json");
    assertThat(api.body()).contains("\"status\":405");
  }

  @Test
  void oversizedApiBodyIsA413ProblemDetail() {
    String body = "{\"x\":\"" + "a".repeat(2 * 1024 * 1024) + "\"}";

    HttpResponse<String> response =
        http.postJson(
            "/api/v1/anything", body, "Authorization", TestHttp.basic("tiepnhan", "demo"));

    assertThat(response.statusCode()).isEqualTo(413);
    assertThat(response.headers().firstValue("Content-Type")).contains("application/problem+json");
  }

  @Test
  void actuatorHealthAndPrometheusAnswer() {
    assertThat(http.get("/actuator/health").body()).contains("\"status\":\"UP\"");
    assertThat(http.get("/actuator/prometheus").body()).contains("jvm_memory_used_bytes");
  }
}
