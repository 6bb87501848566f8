package vn.motcua.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.portal.PortalFixtures.RECEPTION;
import static vn.motcua.portal.PortalFixtures.SUBMITTED_CODE;
import static vn.motcua.portal.PortalFixtures.SUBMITTED_PIN;
import static vn.motcua.portal.PortalFixtures.group;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.motcua.organization.Agency;
import vn.motcua.organization.Organization;
import vn.motcua.testing.IntegrationTest;
import vn.motcua.testing.TestHttp;

/** Online submission of a birth registration to the demo ward, as a citizen's browser does it. */
@IntegrationTest
class OnlineSubmissionIntegrationTests {

  @LocalServerPort int port;
  @Autowired JsonMapper json;
  @Autowired JdbcClient jdbc;
  @Autowired Organization organization;

  TestHttp http;
  PortalFixtures fixtures;
  Agency ward;

  @BeforeEach
  void setUp() {
    http = new TestHttp(port);
    fixtures = new PortalFixtures(http, json);
    ward = PortalFixtures.ward(organization);
  }

  HttpResponse<String> submit(String key, String name) {
    return fixtures.submitOnline(ward, key, name, "Citizen." + key.substring(0, 8) + "@Example.VN");
  }

  long dossiersOf(String name) {
    return jdbc.sql("SELECT COUNT(*) FROM dossier WHERE applicant_name = :name")
        .param("name", name)
        .query(Long.class)
        .single();
  }

  static String someone(String name) {
    return name + " " + UUID.randomUUID().toString().substring(0, 4);
  }

  @Test
  void wardOffersBirthRegistrationOnline() {
    HttpResponse<String> page = http.get("/public/submit?agency=" + ward.id());

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains(PortalFixtures.formPath(ward)).contains("Toàn trình");
  }

  @Test
  void submissionLandsInTheReceptionQueueAndTheConfirmationSaysWhatComesNext() {
    HttpResponse<String> confirmation = submit(fixtures.openForm(ward), someone("Ngô Văn Phúc"));

    assertThat(confirmation.statusCode()).as(confirmation.body()).isEqualTo(200);
    String code = group(SUBMITTED_CODE, confirmation.body());
    assertThat(group(SUBMITTED_PIN, confirmation.body())).matches("\\d{8}");
    assertThat(confirmation.body())
        .contains(ward.name())
        .contains(String.valueOf(ward.address()))
        .contains("07:00-11:30 13:30-17:00")
        .contains("trong một ngày làm việc");
    JsonNode dossier =
        json.readTree(http.get("/api/v1/dossiers/" + code, "Authorization", RECEPTION).body());
    assertThat(dossier.get("status").asInt()).isEqualTo(1);
    assertThat(dossier.get("channel").asString()).isEqualTo("ONLINE");
    assertThat(dossier.get("availableActions").toString()).contains("ACCEPT");
    assertThat(dossier.get("applicant").get("email").asString()).endsWith("@example.vn");
    assertThat(dossier.get("files").toString()).contains("to-khai.pdf");
  }

  @Test
  void submittingTheSameFormTwiceRegistersOneDossier() {
    String name = someone("Đỗ Thị Mai");
    String key = fixtures.openForm(ward);

    String first = group(SUBMITTED_CODE, submit(key, name).body());
    String again = group(SUBMITTED_CODE, submit(key, name).body());

    assertThat(again).isEqualTo(first);
    assertThat(dossiersOf(name)).isEqualTo(1);
  }

  @Test
  void twoSubmissionsRacingWithTheSameKeyRegisterOneDossier() throws Exception {
    String name = someone("Bùi Văn Khoa");
    String key = fixtures.openForm(ward);
    List<Callable<String>> both = new ArrayList<>();
    for (int i = 0; i < 2; i++) {
      both.add(() -> group(SUBMITTED_CODE, submit(key, name).body()));
    }

    List<String> codes = new ArrayList<>();
    try (ExecutorService pool = Executors.newFixedThreadPool(2)) {
      for (Future<String> code : pool.invokeAll(both)) {
        codes.add(code.get());
      }
    }

    assertThat(codes.get(1)).isEqualTo(codes.get(0));
    assertThat(dossiersOf(name)).isEqualTo(1);
  }

  @Test
  void withoutTheDeclarationNothingIsRegisteredAndTheFormSaysWhy() {
    String name = someone("Lý Thị Nga");

    HttpResponse<String> refused =
        fixtures.postMultipart(
            PortalFixtures.formPath(ward),
            Map.of("submissionKey", fixtures.openForm(ward), "name", name, "phone", "0987654321"),
            List.of(new PortalFixtures.Upload("file-1", "to-khai.pdf", "%PDF-1.7\n")));

    assertThat(refused.statusCode()).isEqualTo(200);
    assertThat(refused.body()).contains("id=\"problems\"").contains("cần xác nhận lời cam đoan");
    assertThat(dossiersOf(name)).isZero();
  }

  @Test
  void aFileThatIsNotWhatItClaimsRefusesTheWholeSubmission() {
    String name = someone("Tạ Văn Long");

    HttpResponse<String> refused =
        fixtures.postMultipart(
            PortalFixtures.formPath(ward),
            Map.of(
                "submissionKey",
                fixtures.openForm(ward),
                "name",
                name,
                "phone",
                "0987654321",
                "declaration",
                "yes"),
            List.of(new PortalFixtures.Upload("file-1", "to-khai.pdf", "MZ not a pdf")));

    assertThat(refused.body()).contains("id=\"problems\"");
    assertThat(dossiersOf(name)).isZero();
  }
}
