package vn.motcua.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.motcua.organization.Agency;
import vn.motcua.organization.AgencyKind;
import vn.motcua.organization.Organization;
import vn.motcua.testing.TestHttp;

/** Dossiers of the demo ward for the portal's tests, driven through the officers' API. */
record PortalFixtures(TestHttp http, JsonMapper json) {

  static final Pattern SUBMITTED_CODE = Pattern.compile("id=\"submitted-code\">([^<]+)<");
  static final Pattern SUBMITTED_PIN = Pattern.compile("id=\"submitted-pin\">([^<]+)<");

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

  /** The demo ward that receives birth registration online. */
  static Agency ward(Organization organization) {
    return organization.agencies(AgencyKind.COMMUNE_COMMITTEE).stream()
        .filter(agency -> agency.name().equals("UBND phường Thốt Nốt"))
        .findFirst()
        .orElseThrow();
  }

  static String formPath(Agency ward) {
    return "/public/submit/" + ward.id() + "/1.001193";
  }

  /** Opens the online form (for its CSRF token) and returns its submission key. */
  String openForm(Agency ward) {
    HttpResponse<String> form = http.get(formPath(ward));
    assertThat(form.statusCode()).isEqualTo(200);
    return group(Pattern.compile("name=\"submissionKey\" value=\"([^\"]+)\""), form.body());
  }

  /** Submits the online form of a birth registration with the declaration and one file. */
  HttpResponse<String> submitOnline(Agency ward, String key, String name, String email) {
    return postMultipart(
        formPath(ward),
        Map.of(
            "submissionKey",
            key,
            "name",
            name,
            "idNumber",
            "092099004321",
            "phone",
            "0987 654 321",
            "email",
            email,
            "declaration",
            "yes"),
        List.of(new Upload("file-1", "to-khai.pdf", "%PDF-1.7\n%to khai\n")));
  }

  static String group(Pattern pattern, String body) {
    Matcher matcher = pattern.matcher(body);
    assertThat(matcher.find()).as(body).isTrue();
    return matcher.group(1);
  }

  /** A file field of a multipart form. */
  record Upload(String field, String fileName, String content) {}

  /**
   * Posts a multipart form as a browser does, with the CSRF token of the last page read. Files are
   * text (a PDF's signature is ASCII), so the body can be a string.
   */
  HttpResponse<String> postMultipart(
      String path, Map<String, String> fields, List<Upload> files, String... headers) {
    String boundary = "----motcua" + UUID.randomUUID();
    StringBuilder body = new StringBuilder();
    Map<String, String> all = new LinkedHashMap<>(fields);
    all.putIfAbsent("_csrf", http.csrfToken());
    all.forEach(
        (name, value) ->
            body.append(
                "--%s\r\nContent-Disposition: form-data; name=\"%s\"\r\n\r\n%s\r\n"
                    .formatted(boundary, name, value)));
    for (Upload file : files) {
      body.append(
          ("--%s\r\nContent-Disposition: form-data; name=\"%s\"; filename=\"%s\"\r\n"
                  + "Content-Type: application/octet-stream\r\n\r\n%s\r\n")
              .formatted(boundary, file.field(), file.fileName(), file.content()));
    }
    body.append("--").append(boundary).append("--\r\n");
    List<String> all2 = new java.util.ArrayList<>(List.of(headers));
    all2.add("Content-Type");
    all2.add("multipart/form-data; boundary=" + boundary);
    return http.send("POST", path, body.toString(), all2.toArray(String[]::new));
  }

  /**
   * An address of a client of its own, so that one test's failed lookups do not hold up another.
   */
  static String someClient() {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    return "198.18." + random.nextInt(256) + "." + random.nextInt(1, 255);
  }
}
