package vn.motcua.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.portal.PortalFixtures.LEADER;
import static vn.motcua.portal.PortalFixtures.RECEPTION;
import static vn.motcua.portal.PortalFixtures.SPECIALIST;

import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.motcua.testing.IntegrationTest;
import vn.motcua.testing.TestHttp;

/**
 * The applicant rates the service once per returned dossier: on the lookup page, at the counter, by
 * API.
 */
@IntegrationTest
class RatingIntegrationTests {

  static final String VERY_GOOD =
      "{\"time\":\"VERY_SATISFIED\",\"attitude\":\"SATISFIED\",\"guidance\":\"NOT_SATISFIED\","
          + "\"comment\":\"Cán bộ chưa hướng dẫn rõ\"}";

  @LocalServerPort int port;
  @Autowired JsonMapper json;
  @Autowired JdbcClient jdbc;

  TestHttp http;
  PortalFixtures fixtures;

  @BeforeEach
  void setUp() {
    http = new TestHttp(port);
    fixtures = new PortalFixtures(http, json);
  }

  /** A birth registration taken all the way to its return at the counter: code and PIN. */
  JsonNode returned(String name) {
    JsonNode created = fixtures.received(name, "rating@example.vn");
    String code = created.get("code").asString();
    fixtures.act(code, SPECIALIST, "FORWARD", 0, "");
    fixtures.act(code, LEADER, "RESULT_READY", 1, ",\"resultNumber\":\"77/2026\"");
    fixtures.act(
        code,
        RECEPTION,
        "RETURN_RESULT",
        2,
        ",\"recipient\":\"%s\",\"returnMethod\":\"AT_COUNTER\"".formatted(name));
    return created;
  }

  HttpResponse<String> rateByApi(JsonNode dossier, String body) {
    return http.postJson(
        "/api/v1/public/dossiers/%s/rating?pin=%s"
            .formatted(dossier.get("code").asString(), dossier.get("lookupPin").asString()),
        body,
        "X-Forwarded-For",
        PortalFixtures.someClient());
  }

  @Test
  void apiRatesAReturnedDossierOnceAndRecordsEachCriterion() {
    JsonNode dossier = returned("Quách Văn Hải");

    HttpResponse<String> first = rateByApi(dossier, VERY_GOOD);
    HttpResponse<String> second = rateByApi(dossier, VERY_GOOD);

    assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
    assertThat(
            json.readTree(
                    http.get(
                            "/api/v1/public/dossiers/%s?pin=%s"
                                .formatted(
                                    dossier.get("code").asString(),
                                    dossier.get("lookupPin").asString()),
                            "X-Forwarded-For",
                            PortalFixtures.someClient())
                        .body())
                .get("result")
                .get("rated")
                .asBoolean())
        .isTrue();
    assertThat(second.statusCode()).isEqualTo(409);
    assertThat(json.readTree(second.body()).get("type").asString())
        .isEqualTo("urn:motcua:problem:already-rated");
    Map<String, Object> stored =
        jdbc.sql("SELECT * FROM portal_rating WHERE dossier_code = :code")
            .param("code", dossier.get("code").asString())
            .query()
            .singleRow();
    assertThat(stored)
        .containsEntry("time_rating", "VERY_SATISFIED")
        .containsEntry("attitude_rating", "SATISFIED")
        .containsEntry("guidance_rating", "NOT_SATISFIED")
        .containsEntry("comment", "Cán bộ chưa hướng dẫn rõ")
        .containsEntry("channel", "API");
  }

  @Test
  void ratingsCountOnceInTheStatisticsOfTheDossiersAgencyFieldAndProcedure() {
    JsonNode mixed = returned("Tạ Thị Thống");
    long[] before = satisfactionCounts(mixed);

    rateByApi(mixed, VERY_GOOD);
    rateByApi(mixed, VERY_GOOD);
    rateByApi(
        returned("Tạ Văn Kê"),
        "{\"time\":\"SATISFIED\",\"attitude\":\"VERY_SATISFIED\",\"guidance\":\"SATISFIED\"}");

    long[] after = satisfactionCounts(mixed);
    assertThat(after[0] - before[0])
        .as("ratings: the second of the same dossier refused")
        .isEqualTo(2);
    assertThat(after[1] - before[1]).as("satisfied on every criterion").isEqualTo(1);
  }

  /** Ratings and fully satisfied ratings counted for the dossier's agency, field and procedure. */
  long[] satisfactionCounts(JsonNode dossier) {
    return jdbc.sql(
            """
            SELECT COALESCE(SUM(s.ratings), 0), COALESCE(SUM(s.ratings_satisfied), 0)
              FROM stat_satisfaction s
              JOIN dossier d ON d.agency_id = s.agency_id AND d.field_code = s.field_code
                AND d.procedure_code = s.procedure_code
             WHERE d.code = :code
            """)
        .param("code", dossier.get("code").asString())
        .query((rs, row) -> new long[] {rs.getLong(1), rs.getLong(2)})
        .single();
  }

  @Test
  void aDossierStillInProcessCannotBeRated() {
    JsonNode dossier = fixtures.received("Khúc Thị Vân", "van@example.vn");

    HttpResponse<String> early = rateByApi(dossier, VERY_GOOD);

    assertThat(early.statusCode()).isEqualTo(409);
    assertThat(json.readTree(early.body()).get("type").asString())
        .isEqualTo("urn:motcua:problem:not-returned");
  }

  @Test
  void anUnansweredCriterionIsABadRequest() {
    HttpResponse<String> partial =
        rateByApi(returned("Âu Văn Định"), "{\"time\":\"SATISFIED\",\"attitude\":\"SATISFIED\"}");

    assertThat(partial.statusCode()).isEqualTo(400);
  }

  @Test
  void lookupPageOffersTheRatingOnceTheResultIsReturned() {
    JsonNode dossier = returned("Lục Văn Tín");
    String query =
        "code=" + dossier.get("code").asString() + "&pin=" + dossier.get("lookupPin").asString();
    String client = PortalFixtures.someClient();
    assertThat(http.get("/public/lookup?" + query, "X-Forwarded-For", client).body())
        .contains("id=\"rating-form\"");

    HttpResponse<String> rated =
        http.postForm(
            "/public/lookup/rating",
            Map.of(
                "code", dossier.get("code").asString(),
                "pin", dossier.get("lookupPin").asString(),
                "time", "SATISFIED",
                "attitude", "VERY_SATISFIED",
                "guidance", "SATISFIED"),
            "X-Forwarded-For",
            client);

    assertThat(rated.statusCode()).isEqualTo(302);
    assertThat(http.get("/public/lookup?" + query, "X-Forwarded-For", client).body())
        .contains("Cảm ơn bạn đã đánh giá")
        .doesNotContain("id=\"rating-form\"");
  }

  @Test
  void applicantRatesOnTheCounterTablet() {
    String code = returned("Mạc Thị Xuân").get("code").asString();
    http.signIn("tiepnhan", "demo");
    assertThat(http.get("/dossiers/" + code).body()).contains("/satisfaction/" + code);
    assertThat(http.get("/satisfaction/" + code).body()).contains("id=\"rating-form\"");

    HttpResponse<String> rated =
        http.postForm(
            "/satisfaction/" + code,
            Map.of(
                "time", "VERY_SATISFIED", "attitude", "VERY_SATISFIED", "guidance", "SATISFIED"));

    assertThat(rated.statusCode()).isEqualTo(302);
    assertThat(
            jdbc.sql("SELECT channel FROM portal_rating WHERE dossier_code = :code")
                .param("code", code)
                .query(String.class)
                .single())
        .isEqualTo("COUNTER");
    assertThat(new TestHttp(port).get("/satisfaction/" + code).statusCode()).isEqualTo(302);
  }
}
