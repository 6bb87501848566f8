package vn.motcua.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import vn.motcua.testing.IntegrationTest;
import vn.motcua.testing.TestHttp;

@IntegrationTest
class SignInIntegrationTests {

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  @Autowired PasswordEncoder passwords;

  TestHttp http;

  @BeforeEach
  void setUp() {
    http = new TestHttp(port);
  }

  @Test
  void demoOfficerSignsInAndReachesTheStartPage() {
    HttpResponse<String> signIn = http.signIn("tiepnhan", "demo");

    assertThat(signIn.statusCode()).isEqualTo(302);
    assertThat(signIn.headers().firstValue("Location"))
        .hasValueSatisfying(l -> assertThat(l).endsWith("/officer"));
    HttpResponse<String> start = http.get("/officer");
    assertThat(start.statusCode()).isEqualTo(200);
    assertThat(start.body()).contains("Nguyễn Thị Hồng Nhung").contains("Cán bộ một cửa");
  }

  @Test
  void fragmentAskedForAfterTheSessionEndedTakesTheWholePageToSignIn() {
    HttpResponse<String> fragment = http.get("/officer/queues/mine", "HX-Request", "true");

    assertThat(fragment.statusCode()).isEqualTo(401);
    assertThat(fragment.headers().firstValue("HX-Redirect")).hasValue("/login");
    assertThat(fragment.body()).doesNotContain("<form");
    assertThat(http.get("/officer/queues/mine").statusCode()).isEqualTo(302);
  }

  @Test
  void sessionCookieIsSecureHttpOnlyAndSameSite() {
    HttpResponse<String> signIn = http.signIn("chuyenvien", "demo");

    String cookie =
        signIn.headers().allValues("Set-Cookie").stream()
            .filter(c -> c.startsWith("MOTCUA_SESSION="))
            .findFirst()
            .orElseThrow();
    assertThat(cookie).contains("Secure").contains("HttpOnly").contains("SameSite=Lax");
  }

  @Test
  void wrongPasswordIsRefusedWithAVietnameseMessage() {
    HttpResponse<String> signIn = http.signIn("lanhdao", "wrong");

    assertThat(signIn.headers().firstValue("Location"))
        .hasValueSatisfying(l -> assertThat(l).endsWith("/login?error"));
    assertThat(http.get("/login?error").body()).contains("Tên đăng nhập hoặc mật khẩu không đúng.");
    assertThat(http.get("/officer").statusCode()).isEqualTo(302);
  }

  @Test
  void tooManyFailedSignInsLockTheAccountEvenForTheRightPassword() {
    jdbc.sql(
            """
            INSERT INTO officer (username, password_hash, full_name, agency_id, created_at)
            SELECT 'locktest', :hash, 'Lock Test', agency_id, created_at FROM officer WHERE username = 'tiepnhan'
            """)
        .param("hash", passwords.encode("right"))
        .update();

    for (int i = 0; i < 5; i++) {
      assertThat(http.signIn("locktest", "wrong").headers().firstValue("Location"))
          .hasValueSatisfying(l -> assertThat(l).endsWith("/login?error"));
    }
    HttpResponse<String> locked = http.signIn("locktest", "right");

    assertThat(locked.headers().firstValue("Location"))
        .hasValueSatisfying(l -> assertThat(l).endsWith("/login?locked"));
    assertThat(http.get("/login?locked").body()).contains("tạm thời bị khóa");
  }

  @Test
  void passwordsAreStoredAsAdaptiveHashes() {
    String hash =
        jdbc.sql("SELECT password_hash FROM officer WHERE username = 'quantri'")
            .query(String.class)
            .single();

    assertThat(hash).startsWith("{bcrypt}$2").doesNotContain("demo");
    assertThat(passwords.matches("demo", hash)).isTrue();
  }

  @Test
  void signInPageListsTheDemoAccountsInDemoMode() {
    String page = http.get("/login").body();

    assertThat(page)
        .contains("id=\"demo-accounts\"")
        .contains("tiepnhan", "chuyenvien", "lanhdao", "giamsat", "quantri");
  }

  @Test
  void formPostWithoutCsrfTokenIsRejected() {
    http.signIn("giamsat", "demo");

    HttpResponse<String> logout = http.postForm("/logout", Map.of("_csrf", "forged"));

    assertThat(logout.statusCode()).isEqualTo(403);
  }

  @Test
  void signInAndFailuresAreAudited() {
    http.signIn("giamsat", "demo");
    new TestHttp(port).signIn("giamsat", "nope");

    assertThat(
            jdbc.sql("SELECT action FROM audit_event WHERE actor = 'giamsat' ORDER BY id")
                .query(String.class)
                .list())
        .contains("SIGN_IN", "SIGN_IN_FAILED");
  }

  @Test
  void pagesCarryTheSecurityHeaders() {
    HttpResponse<String> home = http.get("/");

    assertThat(home.headers().firstValue("Content-Security-Policy"))
        .hasValueSatisfying(
            csp ->
                assertThat(csp)
                    .contains("default-src 'self'")
                    .contains("script-src 'self'")
                    .doesNotContain("unsafe"));
    assertThat(home.headers().firstValue("X-Frame-Options")).contains("DENY");
    assertThat(home.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
  }
}
