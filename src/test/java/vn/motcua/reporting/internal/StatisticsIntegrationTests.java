package vn.motcua.reporting.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.motcua.catalog.Channel;
import vn.motcua.dossier.ActionName;
import vn.motcua.dossier.DossierActions;
import vn.motcua.dossier.DossierReception;
import vn.motcua.dossier.Registered;
import vn.motcua.organization.AgencyCode;
import vn.motcua.organization.Organization;
import vn.motcua.security.AccountStore;
import vn.motcua.testing.IntegrationTest;
import vn.motcua.testing.TestHttp;

/**
 * The statistics read model on the real database: kept by the dossiers' events as they happen, and
 * equal to what a rebuild from the dossiers' history gives.
 */
@IntegrationTest
class StatisticsIntegrationTests {

  @Autowired DossierReception reception;
  @Autowired DossierActions actions;
  @Autowired AccountStore accounts;
  @Autowired Organization organization;
  @Autowired StatisticsRebuild rebuild;
  @Autowired JdbcClient jdbc;
  @LocalServerPort int port;

  WardDossiers ward;
  Set<Long> thotNot;

  @BeforeEach
  void setUp() {
    ward = new WardDossiers(reception, actions, accounts);
    long committee = organization.agencyId(new AgencyCode("000.01.31.H13")).orElseThrow();
    thotNot = organization.agencyAndBelow(committee);
  }

  @Test
  void rebuiltFromTheHistoryTheStatisticsEqualThoseKeptActionByAction() {
    ward.settled("Thống Kê Một");
    Registered returned = ward.accepted("Thống Kê Hai");
    ward.act(returned.code(), 0, ActionName.FORWARD, "chuyenvien");
    ward.resultReady(returned.code(), 1);
    ward.returnResult(returned.code(), 2);
    Registered supplemented = ward.accepted("Thống Kê Ba");
    ward.supplement(supplemented.code(), 0);
    ward.act(supplemented.code(), 1, ActionName.SUPPLEMENT_RECEIVED, "tiepnhan");
    ward.supplement(supplemented.code(), 2);
    Registered withdrawn = ward.accepted("Thống Kê Bốn");
    ward.act(withdrawn.code(), 0, ActionName.WITHDRAW, "tiepnhan");
    Registered refused = ward.accepted("Thống Kê Năm");
    ward.act(refused.code(), 0, ActionName.PROPOSE_REFUSAL, "chuyenvien");
    ward.act(refused.code(), 1, ActionName.REFUSE, "lanhdao");
    Registered apologised = ward.accepted("Thống Kê Sáu");
    ward.apologize(apologised.code(), 0, apologised.dueAt().plus(3, ChronoUnit.DAYS));
    Registered paused = ward.accepted("Thống Kê Bảy");
    ward.act(paused.code(), 0, ActionName.PAUSE, "chuyenvien");
    ward.receive(Channel.ONLINE, DossierReception.Outcome.REFUSE, "Thống Kê Tám");
    ward.receive(Channel.POST, DossierReception.Outcome.REQUEST_SUPPLEMENT, "Thống Kê Chín");
    List<Map<String, Object>> daily =
        rows("stat_daily", "agency_id, on_day, field_code, procedure_code, channel");
    List<Map<String, Object>> monthly = rows("stat_monthly", "agency_id, in_month, field_code");
    List<Map<String, Object>> dossiers = rows("stat_dossier", "dossier_id");

    int counted = rebuild.rebuild(thotNot);

    assertThat(counted).isGreaterThanOrEqualTo(9);
    assertThat(rows("stat_daily", "agency_id, on_day, field_code, procedure_code, channel"))
        .isEqualTo(daily);
    assertThat(rows("stat_monthly", "agency_id, in_month, field_code")).isEqualTo(monthly);
    assertThat(monthly).isNotEmpty();
    assertThat(rows("stat_dossier", "dossier_id")).isEqualTo(dossiers);
    assertThat(dossiers).anyMatch(row -> Boolean.TRUE.equals(row.get("ended_soon")));
    assertThat(sum("received")).isGreaterThanOrEqualTo(7);
    assertThat(sum("repeated_supplement_requests")).isPositive();
    assertThat(sum("refused_at_reception")).isPositive();
    assertThat(
            jdbc.sql("SELECT paused_at FROM stat_dossier WHERE dossier_id = :id")
                .param("id", paused.id())
                .query(Object.class)
                .optional())
        .isPresent()
        .get()
        .isNotNull();
  }

  @Test
  void theMonthlyCountsAreTheDailyCountsSummedPerMonthAcrossProceduresAndChannels() {
    ward.settled("Thống Kê Mười");
    ward.receive(Channel.ONLINE, DossierReception.Outcome.ACCEPT, "Thống Kê Mười Một");
    ward.receive(Channel.POST, DossierReception.Outcome.REFUSE, "Thống Kê Mười Hai");
    String month = "CAST(DATE_TRUNC('MONTH', on_day) AS DATE)";
    String sums =
        ", field_code, SUM(received), SUM(settled_early), SUM(settled_on_time),"
            + " SUM(settled_late), SUM(returned), SUM(refused_at_reception), SUM(";
    String key = " WHERE agency_id IN (:agencies) GROUP BY agency_id, ";

    List<List<Object>> daily =
        values(
            "SELECT agency_id, "
                + month
                + sums
                + "CASE WHEN channel = 2 THEN received ELSE 0 END) FROM stat_daily"
                + key
                + month
                + ", field_code ORDER BY 1, 2, 3");
    List<List<Object>> monthly =
        values(
            "SELECT agency_id, in_month"
                + sums
                + "received_online) FROM stat_monthly"
                + key
                + "in_month, field_code ORDER BY 1, 2, 3");

    assertThat(monthly).isNotEmpty().isEqualTo(daily);
    assertThat(monthly).anyMatch(row -> ((Number) row.getLast()).longValue() > 0);
  }

  @Test
  void anAdministratorRebuildsAWardsStatisticsThroughTheApiAndASupervisorMayNot() {
    TestHttp http = new TestHttp(port);

    var rebuilt =
        http.postJson(
            "/api/v1/reports/statistics/rebuild?agency=000.01.31.H13",
            "",
            "Authorization",
            TestHttp.basic("quantri", "demo"));
    var refused =
        http.postJson(
            "/api/v1/reports/statistics/rebuild?agency=000.01.31.H13",
            "",
            "Authorization",
            TestHttp.basic("giamsat", "demo"));

    assertThat(rebuilt.statusCode()).as(rebuilt.body()).isEqualTo(200);
    assertThat(rebuilt.body()).contains("\"agency\":\"000.01.31.H13\"");
    assertThat(refused.statusCode()).isEqualTo(403);
    assertThat(
            jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE action = 'STATISTICS_REBUILT'")
                .query(Long.class)
                .single())
        .isPositive();
  }

  @Test
  void aWardsAgenciesAreItsCommitteeAndEverythingBelowIt() {
    assertThat(thotNot)
        .contains(id("000.01.31.H13"), id("001.01.31.H13"), id("005.01.31.H13"))
        .doesNotContain(id("000.02.31.H13"), id("000.00.00.H13"));
  }

  private long id(String code) {
    return organization.agencyId(new AgencyCode(code)).orElseThrow();
  }

  private List<Map<String, Object>> rows(String table, String order) {
    return jdbc.sql("SELECT * FROM " + table + " WHERE agency_id IN (:agencies) ORDER BY " + order)
        .param("agencies", thotNot)
        .query()
        .listOfRows();
  }

  private List<List<Object>> values(String sql) {
    return jdbc.sql(sql).param("agencies", thotNot).query().listOfRows().stream()
        .map(row -> List.copyOf(row.values()))
        .toList();
  }

  private long sum(String column) {
    return jdbc.sql(
            "SELECT COALESCE(SUM("
                + column
                + "), 0) FROM stat_daily WHERE agency_id IN (:agencies)")
        .param("agencies", thotNot)
        .query(Long.class)
        .single();
  }
}
