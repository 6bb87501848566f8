package vn.motcua.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.organization.DemoProvince.json;
import static vn.motcua.testing.TestHttp.basic;

import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import vn.motcua.calendar.CalendarInheritance;
import vn.motcua.security.Role;
import vn.motcua.testing.IntegrationTest;
import vn.motcua.testing.TestHttp;

@IntegrationTest
class AgencyApiIntegrationTests {

  @LocalServerPort int port;
  @Autowired Organization organization;
  @Autowired JdbcClient jdbc;
  @Autowired CalendarInheritance calendars;

  DemoProvince demo;
  TestHttp http;
  String admin;

  @BeforeEach
  void setUp() {
    demo = new DemoProvince(organization);
    http = new TestHttp(port);
    admin = basic("quantri", DemoProvince.PASSWORD);
  }

  @Test
  void officersSeeOnlyTheAgenciesTheirRolesCover() {
    JsonNode agencies =
        json(http.get("/api/v1/agencies", "Authorization", basic("tiepnhan2", "demo")).body());

    List<String> codes = agencies.valueStream().map(a -> a.get("code").asString()).toList();
    assertThat(codes)
        .contains(DemoProvince.THUAN_HUNG, "001.02.31.H13")
        .doesNotContain(DemoProvince.THOT_NOT, DemoProvince.PROVINCE);
    assertThat(
            http.get(
                    "/api/v1/agencies/" + demo.id(DemoProvince.THOT_NOT),
                    "Authorization",
                    basic("tiepnhan2", "demo"))
                .statusCode())
        .isEqualTo(404);
  }

  @Test
  void administratorCreatesAnAgencyBelowAWardAndTheChangeIsAudited() {
    String code = DemoProvince.freshCode();

    HttpResponse<String> created =
        http.postJson(
            "/api/v1/agencies",
            """
            {"code":"%s","name":"Quầy tiếp nhận số 2","kind":"RECEPTION_POINT","parentId":%d,
             "phone":"0292 3857 123","email":"quay2@thotnot.example.vn"}
            """
                .formatted(code, demo.id(DemoProvince.THOT_NOT_CENTRE)),
            "Authorization",
            admin);

    assertThat(created.statusCode()).isEqualTo(201);
    JsonNode body = json(created.body());
    assertThat(created.headers().firstValue("Location"))
        .contains("/api/v1/agencies/" + body.get("id").asLong());
    assertThat(body.get("code").asString()).isEqualTo(code);
    assertThat(body.get("active").asBoolean()).isTrue();
    assertThat(calendars.lineage(code))
        .containsExactly(
            code, DemoProvince.THOT_NOT_CENTRE, DemoProvince.THOT_NOT, DemoProvince.PROVINCE);
    assertThat(organization.adminUnitOf(body.get("id").asLong()))
        .map(AdminUnit::name)
        .contains("Phường Thốt Nốt");
    assertThat(audit("AGENCY_CREATED", code)).isEqualTo(1);
  }

  @Test
  void malformedCodeIsRefusedNamingTheFieldInTheCallersLanguage() {
    String request =
        """
        {"code":"000.01.31.h13","name":"Sai mã","kind":"INTERNAL_DEPARTMENT","parentId":%d}
        """
            .formatted(demo.id(DemoProvince.THOT_NOT));

    HttpResponse<String> english =
        http.postJson("/api/v1/agencies", request, "Authorization", admin);
    HttpResponse<String> vietnamese =
        http.postJson("/api/v1/agencies", request, "Authorization", admin, "Accept-Language", "vi");

    assertThat(english.statusCode()).isEqualTo(400);
    assertThat(json(english.body()).get("parameter").asString()).isEqualTo("code");
    assertThat(json(english.body()).get("detail").asString()).contains("Decision 20/2020");
    assertThat(json(vietnamese.body()).get("detail").asString()).contains("Quyết định 20/2020");
    assertThat(count("SELECT COUNT(*) FROM agency WHERE name = 'Sai mã'")).isZero();
  }

  @Test
  void duplicateCodeIsAConflictNamingTheField() {
    HttpResponse<String> response =
        http.postJson(
            "/api/v1/agencies",
            """
            {"code":"%s","name":"Trùng mã","kind":"INTERNAL_DEPARTMENT","parentId":%d}
            """
                .formatted(DemoProvince.THUAN_HUNG, demo.id(DemoProvince.THOT_NOT)),
            "Authorization",
            admin);

    assertThat(response.statusCode()).isEqualTo(409);
    assertThat(json(response.body()).get("parameter").asString()).isEqualTo("code");
    assertThat(json(response.body()).get("detail").asString()).contains(DemoProvince.THUAN_HUNG);
  }

  @Test
  void parentThatDoesNotExistOrIsNotAdministeredIsRefused() {
    String wardAdmin = demo.officer("qtthuanhung", Role.ADMIN, DemoProvince.THUAN_HUNG);
    String request =
        "{\"code\":\"%s\",\"name\":\"Con\",\"kind\":\"INTERNAL_DEPARTMENT\",\"parentId\":%d}";

    HttpResponse<String> unknown =
        http.postJson(
            "/api/v1/agencies",
            request.formatted(DemoProvince.freshCode(), 999_999_999L),
            "Authorization",
            admin);
    HttpResponse<String> otherWard =
        http.postJson(
            "/api/v1/agencies",
            request.formatted(DemoProvince.freshCode(), demo.id(DemoProvince.THOT_NOT)),
            "Authorization",
            basic(wardAdmin, "demo"));

    assertThat(unknown.statusCode()).isEqualTo(400);
    assertThat(json(unknown.body()).get("parameter").asString()).isEqualTo("parentId");
    assertThat(otherWard.statusCode()).isEqualTo(400);
    assertThat(json(otherWard.body()).get("parameter").asString()).isEqualTo("parentId");
  }

  @Test
  void movingAnAgencyBelowItsOwnSubAgencyIsRefusedAndChangesNothing() {
    long parent = demo.agency(DemoProvince.THOT_NOT, AgencyKind.INTERNAL_DEPARTMENT);
    long child = demo.agency(codeOf(parent), AgencyKind.RECEPTION_POINT);
    JsonNode before = json(http.get("/api/v1/agencies/" + parent, "Authorization", admin).body());

    HttpResponse<String> response =
        put(
            "/api/v1/agencies/" + parent,
            update(before, "parentId", String.valueOf(child)),
            "Authorization",
            admin);

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(json(response.body()).get("parameter").asString()).isEqualTo("parentId");
    JsonNode after = json(http.get("/api/v1/agencies/" + parent, "Authorization", admin).body());
    assertThat(after.get("version").asInt()).isEqualTo(before.get("version").asInt());
    assertThat(after.get("parentId").asLong()).isEqualTo(demo.id(DemoProvince.THOT_NOT));
  }

  @Test
  void movingAnAgencyMovesEverythingBelowItIntoTheNewScope() {
    long moved = demo.agency(DemoProvince.THOT_NOT, AgencyKind.INTERNAL_DEPARTMENT);
    long below = demo.agency(codeOf(moved), AgencyKind.RECEPTION_POINT);
    String wardAdmin = demo.officer("qtthuanhung", Role.ADMIN, DemoProvince.THUAN_HUNG);
    JsonNode before = json(http.get("/api/v1/agencies/" + moved, "Authorization", admin).body());

    HttpResponse<String> response =
        put(
            "/api/v1/agencies/" + moved,
            update(before, "parentId", String.valueOf(demo.id(DemoProvince.THUAN_HUNG))),
            "Authorization",
            admin);

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(calendars.lineage(codeOf(below)))
        .containsExactly(
            codeOf(below), codeOf(moved), DemoProvince.THUAN_HUNG, DemoProvince.PROVINCE);
    assertThat(
            http.get("/api/v1/agencies/" + below, "Authorization", basic(wardAdmin, "demo"))
                .statusCode())
        .isEqualTo(200);
    assertThat(audit("AGENCY_UPDATED", codeOf(moved))).isEqualTo(1);
  }

  @Test
  void changeBasedOnAnOldVersionIsAConflict() {
    long agency = demo.agency(DemoProvince.THOT_NOT, AgencyKind.INTERNAL_DEPARTMENT);
    JsonNode before = json(http.get("/api/v1/agencies/" + agency, "Authorization", admin).body());
    assertThat(
            put(
                    "/api/v1/agencies/" + agency,
                    update(before, "name", "\"Tên mới\""),
                    "Authorization",
                    admin)
                .statusCode())
        .isEqualTo(200);

    HttpResponse<String> stale =
        put(
            "/api/v1/agencies/" + agency,
            update(before, "name", "\"Tên khác\""),
            "Authorization",
            admin);

    assertThat(stale.statusCode()).isEqualTo(409);
    assertThat(
            json(http.get("/api/v1/agencies/" + agency, "Authorization", admin).body())
                .get("name")
                .asString())
        .isEqualTo("Tên mới");
  }

  @Test
  void agencyWithActiveOfficersCannotBeDeactivatedButAnEmptyOneCanAndComesBack() {
    long empty = demo.agency(DemoProvince.THOT_NOT, AgencyKind.INTERNAL_DEPARTMENT);
    long thotNot = demo.id(DemoProvince.THOT_NOT);

    HttpResponse<String> refused =
        http.postJson(
            "/api/v1/agencies/" + thotNot + "/deactivate",
            "{\"version\":0}",
            "Authorization",
            admin);
    HttpResponse<String> deactivated =
        http.postJson(
            "/api/v1/agencies/" + empty + "/deactivate", "{\"version\":0}", "Authorization", admin);

    assertThat(refused.statusCode()).isEqualTo(409);
    assertThat(deactivated.statusCode()).isEqualTo(200);
    assertThat(json(deactivated.body()).get("active").asBoolean()).isFalse();
    assertThat(organization.agency(empty)).isPresent();
    HttpResponse<String> reactivated =
        http.postJson(
            "/api/v1/agencies/" + empty + "/reactivate", "{\"version\":1}", "Authorization", admin);
    assertThat(json(reactivated.body()).get("active").asBoolean()).isTrue();
    assertThat(
            audit("AGENCY_DEACTIVATED", codeOf(empty)) + audit("AGENCY_REACTIVATED", codeOf(empty)))
        .isEqualTo(2);
  }

  @Test
  void onlyAdministratorsChangeAgencies() {
    HttpResponse<String> response =
        http.postJson(
            "/api/v1/agencies",
            "{\"code\":\"%s\",\"name\":\"X\",\"kind\":\"INTERNAL_DEPARTMENT\",\"parentId\":%d}"
                .formatted(DemoProvince.freshCode(), demo.id(DemoProvince.THOT_NOT)),
            "Authorization",
            basic("giamsat", "demo"));

    assertThat(response.statusCode()).isEqualTo(403);
  }

  @Test
  void unknownKindAndMissingVersionAreRefusedNamingTheField() {
    long agency = demo.agency(DemoProvince.THOT_NOT, AgencyKind.INTERNAL_DEPARTMENT);

    HttpResponse<String> kind =
        http.postJson(
            "/api/v1/agencies",
            "{\"code\":\"%s\",\"name\":\"X\",\"kind\":\"CASTLE\",\"parentId\":%d}"
                .formatted(DemoProvince.freshCode(), demo.id(DemoProvince.THOT_NOT)),
            "Authorization",
            admin);
    HttpResponse<String> version =
        http.postJson("/api/v1/agencies/" + agency + "/deactivate", "{}", "Authorization", admin);

    assertThat(json(kind.body()).get("parameter").asString()).isEqualTo("kind");
    assertThat(json(version.body()).get("parameter").asString()).isEqualTo("version");
  }

  private HttpResponse<String> put(String path, String body, String... headers) {
    String[] all = java.util.Arrays.copyOf(headers, headers.length + 2);
    all[headers.length] = "Content-Type";
    all[headers.length + 1] = "application/json";
    return http.send("PUT", path, body, all);
  }

  private String codeOf(long id) {
    return organization.agency(id).orElseThrow().code().value();
  }

  /** The agency as a PUT body, with one field replaced by a JSON value. */
  private static String update(JsonNode agency, String field, String jsonValue) {
    String unit =
        agency.get("adminUnit").isNull() ? "null" : agency.get("adminUnit").get("id").asString();
    String body =
        """
        {"code":%s,"name":%s,"kind":%s,"parentId":%s,"adminUnitId":%s,"version":%d}
        """
            .formatted(
                agency.get("code"),
                agency.get("name"),
                agency.get("kind"),
                agency.get("parentId"),
                unit,
                agency.get("version").asInt());
    return body.replaceFirst(
        "\"" + field + "\":[^,}]*",
        "\"" + field + "\":" + java.util.regex.Matcher.quoteReplacement(jsonValue));
  }

  private long audit(String action, String subject) {
    return jdbc.sql(
            "SELECT COUNT(*) FROM audit_event WHERE action = :action AND subject = :subject")
        .param("action", action)
        .param("subject", subject)
        .query(Long.class)
        .single();
  }

  private long count(String sql) {
    return jdbc.sql(sql).query(Long.class).single();
  }
}
