package vn.motcua.reporting.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.motcua.dossier.ActionName;
import vn.motcua.dossier.DossierActions;
import vn.motcua.dossier.DossierReception;
import vn.motcua.security.AccountStore;
import vn.motcua.shared.Instants;
import vn.motcua.testing.IntegrationTest;
import vn.motcua.testing.TestHttp;

/** Per-officer and per-step figures of the ward of Thốt Nốt after its officers handle dossiers. */
@IntegrationTest
class WorkloadIntegrationTests {

  @LocalServerPort int port;
  @Autowired DossierReception reception;
  @Autowired DossierActions actions;
  @Autowired AccountStore accounts;
  @Autowired JsonMapper json;

  @Test
  void eachStepHandedOnCountsForTheOfficerWhoHeldItAndForItsStep() {
    WardDossiers ward = new WardDossiers(reception, actions, accounts);
    String today = LocalDate.now(Instants.VIETNAM).toString();
    JsonNode before = officers(today);

    String code = ward.accepted("Cán Bộ Một").code();
    ward.act(code, 0, ActionName.FORWARD, "chuyenvien");
    ward.resultReady(code, 1);
    JsonNode after = officers(today);

    assertThat(handled(after.get("byOfficer"), "Trần Văn Khánh"))
        .isEqualTo(handled(before.get("byOfficer"), "Trần Văn Khánh") + 1);
    assertThat(handled(after.get("byOfficer"), "Lê Minh Tuấn"))
        .isEqualTo(handled(before.get("byOfficer"), "Lê Minh Tuấn") + 1);
    long steps = 0;
    for (JsonNode line : after.get("byStep")) {
      steps += line.get("handled").asLong();
      assertThat(line.get("onTime").asLong()).isLessThanOrEqualTo(line.get("handled").asLong());
    }
    long officers = 0;
    for (JsonNode line : after.get("byOfficer")) {
      officers += line.get("handled").asLong();
    }
    assertThat(steps).isEqualTo(officers);
  }

  @Test
  void thePageListsOfficersAndSteps() {
    TestHttp http = new TestHttp(port);
    http.signIn("giamsat", "demo");

    HttpResponse<String> page = http.get("/reports/officers");

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("Kết quả xử lý theo cán bộ và theo bước");
  }

  private JsonNode officers(String day) {
    HttpResponse<String> response =
        new TestHttp(port)
            .get(
                "/api/v1/reports/officers?agency=000.01.31.H13&from=" + day + "&to=" + day,
                "Authorization",
                TestHttp.basic("giamsat", "demo"));
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return json.readTree(response.body());
  }

  private static long handled(JsonNode lines, String name) {
    for (JsonNode line : lines) {
      if (line.get("name").asString().equals(name)) {
        return line.get("handled").asLong();
      }
    }
    return 0;
  }
}
