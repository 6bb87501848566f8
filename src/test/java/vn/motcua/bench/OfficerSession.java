package vn.motcua.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An officer signed in once through the sign-in form, as a browser is: the session cookie and the
 * CSRF token to send with each request. Benchmarks use it so that what they measure is not the
 * adaptive password hash that HTTP Basic authentication would pay on every request.
 */
public record OfficerSession(String cookie, String csrf) {

  private static final Pattern FORM_CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");
  private static final Pattern API_CSRF = Pattern.compile("\"csrfToken\":\"([^\"]+)\"");

  /**
   * Signs in at {@code base} (e.g. {@code http://localhost:8080}).
   *
   * @throws IllegalStateException when the officer is not signed in afterwards
   */
  public static OfficerSession signIn(
      HttpClient http, String base, String username, String password) throws Exception {
    HttpResponse<String> page =
        http.send(get(base, "/login", null), HttpResponse.BodyHandlers.ofString());
    String cookie = cookie(page, null);
    String form =
        "username="
            + URLEncoder.encode(username, StandardCharsets.UTF_8)
            + "&password="
            + URLEncoder.encode(password, StandardCharsets.UTF_8)
            + "&_csrf="
            + URLEncoder.encode(group(FORM_CSRF, page.body()), StandardCharsets.UTF_8);
    HttpResponse<String> signedIn =
        http.send(
            HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Cookie", cookie)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    cookie = cookie(signedIn, cookie);
    HttpResponse<String> me =
        http.send(get(base, "/api/v1/me", cookie), HttpResponse.BodyHandlers.ofString());
    if (me.statusCode() != 200) {
      throw new IllegalStateException(username + " could not sign in: " + me.statusCode());
    }
    return new OfficerSession(cookie, group(API_CSRF, me.body()));
  }

  /** A GET of {@code path} at {@code base}, in this session. */
  public HttpRequest get(String base, String path) {
    return get(base, path, cookie);
  }

  private static HttpRequest get(String base, String path, String cookie) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).GET();
    if (cookie != null) {
      request.header("Cookie", cookie);
    }
    return request.build();
  }

  private static String cookie(HttpResponse<String> response, String fallback) {
    return response.headers().allValues("Set-Cookie").stream()
        .filter(c -> c.startsWith("MOTCUA_SESSION="))
        .map(c -> c.split(";", 2)[0])
        .findFirst()
        .orElse(fallback);
  }

  private static String group(Pattern pattern, String text) {
    Matcher matcher = pattern.matcher(text);
    if (!matcher.find()) {
      throw new IllegalStateException("No " + pattern + " in " + text);
    }
    return matcher.group(1);
  }
}
