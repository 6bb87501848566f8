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
import vn.motcua.security.Role;
import vn.motcua.testing.IntegrationTest;
import vn.motcua.testing.TestHttp;

@IntegrationTest
class OfficerApiIntegrationTests {

  @LocalServerPort int port;
  @Autowired Organization organization;
  @Autowired JdbcClient jdbc;

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
  void newOfficerGetsATemporaryPasswordAndMustChangeItBeforeAnythingElse() {
    String username = "tn" + DemoProvince.unique();
    HttpResponse<String> created =
        create(username, "RECEPTION", demo.id(DemoProvince.THOT_NOT), admin);

    assertThat(created.statusCode()).isEqualTo(201);
    JsonNode officer = json(created.body());
    String temporary = officer.get("temporaryPassword").asString();
    assertThat(temporary).hasSize(12);
    assertThat(officer.get("mustChangePassword").asBoolean()).isTrue();
    String credentials = basic(username, temporary);

    HttpResponse<String> blocked = http.get("/api/v1/agencies", "Authorization", credentials);
    assertThat(blocked.statusCode()).isEqualTo(403);
    assertThat(json(blocked.body()).get("type").asString())
        .isEqualTo("urn:motcua:problem:password-change-required");

    HttpResponse<String> changed =
        http.postJson(
            "/api/v1/me/password",
            "{\"currentPassword\":\"%s\",\"newPassword\":\"mot cua dien tu\"}".formatted(temporary),
            "Authorization",
            credentials);
    assertThat(changed.statusCode()).isEqualTo(204);
    assertThat(http.get("/api/v1/agencies", "Authorization", credentials).statusCode())
        .isEqualTo(401);
    assertThat(
            http.get("/api/v1/agencies", "Authorization", basic(username, "mot cua dien tu"))
                .statusCode())
        .isEqualTo(200);
    assertThat(audit("OFFICER_CREATED", username)).isEqualTo(1);
    assertThat(audit("PASSWORD_CHANGED", username)).isEqualTo(1);
  }

  @Test
  void duplicateOrMalformedUserNamesAreRefusedNamingTheField() {
    HttpResponse<String> duplicate =
        create("TiepNhan", "RECEPTION", demo.id(DemoProvince.THOT_NOT), admin);
    HttpResponse<String> malformed =
        create("Nguyễn", "RECEPTION", demo.id(DemoProvince.THOT_NOT), admin);

    assertThat(duplicate.statusCode()).isEqualTo(409);
    assertThat(json(duplicate.body()).get("parameter").asString()).isEqualTo("username");
    assertThat(malformed.statusCode()).isEqualTo(400);
    assertThat(json(malformed.body()).get("parameter").asString()).isEqualTo("username");
  }

  @Test
  void roleForAnAgencyOutsideTheAdministratorsScopeIsRefusedAndNothingIsWritten() {
    String wardAdmin = demo.officer("qtthotnot", Role.ADMIN, DemoProvince.THOT_NOT);
    String username = "lt" + DemoProvince.unique();

    HttpResponse<String> response =
        http.postJson(
            "/api/v1/officers",
            """
            {"username":"%s","fullName":"Liên Thông","agencyId":%d,
             "grants":[{"role":"RECEPTION","agencyId":%d},{"role":"LEADER","agencyId":%d}]}
            """
                .formatted(
                    username,
                    demo.id(DemoProvince.THOT_NOT),
                    demo.id(DemoProvince.THOT_NOT),
                    demo.id(DemoProvince.THUAN_HUNG)),
            "Authorization",
            basic(wardAdmin, "demo"));

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(json(response.body()).get("parameter").asString()).isEqualTo("grants");
    assertThat(organization.officerExists(username)).isFalse();
  }

  @Test
  void supervisorOrAdministratorOfOneWardCannotSeeOrChangeAnotherWardsOfficers() {
    String wardAdmin = basic(demo.officer("qtthotnot", Role.ADMIN, DemoProvince.THOT_NOT), "demo");
    String supervisor = basic("giamsat", "demo");
    long ownOfficer = officerId("tiepnhan");
    long otherOfficer = officerId("tiepnhan2");

    List<String> seen =
        json(http.get("/api/v1/officers", "Authorization", supervisor).body())
            .valueStream()
            .map(o -> o.get("username").asString())
            .toList();

    assertThat(seen).contains("tiepnhan", "chuyenvien").doesNotContain("tiepnhan2", "quantri");
    assertThat(http.get("/api/v1/officers/" + ownOfficer, "Authorization", supervisor).statusCode())
        .isEqualTo(200);
    assertThat(
            http.get("/api/v1/officers/" + otherOfficer, "Authorization", supervisor).statusCode())
        .isEqualTo(404);
    assertThat(
            http.get("/api/v1/officers/" + otherOfficer, "Authorization", wardAdmin).statusCode())
        .isEqualTo(404);
    assertThat(
            http.postJson(
                    "/api/v1/officers/" + otherOfficer + "/password-reset",
                    "",
                    "Authorization",
                    wardAdmin)
                .statusCode())
        .isEqualTo(404);
    assertThat(
            http.postJson(
                    "/api/v1/officers/" + otherOfficer + "/deactivate",
                    "{\"version\":0}",
                    "Authorization",
                    wardAdmin)
                .statusCode())
        .isEqualTo(404);
    assertThat(
            http.postJson(
                    "/api/v1/officers/" + ownOfficer + "/deactivate",
                    "{\"version\":0}",
                    "Authorization",
                    supervisor)
                .statusCode())
        .isEqualTo(403);
  }

  @Test
  void wardAdministratorCannotTakeOverAnOfficerWhoseRolesReachBeyondTheWard() {
    String wardAdmin = basic(demo.officer("qtthotnot", Role.ADMIN, DemoProvince.THOT_NOT), "demo");
    String username = "gs" + DemoProvince.unique();
    organization.register(
        new NewOfficer(
            username,
            "demo",
            "Giám sát toàn thành phố",
            null,
            null,
            demo.id(DemoProvince.THOT_NOT),
            null,
            List.of(new NewOfficer.Grant(Role.SUPERVISOR, demo.id(DemoProvince.PROVINCE)))));

    HttpResponse<String> reset =
        http.postJson(
            "/api/v1/officers/" + officerId(username) + "/password-reset",
            "",
            "Authorization",
            wardAdmin);

    assertThat(reset.statusCode()).isEqualTo(404);
    assertThat(http.get("/api/v1/agencies", "Authorization", basic(username, "demo")).statusCode())
        .isEqualTo(200);
  }

  @Test
  void deactivatedOfficerCannotSignInNorKeepAnOpenSessionUntilReactivated() {
    String username = demo.officer("ld", Role.LEADER, DemoProvince.THOT_NOT);
    long id = officerId(username);
    TestHttp browser = new TestHttp(port);
    browser.signIn(username, "demo");
    assertThat(browser.get("/officer").statusCode()).isEqualTo(200);

    HttpResponse<String> deactivated =
        http.postJson(
            "/api/v1/officers/" + id + "/deactivate", "{\"version\":0}", "Authorization", admin);

    assertThat(deactivated.statusCode()).isEqualTo(200);
    assertThat(json(deactivated.body()).get("active").asBoolean()).isFalse();
    assertThat(browser.get("/officer").statusCode()).isEqualTo(302);
    assertThat(new TestHttp(port).signIn(username, "demo").headers().firstValue("Location"))
        .hasValueSatisfying(location -> assertThat(location).endsWith("/login?error"));
    assertThat(organization.officer(id)).map(Officer::active).contains(false);

    http.postJson(
        "/api/v1/officers/" + id + "/reactivate", "{\"version\":1}", "Authorization", admin);
    assertThat(new TestHttp(port).signIn(username, "demo").headers().firstValue("Location"))
        .hasValueSatisfying(location -> assertThat(location).endsWith("/officer"));
    assertThat(audit("OFFICER_DEACTIVATED", username) + audit("OFFICER_REACTIVATED", username))
        .isEqualTo(2);
  }

  @Test
  void administratorCannotDeactivateHimself() {
    HttpResponse<String> response =
        http.postJson(
            "/api/v1/officers/" + officerId("quantri") + "/deactivate",
            "{\"version\":0}",
            "Authorization",
            admin);

    assertThat(response.statusCode()).isEqualTo(409);
  }

  @Test
  void editingReplacesRolesAndFieldsAndKeepsTheUserName() {
    String username = demo.officer("cv", Role.RECEPTION, DemoProvince.THOT_NOT);
    long id = officerId(username);
    long ward = demo.id(DemoProvince.THOT_NOT);

    HttpResponse<String> updated =
        http.send(
            "PUT",
            "/api/v1/officers/" + id,
            """
            {"username":"doiten","fullName":"Trần Thị Bích","email":"bich@thotnot.example.vn","agencyId":%d,
             "departmentId":%d,"grants":[{"role":"SPECIALIST","agencyId":%d}],"fields":["ho-tich"],"version":0}
            """
                .formatted(ward, demo.id("002.01.31.H13"), ward),
            "Authorization",
            admin,
            "Content-Type",
            "application/json");

    assertThat(updated.statusCode()).isEqualTo(200);
    Officer officer = organization.officer(id).orElseThrow();
    assertThat(officer.username()).isEqualTo(username);
    assertThat(officer.fullName()).isEqualTo("Trần Thị Bích");
    assertThat(officer.grants()).containsExactly(new NewOfficer.Grant(Role.SPECIALIST, ward));
    assertThat(officer.fields()).containsExactly("ho-tich");
    assertThat(organization.officersCovering(Role.SPECIALIST, demo.id("005.01.31.H13")))
        .extracting(Officer::username)
        .contains(username, "chuyenvien")
        .doesNotContain("chuyenvien2");
  }

  @Test
  void fieldsAreOnlyForSpecialistsAndTheDepartmentMustBeBelowTheAgency() {
    long ward = demo.id(DemoProvince.THOT_NOT);
    HttpResponse<String> fields =
        http.postJson(
            "/api/v1/officers",
            """
            {"username":"tn%d","fullName":"A","agencyId":%d,"grants":[{"role":"RECEPTION","agencyId":%d}],"fields":["ho-tich"]}
            """
                .formatted(DemoProvince.unique(), ward, ward),
            "Authorization",
            admin);
    HttpResponse<String> department =
        http.postJson(
            "/api/v1/officers",
            """
            {"username":"tn%d","fullName":"A","agencyId":%d,"departmentId":%d,"grants":[{"role":"RECEPTION","agencyId":%d}]}
            """
                .formatted(DemoProvince.unique(), ward, demo.id("001.02.31.H13"), ward),
            "Authorization",
            admin);

    assertThat(json(fields.body()).get("parameter").asString()).isEqualTo("fields");
    assertThat(json(department.body()).get("parameter").asString()).isEqualTo("departmentId");
  }

  @Test
  void receptionOfficersDoNotListOfficers() {
    assertThat(
            http.get("/api/v1/officers", "Authorization", basic("tiepnhan", "demo")).statusCode())
        .isEqualTo(403);
  }

  private HttpResponse<String> create(
      String username, String role, long agency, String credentials) {
    return http.postJson(
        "/api/v1/officers",
        """
        {"username":"%s","fullName":"Cán bộ mới","email":"moi@thotnot.example.vn","phone":"0912 345 678",
         "agencyId":%d,"grants":[{"role":"%s","agencyId":%d}]}
        """
            .formatted(username, agency, role, agency),
        "Authorization",
        credentials);
  }

  private long officerId(String username) {
    return jdbc.sql("SELECT id FROM officer WHERE username = :username")
        .param("username", username)
        .query(Long.class)
        .single();
  }

  private long audit(String action, String subject) {
    return jdbc.sql(
            "SELECT COUNT(*) FROM audit_event WHERE action = :action AND subject = :subject")
        .param("action", action)
        .param("subject", subject)
        .query(Long.class)
        .single();
  }
}
