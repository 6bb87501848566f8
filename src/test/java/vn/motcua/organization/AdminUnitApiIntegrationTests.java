package vn.motcua.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.organization.DemoProvince.json;

import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import vn.motcua.testing.IntegrationTest;
import vn.motcua.testing.TestHttp;

@IntegrationTest
class AdminUnitApiIntegrationTests {

  @LocalServerPort int port;

  @Test
  void unitsInForceOnADayAreFoundByNameWithoutSigningIn() {
    TestHttp http = new TestHttp(port);

    JsonNode before =
        json(http.get("/api/v1/public/admin-units?q=thuan%20hung&inForceOn=2025-06-30").body());
    JsonNode after =
        json(http.get("/api/v1/public/admin-units?q=thuan%20hung&inForceOn=2025-07-01").body());

    assertThat(names(before)).contains("Phường Thuận Hưng", "Xã Thuận Hưng");
    assertThat(before.valueStream().map(u -> u.get("validUntil").asString()))
        .containsOnly("2025-07-01");
    assertThat(names(after)).contains("Phường Thuận Hưng");
    assertThat(after.valueStream().map(u -> u.get("validFrom").asString()))
        .containsOnly("2025-07-01");
  }

  @Test
  void aUnitShowsWhatWentIntoIt() {
    TestHttp http = new TestHttp(port);
    long id =
        json(http.get("/api/v1/public/admin-units?q=31228&inForceOn=2025-07-01").body())
            .get(0)
            .get("id")
            .asLong();

    JsonNode unit = json(http.get("/api/v1/public/admin-units/" + id).body());

    assertThat(unit.get("parent").get("name").asString()).isEqualTo("Thành phố Cần Thơ");
    assertThat(
            unit.get("predecessors")
                .valueStream()
                .map(
                    s ->
                        s.get("predecessor").get("name").asString()
                            + "/"
                            + s.get("kind").asString()))
        .containsExactlyInAnyOrder(
            "Phường Thốt Nốt/PARTIAL", "Phường Trung Kiên/WHOLE", "Phường Thuận Hưng/WHOLE");
  }

  @Test
  void badParametersAreRefusedNamingThem() {
    TestHttp http = new TestHttp(port);

    HttpResponse<String> date = http.get("/api/v1/public/admin-units?q=thot&inForceOn=30/06/2025");
    HttpResponse<String> query = http.get("/api/v1/public/admin-units?q=t");

    assertThat(date.statusCode()).isEqualTo(400);
    assertThat(json(date.body()).get("parameter").asString()).isEqualTo("inForceOn");
    assertThat(json(query.body()).get("parameter").asString()).isEqualTo("q");
    assertThat(http.get("/api/v1/public/admin-units/999999999").statusCode()).isEqualTo(404);
  }

  private static List<String> names(JsonNode units) {
    return units.valueStream().map(u -> u.get("name").asString()).toList();
  }
}
