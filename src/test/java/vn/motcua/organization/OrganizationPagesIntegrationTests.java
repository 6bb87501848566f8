package vn.motcua.organization;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.motcua.security.Role;
import vn.motcua.testing.IntegrationTest;
import vn.motcua.testing.TestHttp;

@IntegrationTest
class OrganizationPagesIntegrationTests {

  private static final Pattern TEMPORARY_PASSWORD =
      Pattern.compile("id=\"temporary-password\"[^>]*>([^<]+)<");

  @LocalServerPort int port;
  @Autowired Organization organization;
  @Autowired JdbcClient jdbc;

  DemoProvince demo;
  TestHttp admin;

  @BeforeEach
  void signInTheAdministrator() {
    demo = new DemoProvince(organization);
    admin = new TestHttp(port);
    admin.signIn("quantri", "demo");
  }

  @Test
  void administratorSeesTheWholeProvinceAsATree() {
    String page = admin.get("/admin/agencies").body();

    assertThat(page)
        .contains("UBND thành phố Cần Thơ", "UBND phường Thốt Nốt", "UBND phường Thới Long")
        .contains("000.02.31.H13", "Trung tâm Phục vụ hành chính công phường Tân Lộc")
        .contains("Phường Trung Nhứt", "UBND xã, phường, đặc khu")
        .contains("motcua-depth-1", "motcua-depth-2");
  }

  @Test
  void onlyAdministratorsReachTheAdministrationPages() {
    TestHttp supervisor = new TestHttp(port);
    supervisor.signIn("giamsat", "demo");

    assertThat(supervisor.get("/admin/agencies").statusCode()).isEqualTo(403);
    assertThat(supervisor.get("/admin/officers").statusCode()).isEqualTo(403);
  }

  @Test
  void malformedCodeIsShownNextToTheFieldInTheUsersLanguage() {
    admin.get("/admin/agencies/new");
    HttpResponse<String> vietnamese =
        admin.postForm("/admin/agencies", agencyForm("abc-1", "Phòng thử"));
    admin.get("/admin/agencies/new?lang=en");
    HttpResponse<String> english =
        admin.postForm("/admin/agencies", agencyForm("abc-1", "Phòng thử"));
    admin.get("/admin/agencies/new?lang=vi");

    assertThat(vietnamese.statusCode()).isEqualTo(200);
    assertThat(vietnamese.body())
        .contains("is-invalid")
        .contains("id=\"code-error\"")
        .contains("Mã định danh „abc-1“ không đúng Quyết định 20/2020/QĐ-TTg")
        .contains("value=\"Phòng thử\"");
    assertThat(english.body())
        .contains("The identifier code “abc-1” does not follow Decision 20/2020");
    assertThat(
            jdbc.sql("SELECT COUNT(*) FROM agency WHERE name = 'Phòng thử'")
                .query(Long.class)
                .single())
        .isZero();
  }

  @Test
  void agencyCreatedThroughTheFormOpensOnItsPage() {
    String code = DemoProvince.freshCode();
    admin.get("/admin/agencies/new");

    HttpResponse<String> created =
        admin.postForm("/admin/agencies", agencyForm(code, "Phòng Tư pháp thử"));

    assertThat(created.statusCode()).isEqualTo(302);
    String location = created.headers().firstValue("Location").orElseThrow();
    assertThat(location).contains("/admin/agencies/").endsWith("?created");
    String page = admin.get(location.substring(location.indexOf("/admin"))).body();
    assertThat(page).contains("Đã thêm cơ quan, đơn vị.", code, "Giờ làm việc và lịch nghỉ");
  }

  @Test
  void duplicateCodeOnTheFormIsRefusedWithAMessage() {
    admin.get("/admin/agencies/new");

    HttpResponse<String> refused =
        admin.postForm("/admin/agencies", agencyForm(DemoProvince.THUAN_HUNG, "Trùng"));

    assertThat(refused.body())
        .contains("Mã định danh 000.02.31.H13 đã được dùng cho một cơ quan, đơn vị khác.");
  }

  @Test
  void agencyWithOfficersCannotBeDeactivatedFromItsPage() {
    long ward = demo.id(DemoProvince.THOT_NOT);
    admin.get("/admin/agencies/" + ward);

    HttpResponse<String> refused =
        admin.postForm("/admin/agencies/" + ward + "/deactivate", Map.of("version", "0"));

    assertThat(refused.body())
        .contains("id=\"form-error\"")
        .contains("Còn đơn vị trực thuộc đang hoạt động");
  }

  @Test
  void administratorCreatesAnOfficerWhoMustChangeThePasswordAtFirstSignIn() {
    String username = "tn" + DemoProvince.unique();
    long ward = demo.id(DemoProvince.THOT_NOT);
    admin.get("/admin/officers/new");
    Map<String, String> form = new HashMap<>();
    form.put("username", username);
    form.put("fullName", "Võ Thị Thanh Tâm");
    form.put("email", "tam@thotnot.example.vn");
    form.put("agencyId", String.valueOf(ward));
    form.put("departmentId", String.valueOf(demo.id(DemoProvince.THOT_NOT_CENTRE)));
    form.put("grantRole", "RECEPTION");
    form.put("grantAgency", String.valueOf(ward));

    HttpResponse<String> created = admin.postForm("/admin/officers", form);

    assertThat(created.statusCode()).isEqualTo(200);
    Matcher matcher = TEMPORARY_PASSWORD.matcher(created.body());
    assertThat(matcher.find()).isTrue();
    String temporary = matcher.group(1);

    TestHttp officer = new TestHttp(port);
    assertThat(officer.signIn(username, temporary).headers().firstValue("Location"))
        .hasValueSatisfying(l -> assertThat(l).endsWith("/officer"));
    HttpResponse<String> start = officer.get("/officer");
    assertThat(start.statusCode()).isEqualTo(302);
    assertThat(start.headers().firstValue("Location"))
        .hasValueSatisfying(l -> assertThat(l).endsWith("/me/password"));
    assertThat(officer.get("/admin/agencies").headers().firstValue("Location"))
        .hasValueSatisfying(l -> assertThat(l).endsWith("/me/password"));
    assertThat(officer.get("/me/password").body())
        .contains("Bạn cần đổi mật khẩu trước khi tiếp tục làm việc.");

    HttpResponse<String> changed =
        officer.postForm(
            "/me/password",
            Map.of(
                "currentPassword",
                temporary,
                "newPassword",
                "quầy số một",
                "confirmation",
                "quầy số một"));

    assertThat(changed.headers().firstValue("Location"))
        .hasValueSatisfying(l -> assertThat(l).endsWith("/login?passwordChanged"));
    assertThat(officer.get("/login?passwordChanged").body()).contains("Đã đổi mật khẩu.");
    TestHttp again = new TestHttp(port);
    again.signIn(username, "quầy số một");
    assertThat(again.get("/officer").body()).contains("Võ Thị Thanh Tâm");
  }

  @Test
  void passwordResetFromTheOfficersPageForcesAChangeAtTheNextSignIn() {
    String username = demo.officer("tn", Role.RECEPTION, DemoProvince.THOT_NOT);
    long id =
        jdbc.sql("SELECT id FROM officer WHERE username = :u")
            .param("u", username)
            .query(Long.class)
            .single();
    admin.get("/admin/officers/" + id);

    HttpResponse<String> reset =
        admin.postForm("/admin/officers/" + id + "/password-reset", Map.of());

    Matcher matcher = TEMPORARY_PASSWORD.matcher(reset.body());
    assertThat(matcher.find()).isTrue();
    assertThat(reset.body()).contains("Đã cấp lại mật khẩu");
    TestHttp officer = new TestHttp(port);
    assertThat(officer.signIn(username, "demo").headers().firstValue("Location"))
        .hasValueSatisfying(l -> assertThat(l).endsWith("/login?error"));
    officer.signIn(username, matcher.group(1));
    assertThat(officer.get("/officer").headers().firstValue("Location"))
        .hasValueSatisfying(l -> assertThat(l).endsWith("/me/password"));
  }

  @Test
  void passwordChangeExplainsWhatIsWrong() {
    String username = demo.officer("ld", Role.LEADER, DemoProvince.THOT_NOT);
    TestHttp officer = new TestHttp(port);
    officer.signIn(username, "demo");
    officer.get("/me/password");

    assertThat(change(officer, "sai", "mật khẩu đủ dài", "mật khẩu đủ dài"))
        .contains("Mật khẩu hiện tại không đúng.");
    assertThat(change(officer, "demo", "ngắn", "ngắn"))
        .contains("Mật khẩu mới cần ít nhất 10 ký tự.");
    assertThat(change(officer, "demo", "mật khẩu đủ dài", "mật khẩu khác"))
        .contains("Hai lần nhập mật khẩu mới không khớp nhau.");
    assertThat(change(officer, "demo", username + "-2025!", username + "-2025!"))
        .contains("không được chứa tên đăng nhập");
    assertThat(officer.get("/officer").statusCode()).isEqualTo(200);
  }

  @Test
  void unitsAreFoundWithoutDiacriticsWithTheirHistory() {
    String results = admin.get("/admin/units?q=thot+not").body();

    assertThat(results)
        .contains(
            "Phường Thốt Nốt",
            "Quận Thốt Nốt",
            "Từ ngày 01/07/2025",
            "Đến hết ngày trước 01/07/2025");
    long ward = demo.id(DemoProvince.THOT_NOT);
    long unit = organization.adminUnitOf(ward).orElseThrow().id();
    String page = admin.get("/admin/units/" + unit).body();
    assertThat(page)
        .contains(
            "Hình thành từ",
            "Phường Thới Thuận",
            "Phường Thuận An",
            "Nhập một phần",
            "Thành phố Cần Thơ");
  }

  @Test
  void unitChoiceOfTheAgencyFormOffersUnitsInForce() {
    String options = admin.get("/admin/units/options?unitQuery=tan+loc").body();

    assertThat(options).contains("Phường Tân Lộc (31213, Phường)").contains("name=\"adminUnitId\"");
  }

  @Test
  void unknownAgencyOrOfficerIsTheNotFoundPage() {
    assertThat(admin.get("/admin/agencies/999999999").statusCode()).isEqualTo(404);
    assertThat(admin.get("/admin/officers/999999999").statusCode()).isEqualTo(404);
  }

  private String change(TestHttp officer, String current, String next, String confirmation) {
    return officer
        .postForm(
            "/me/password",
            Map.of("currentPassword", current, "newPassword", next, "confirmation", confirmation))
        .body();
  }

  private Map<String, String> agencyForm(String code, String name) {
    return Map.of(
        "code",
        code,
        "name",
        name,
        "kind",
        "INTERNAL_DEPARTMENT",
        "parentId",
        String.valueOf(demo.id(DemoProvince.THOT_NOT)),
        "adminUnitId",
        "",
        "version",
        "");
  }
}
