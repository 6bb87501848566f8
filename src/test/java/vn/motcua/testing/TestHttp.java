package vn.motcua.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser-like HTTP client for integration tests against the running application: it keeps
 * cookies (also the {@code Secure} ones, which the JDK's cookie handler would not send over plain
 * http to localhost, unlike browsers), does not follow redirects, and finds the CSRF token of the
 * last page it read.
 */
public final class TestHttp {

  private static final Pattern CSRF_FIELD =
      Pattern.compile(
          "name=\"_csrf\"\\s+value=\"([^\"]+)\"|name=\"csrf-token\"\\s+content=\"([^\"]+)\"");

  private final HttpClient client = HttpClient.newBuilder().build();
  private final String base;
  private final Map<String, String> cookies = new LinkedHashMap<>();
  private String csrf = "";

  public TestHttp(int port) {
    this.base = "http://localhost:" + port;
  }

  public HttpResponse<String> get(String path, String... headers) {
    return send(request(path, headers).GET());
  }

  /** A file (a PDF, a workbook) as it came, with the session's cookies like a link's download. */
  public HttpResponse<byte[]> getBytes(String path, String... headers) {
    return exchange(request(path, headers).GET(), HttpResponse.BodyHandlers.ofByteArray());
  }

  public HttpResponse<String> postForm(String path, Map<String, String> form, String... headers) {
    Map<String, String> body = new LinkedHashMap<>(form);
    body.putIfAbsent("_csrf", csrf);
    String encoded =
        body.entrySet().stream()
            .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
            .collect(Collectors.joining("&"));
    return send(
        request(path, headers)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(encoded)));
  }

  public HttpResponse<String> postJson(String path, String json, String... headers) {
    return send(
        request(path, headers)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json)));
  }

  public HttpResponse<String> send(String method, String path, String body, String... headers) {
    return send(request(path, headers).method(method, HttpRequest.BodyPublishers.ofString(body)));
  }

  /**
   * Signs in through the sign-in form, as a browser does; returns the response to the form post.
   */
  public HttpResponse<String> signIn(String username, String password) {
    get("/login");
    return postForm("/login", Map.of("username", username, "password", password));
  }

  /** The CSRF token of the last page read, for headers of API calls that ride on the session. */
  public String csrfToken() {
    return csrf;
  }

  public String url(String path) {
    return base + path;
  }

  public static String basic(String username, String password) {
    return "Basic "
        + java.util.Base64.getEncoder()
            .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  private HttpRequest.Builder request(String path, String... headers) {
    HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path));
    if (!cookies.isEmpty()) {
      builder.header(
          "Cookie",
          cookies.entrySet().stream()
              .map(e -> e.getKey() + "=" + e.getValue())
              .collect(Collectors.joining("; ")));
    }
    for (int i = 0; i + 1 < headers.length; i += 2) {
      builder.header(headers[i], headers[i + 1]);
    }
    return builder;
  }

  private HttpResponse<String> send(HttpRequest.Builder request) {
    HttpResponse<String> response =
        exchange(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    Matcher matcher = CSRF_FIELD.matcher(response.body());
    if (matcher.find()) {
      csrf = matcher.group(1) != null ? matcher.group(1) : matcher.group(2);
    }
    return response;
  }

  private <T> HttpResponse<T> exchange(
      HttpRequest.Builder request, HttpResponse.BodyHandler<T> body) {
    try {
      HttpResponse<T> response = client.send(request.build(), body);
      for (String setCookie : response.headers().allValues("Set-Cookie")) {
        String pair = setCookie.split(";", 2)[0];
        int eq = pair.indexOf('=');
        String name = pair.substring(0, eq);
        String value = pair.substring(eq + 1);
        if (value.isEmpty() || setCookie.toLowerCase().contains("max-age=0")) {
          cookies.remove(name);
        } else {
          cookies.put(name, value);
        }
      }
      return response;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
