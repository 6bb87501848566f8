package vn.motcua.reporting.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.motcua.shared.Instants;
import vn.motcua.testing.IntegrationTest;
import vn.motcua.testing.TestHttp;

/** The supervisors' dashboard of the ward of Thốt Nốt: its data in the API and its page. */
@IntegrationTest
class DashboardIntegrationTests {

  static final String SUPERVISOR = TestHttp.basic("giamsat", "demo");

  @LocalServerPort int port;
  @Autowired JsonMapper json;

  @Test
  void theDashboardHasTwelveMonthsTheAgenciesBelowAndTheDecision766Criteria() {
    HttpResponse<String> response =
        new TestHttp(port)
            .get("/api/v1/reports/dashboard?agency=000.01.31.H13", "Authorization", SUPERVISOR);

    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    JsonNode dashboard = json.readTree(response.body());
    JsonNode trend = dashboard.get("trend");
    assertThat(trend).hasSize(12);
    assertThat(trend.get(11).get("month").asString())
        .isEqualTo(YearMonth.from(LocalDate.now(Instants.VIETNAM)).toString());
    assertThat(dashboard.get("byAgency").findValuesAsString("code"))
        .contains("001.01.31.H13", "002.01.31.H13")
        .doesNotContain("000.01.31.H13", "005.01.31.H13");
    assertThat(dashboard.get("indicators").findValuesAsString("key"))
        .containsExactly(
            "publicity", "progress", "online", "onlinePayment", "satisfaction", "digitisation");
    assertThat(dashboard.get("month").get("received").asLong())
        .isEqualTo(
            dashboard.get("month").get("settled").asLong()
                + dashboard.get("month").get("inProgress").asLong()
                + dashboard.get("month").get("closedWithoutResult").asLong());
  }

  @Test
  void thePageDrawsItsChartsFromTheApiWithChartJsFromTheWebJar() {
    TestHttp http = new TestHttp(port);
    http.signIn("giamsat", "demo");

    HttpResponse<String> page = http.get("/reports");
    HttpResponse<String> script = http.get("/webjars/chart.js/dist/chart.umd.min.js");

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body())
        .contains(
            "data-source=\"/api/v1/reports/dashboard?agency=000.01.31.H13\"",
            "id=\"chart-trend\"",
            "id=\"indicators\"")
        .containsPattern("src=\"/webjars/chart.js/[0-9.]+/dist/chart.umd.min.js\"");
    assertThat(script.statusCode()).isEqualTo(200);
  }

  @Test
  void theTransparencyPageShowsEveryWardToAnyoneWithoutSigningIn() {
    HttpResponse<String> page = new TestHttp(port).get("/public/transparency");

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body())
        .contains(
            "data-agency=\"000.01.31.H13\"",
            "data-agency=\"000.02.31.H13\"",
            "data-agency=\"000.00.00.H13\"")
        .doesNotContain("data-agency=\"001.01.31.H13\"");
  }
}
