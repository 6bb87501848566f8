package vn.motcua.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.motcua.MotcuaApplication;
import vn.motcua.organization.AgencyCode;
import vn.motcua.organization.Organization;
import vn.motcua.reporting.Statistics;
import vn.motcua.shared.Instants;
import vn.motcua.testing.TestDatabase;
import vn.motcua.testing.TestHttp;

/**
 * The demo's first start on an empty database of its own, as {@code ./motcua} does it: a year of
 * history in the two demo wards, coherent with the rules and the reports, and a second start that
 * adds nothing.
 */
class DemoHistoryIntegrationTests {

  private static final String WARD = "000.01.31.H13";

  @Test
  void theFirstStartRecordsAYearOfHistoryThatTheReportsShowAndTheSecondStartAddsNothing() {
    Map<String, Object> database = TestDatabase.separateSpringProperties();
    long dossiers;
    try (ConfigurableApplicationContext first = start(database)) {
      // The history loads after the application is ready, so that the first start stays short.
      DemoHistory history = first.getBean(DemoHistory.class);
      await().atMost(Duration.ofSeconds(90)).until(history::present);
      JdbcClient jdbc = first.getBean(JdbcClient.class);
      Set<Long> ward = agencies(first);
      dossiers = count(jdbc, "COUNT(*)", "dossier", "TRUE", ward);

      assertThat(dossiers).as("dossiers of Thốt Nốt in a year").isBetween(800L, 1500L);
      assertThat(
              jdbc.sql(
                      "SELECT COUNT(DISTINCT CAST(received_at AS DATE)) FROM dossier"
                          + " WHERE agency_id IN (:agencies)")
                  .param("agencies", ward)
                  .query(Long.class)
                  .single())
          .as("days with receptions over about twelve months")
          .isGreaterThan(150);
      assertBieu06IsCoherentAndMostlyOnTime(first);
      assertTheStatisticsAreWhatARebuildGives(first, jdbc, ward);
      assertThat(count(jdbc, "COUNT(*)", "portal_rating", "TRUE", ward))
          .as("ratings")
          .isGreaterThan(count(jdbc, "COUNT(*)", "dossier", "status = 10", ward) / 5);
      assertThat(count(jdbc, "COALESCE(SUM(ratings), 0)", "stat_satisfaction", "TRUE", ward))
          .isEqualTo(count(jdbc, "COUNT(*)", "portal_rating", "TRUE", ward));
      assertThat(
              count(jdbc, "COUNT(*)", "dossier", "status IN (3, 7)", ward)
                  * count(jdbc, "COUNT(*)", "dossier", "supplement_requests > 0", ward))
          .as("refusals, withdrawals and supplement requests")
          .isPositive();
      assertThat(
              jdbc.sql(
                      "SELECT COUNT(*) FROM dossier WHERE agency_id IN (:agencies)"
                          + " AND step_role IS NOT NULL GROUP BY step_role")
                  .param("agencies", ward)
                  .query(Long.class)
                  .list())
          .as("dossiers waiting in each queue of the wards: a few dozen at most, not hundreds")
          .isNotEmpty()
          .allSatisfy(waiting -> assertThat(waiting).isLessThan(60));
    }
    try (ConfigurableApplicationContext second = start(database)) {
      assertThat(
              count(
                  second.getBean(JdbcClient.class),
                  "COUNT(*)",
                  "dossier",
                  "TRUE",
                  agencies(second)))
          .isEqualTo(dossiers);
    }
  }

  /** Biểu 06 of the ward for the year: every dossier received is accounted for, most on time. */
  private static void assertBieu06IsCoherentAndMostlyOnTime(ConfigurableApplicationContext app) {
    LocalDate today = LocalDate.now(Instants.VIETNAM);
    var response =
        new TestHttp(port(app))
            .get(
                "/api/v1/reports/bieu06?agency="
                    + WARD
                    + "&from="
                    + today.minusYears(1)
                    + "&to="
                    + today,
                "Authorization",
                TestHttp.basic("giamsat", "demo"));
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    JsonNode total = app.getBean(JsonMapper.class).readTree(response.body()).get("total");
    long received = total.get("received").asLong();
    long settled = total.get("settled").asLong();
    assertThat(received)
        .isEqualTo(
            settled + total.get("inProgress").asLong() + total.get("closedWithoutResult").asLong());
    assertThat(total.get("receivedOnline").asLong()).isPositive();
    assertThat(total.get("settledLate").asLong()).isPositive();
    assertThat(total.get("settledEarly").asLong() + total.get("settledOnTime").asLong())
        .as("settled early or on time")
        .isGreaterThan(settled * 8 / 10);
    assertThat(total.get("inProgressOverdue").asLong()).as("overdue now").isPositive();
  }

  /**
   * The counts the demo wrote are those a rebuild from the history gives, and agree with the
   * dossiers themselves.
   */
  private static void assertTheStatisticsAreWhatARebuildGives(
      ConfigurableApplicationContext app, JdbcClient jdbc, Set<Long> ward) {
    List<Map<String, Object>> daily = rows(jdbc, "stat_daily", ward);
    List<Map<String, Object>> kept = rows(jdbc, "stat_dossier", ward);

    app.getBean(Statistics.class).rebuild(ward);

    assertThat(rows(jdbc, "stat_daily", ward)).isEqualTo(daily);
    assertThat(rows(jdbc, "stat_dossier", ward)).isEqualTo(kept);
    assertThat(count(jdbc, "SUM(settled_late)", "stat_daily", "TRUE", ward))
        .isEqualTo(
            count(jdbc, "COUNT(*)", "dossier", "timeliness = 'LATE' AND status IN (9, 10)", ward));
    assertThat(count(jdbc, "SUM(received)", "stat_daily", "TRUE", ward))
        .isEqualTo(count(jdbc, "COUNT(*)", "dossier", "received_at IS NOT NULL", ward));
  }

  private static ConfigurableApplicationContext start(Map<String, Object> database) {
    List<String> arguments = new ArrayList<>(List.of("--server.port=0"));
    database.forEach((key, value) -> arguments.add("--" + key + "=" + value));
    return new SpringApplicationBuilder(MotcuaApplication.class)
        .profiles("demo")
        .run(arguments.toArray(String[]::new));
  }

  private static Set<Long> agencies(ConfigurableApplicationContext app) {
    Organization organization = app.getBean(Organization.class);
    return organization.agencyAndBelow(organization.agencyId(new AgencyCode(WARD)).orElseThrow());
  }

  private static int port(ConfigurableApplicationContext app) {
    return Integer.parseInt(app.getEnvironment().getRequiredProperty("local.server.port"));
  }

  /**
   * {@code select} from {@code table} where the agency is the ward's and {@code condition} holds.
   */
  private static long count(
      JdbcClient jdbc, String select, String table, String condition, Set<Long> agencies) {
    return jdbc.sql(
            "SELECT "
                + select
                + " FROM "
                + table
                + " WHERE agency_id IN (:agencies) AND "
                + condition)
        .param("agencies", agencies)
        .query(Long.class)
        .single();
  }

  private static List<Map<String, Object>> rows(JdbcClient jdbc, String table, Set<Long> agencies) {
    return jdbc.sql(
            "SELECT * FROM " + table + " WHERE agency_id IN (:agencies) ORDER BY 1, 2, 3, 4, 5")
        .param("agencies", agencies)
        .query()
        .listOfRows();
  }
}
