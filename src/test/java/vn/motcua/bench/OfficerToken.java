package vn.motcua.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An officer signed in once for an API bearer token ({@code POST /api/v1/tokens} with HTTP Basic),
 * as a tool using the API is: benchmarks send it with every request, so that what they measure is
 * neither the adaptive password hash HTTP Basic pays per request nor a session's reads and writes.
 *
 * @param authorization the {@code Authorization} header's value
 */
public record OfficerToken(String authorization) {

  private static final Pattern TOKEN = Pattern.compile("\"token\":\"([^\"]+)\"");

  /**
   * Signs in at {@code base} (e.g. {@code http://localhost:8080}).
   *
   * @throws IllegalStateException when no token is given
   */
  public static OfficerToken signIn(HttpClient http, String base, String username, String password)
      throws Exception {
    String basic =
        Base64.getEncoder()
            .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    HttpResponse<String> issued =
        http.send(
            HttpRequest.newBuilder(URI.create(base + "/api/v1/tokens"))
                .header("Authorization", "Basic " + basic)
                .POST(HttpRequest.BodyPublishers.noBody())
                .build(),
            HttpResponse.BodyHandlers.ofString());
    Matcher token = TOKEN.matcher(issued.body());
    if (issued.statusCode() != 201 || !token.find()) {
      throw new IllegalStateException(username + " could not sign in: " + issued.statusCode());
    }
    return new OfficerToken("Bearer " + token.group(1));
  }

  /** A request to {@code path} at {@code base} with this token. */
  public HttpRequest.Builder request(String base, String path) {
    return HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", authorization);
  }

  /** A GET of {@code path} at {@code base} with this token. */
  public HttpRequest get(String base, String path) {
    return request(base, path).GET().build();
  }
}
