package vn.motcua.notification.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.motcua.testing.IntegrationTest;
import vn.motcua.testing.TestHttp;

/** Administrators word message texts anew, in both languages, and can go back to the defaults. */
@IntegrationTest
class MessageTextsIntegrationTests {

  static final String KEY = "applicant.REFUSED.subject";

  @LocalServerPort int port;
  @Autowired MessageTexts texts;

  TestHttp http;

  @BeforeEach
  void setUp() {
    http = new TestHttp(port);
  }

  HttpResponse<String> save(String vietnamese, String english) {
    return http.postForm(
        "/admin/message-texts", Map.of("key", KEY, "text_vi", vietnamese, "text_en", english));
  }

  @Test
  void administratorsWordingIsUsedUntilTheBoxIsEmptiedAgain() {
    http.signIn("quantri", "demo");
    assertThat(http.get("/admin/message-texts").body()).contains("id=\"" + KEY + "\"");
    try {
      assertThat(save("Thông báo về hồ sơ {code}", "").statusCode()).isEqualTo(302);

      assertThat(texts.text(KEY, Map.of("code", "A-1"))).isEqualTo("Thông báo về hồ sơ A-1");
      assertThat(texts.template(KEY, Locale.ENGLISH)).isEqualTo("Dossier {code} refused");
      assertThat(http.get("/admin/message-texts").body()).contains("Thông báo về hồ sơ {code}");
    } finally {
      save("", "");
    }
    assertThat(texts.text(KEY, Map.of("code", "A-1"))).isEqualTo("Hồ sơ A-1 không được giải quyết");
  }

  @Test
  void aBlankTheMessagesDoNotKnowIsRefused() {
    http.signIn("quantri", "demo");
    http.get("/admin/message-texts");

    HttpResponse<String> refused = save("Hồ sơ {cde} không được giải quyết", "");
    HttpResponse<String> page = http.get("/admin/message-texts");

    assertThat(refused.statusCode()).isEqualTo(302);
    assertThat(page.body()).contains("Chỗ trống {cde} không có trong danh sách các chỗ trống.");
    assertThat(texts.text(KEY, Map.of("code", "A-1"))).isEqualTo("Hồ sơ A-1 không được giải quyết");
  }

  @Test
  void onlyAdministratorsWordTexts() {
    http.signIn("giamsat", "demo");

    assertThat(http.get("/admin/message-texts").statusCode()).isEqualTo(403);
  }
}
