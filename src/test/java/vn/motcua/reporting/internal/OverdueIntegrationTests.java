package vn.motcua.reporting.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.motcua.dossier.ActionName;
import vn.motcua.dossier.DossierActions;
import vn.motcua.dossier.DossierReception;
import vn.motcua.security.AccountStore;
import vn.motcua.shared.Instants;
import vn.motcua.testing.IntegrationTest;
import vn.motcua.testing.TestHttp;

/**
 * The overdue list of the ward of Thốt Nốt. Dossiers are received now, then their due instants are
 * moved as if they had been received long ago: the list reads them as they are.
 */
@IntegrationTest
class OverdueIntegrationTests {

  static final String SUPERVISOR = TestHttp.basic("giamsat", "demo");

  @LocalServerPort int port;
  @Autowired DossierReception reception;
  @Autowired DossierActions actions;
  @Autowired AccountStore accounts;
  @Autowired JdbcClient jdbc;
  @Autowired JsonMapper json;

  final java.util.List<Runnable> moved = new java.util.ArrayList<>();
  WardDossiers ward;
  TestHttp http;

  @BeforeEach
  void setUp() {
    ward = new WardDossiers(reception, actions, accounts);
    http = new TestHttp(port);
  }

  @Test
  void listsOverdueDossiersAndStepsWithTheirHolderAndThoseDueTomorrow() {
    String late = ward.accepted("Quá Hạn Một").code();
    ward.act(late, 0, ActionName.TAKE, "chuyenvien");
    move(late, "due_at", Instant.parse("2026-11-02T10:00:00Z"));
    String stepLate = ward.accepted("Quá Hạn Hai").code();
    move(stepLate, "step_due_at", Instant.parse("2026-11-20T10:00:00Z"));
    String tomorrow = ward.accepted("Ngày Mai").code();
    move(
        tomorrow,
        "due_at",
        LocalDate.now(Instants.VIETNAM)
            .plusDays(1)
            .atTime(16, 0)
            .atZone(Instants.VIETNAM)
            .toInstant());
    move(
        tomorrow,
        "step_due_at",
        LocalDate.now(Instants.VIETNAM)
            .plusDays(1)
            .atTime(10, 0)
            .atZone(Instants.VIETNAM)
            .toInstant());

    HttpResponse<String> response =
        http.get("/api/v1/reports/overdue?agency=000.01.31.H13", "Authorization", SUPERVISOR);

    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    JsonNode list = json.readTree(response.body());
    JsonNode dossierLate = find(list.get("overdue"), late);
    assertThat(dossierLate.get("stepOnly").asBoolean()).isFalse();
    assertThat(dossierLate.get("holder").asString()).isEqualTo("Trần Văn Khánh");
    assertThat(dossierLate.get("lateWorkingDays").asLong()).isGreaterThanOrEqualTo(15);
    JsonNode onlyTheStep = find(list.get("overdue"), stepLate);
    assertThat(onlyTheStep.get("stepOnly").asBoolean()).isTrue();
    assertThat(onlyTheStep.get("holder").isNull()).isTrue();
    assertThat(onlyTheStep.get("step").asString()).isNotBlank();
    assertThat(find(list.get("dueTomorrow"), tomorrow).get("stepOnly").asBoolean()).isTrue();
    assertThat(codes(list.get("overdue"))).doesNotContain(tomorrow);
  }

  @Test
  void thePageShowsTheThreeLists() {
    http.signIn("giamsat", "demo");

    HttpResponse<String> page = http.get("/reports/overdue");

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("id=\"overdue\"", "id=\"dueToday\"", "id=\"dueTomorrow\"");
  }

  /**
   * Puts the dossiers back as their actions left them, so that the statistics, which heard only the
   * actions, still match them (the rebuild test compares the two).
   */
  @AfterEach
  void restore() {
    moved.reversed().forEach(Runnable::run);
    moved.clear();
  }

  private void move(String code, String column, Instant to) {
    OffsetDateTime before =
        jdbc.sql("SELECT " + column + " FROM dossier WHERE code = :code")
            .param("code", code)
            .query(OffsetDateTime.class)
            .single();
    moved.add(
        () ->
            jdbc.sql("UPDATE dossier SET " + column + " = :to WHERE code = :code")
                .param("to", before)
                .param("code", code)
                .update());
    jdbc.sql("UPDATE dossier SET " + column + " = :to WHERE code = :code")
        .param("to", OffsetDateTime.ofInstant(to, ZoneOffset.UTC))
        .param("code", code)
        .update();
  }

  private static JsonNode find(JsonNode entries, String code) {
    for (JsonNode entry : entries) {
      if (entry.get("code").asString().equals(code)) {
        return entry;
      }
    }
    throw new AssertionError(code + " is not in " + entries);
  }

  private static java.util.List<String> codes(JsonNode entries) {
    java.util.List<String> codes = new java.util.ArrayList<>();
    entries.forEach(entry -> codes.add(entry.get("code").asString()));
    return codes;
  }
}
