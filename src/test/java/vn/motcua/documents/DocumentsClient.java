package vn.motcua.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.motcua.testing.TestHttp;

/**
 * Drives dossiers through the API as the demo ward's officers and downloads their documents as
 * bytes.
 */
final class DocumentsClient {

  static final String RECEPTION = TestHttp.basic("tiepnhan", "demo");
  static final String SPECIALIST = TestHttp.basic("chuyenvien", "demo");
  static final String LEADER = TestHttp.basic("lanhdao", "demo");
  static final String OTHER_WARD = TestHttp.basic("tiepnhan2", "demo");

  private final TestHttp http;
  private final JsonMapper json;
  private final HttpClient client = HttpClient.newHttpClient();

  DocumentsClient(int port, JsonMapper json) {
    this.http = new TestHttp(port);
    this.json = json;
  }

  /** A birth registration received at the counter; {@code outcome} ACCEPT, SUPPLEMENT or REFUSE. */
  JsonNode receive(String applicantName, String outcome, String extra) {
    String body =
        """
        {"procedureCode":"1.001193","channel":"IN_PERSON","outcome":"%s",
         "applicant":{"name":"%s","idNumber":"092099001234","phone":"0912 345 678",
                      "address":"Khu vực Long Thạnh A, phường Thốt Nốt"}%s}
        """
            .formatted(outcome, applicantName, extra);
    HttpResponse<String> created =
        http.postJson("/api/v1/dossiers", body, "Authorization", RECEPTION);
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    return json.readTree(created.body());
  }

  /** Performs an action and answers the dossier's new version. */
  int act(String code, String who, String action, int version, String extra) {
    HttpResponse<String> response =
        http.postJson(
            "/api/v1/dossiers/" + code + "/actions",
            "{\"action\":\"%s\",\"version\":%d%s}".formatted(action, version, extra),
            "Authorization",
            who);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return json.readTree(response.body()).get("version").asInt();
  }

  HttpResponse<byte[]> get(String path, String who) {
    try {
      return client.send(
          HttpRequest.newBuilder(URI.create(http.url(path))).header("Authorization", who).build(),
          HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** The document as PDF bytes, checking that it is one. */
  byte[] document(String code, String kind, String who) {
    HttpResponse<byte[]> response = get("/api/v1/dossiers/" + code + "/documents/" + kind, who);
    assertThat(response.statusCode()).as(new String(response.body())).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type")).contains("application/pdf");
    return response.body();
  }

  JsonNode problem(HttpResponse<byte[]> response) {
    return json.readTree(new String(response.body(), java.nio.charset.StandardCharsets.UTF_8));
  }
}
