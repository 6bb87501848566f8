package vn.motcua.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.motcua.organization.Organization;
import vn.motcua.testing.IntegrationTest;
import vn.motcua.testing.TestHttp;

/**
 * The calendar's admin pages: a year as month grids, recording, confirming and removing the days of
 * notices, agencies' hours; each change in the audit trail. Each test works in a year of its own,
 * far from the years other tests read.
 */
@IntegrationTest
class CalendarAdminIntegrationTests {

  @LocalServerPort int port;

  @Autowired JdbcClient jdbc;

  @Autowired Organization organization;

  TestHttp admin;

  @BeforeEach
  void signIn() {
    admin = new TestHttp(port);
    admin.signIn("quantri", "demo");
  }

  @Test
  void theYearPageShowsTheMonthsWithTheNamedDaysAndTheirConfidence() {
    HttpResponse<String> page = admin.get("/admin/calendar?year=2026");

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body())
        .contains("Ngày nghỉ lễ, Tết và ngày làm bù năm 2026")
        .contains("Tháng 2")
        .contains("title=\"Tết Nguyên đán mùng 1\"")
        .contains("Làm bù cho ngày 02/01/2026")
        .contains("Tin cậy trung bình")
        .contains("Tin cậy thấp")
        .contains("Chưa áp dụng (chờ xác nhận)")
        .contains("Năm này theo các ngày đã ghi nhận");
  }

  @Test
  void theYearPageSpeaksEnglishWhenAsked() {
    assertThat(admin.get("/admin/calendar?year=2026&lang=en").body())
        .contains("Holidays, days off and make-up days 2026")
        .contains("Medium confidence");
  }

  @Test
  void onlyAdministratorsSeeTheCalendarAdministration() {
    TestHttp reception = new TestHttp(port);
    reception.signIn("tiepnhan", "demo");

    assertThat(reception.get("/admin/calendar").statusCode()).isEqualTo(403);
    assertThat(new TestHttp(port).get("/admin/calendar").statusCode()).isEqualTo(302);
  }

  @Test
  void recordingTheFirstDayOfAYearKeepsItsComputedHolidaysAndIsAudited() {
    assertThat(admin.get("/admin/calendar?year=2091").body())
        .contains("chưa có thông báo chính thức");

    HttpResponse<String> recorded =
        admin.postForm(
            "/admin/calendar/days",
            Map.of(
                "date", "2091-03-05",
                "kind", "SWAPPED_DAY_OFF",
                "name", "Nghỉ hoán đổi thử",
                "pairedDate", "2091-03-10",
                "noticeNumber", "99/TB-VPCP",
                "noticeDate", "2091-01-15",
                "confidence", "HIGH"));

    assertThat(recorded.statusCode()).isEqualTo(302);
    String days = admin.get("/api/v1/calendar/days?year=2091").body();
    assertThat(days)
        .contains(
            "{\"date\":\"2091-03-05\",\"kind\":\"SWAPPED_DAY_OFF\",\"name\":\"Nghỉ hoán đổi thử\"}")
        .contains("\"name\":\"Tết Nguyên đán mùng 1\"");
    assertThat(admin.get("/admin/calendar?year=2091").body())
        .contains("99/TB-VPCP")
        .contains("Tính theo Bộ luật Lao động 2019")
        .contains("Đã ghi nhận ngày.");
    assertThat(audit("2091-03-05")).containsExactly("quantri CALENDAR_DAY_RECORDED");
    assertThat(audit("2091")).containsExactly("quantri CALENDAR_YEAR_FROM_RULES");
  }

  @Test
  void aLowConfidenceDayAppliesOnceConfirmedAndNotAfterItIsRemoved() {
    admin.get("/admin/calendar?year=2092");
    admin.postForm(
        "/admin/calendar/days",
        Map.of(
            "date", "2092-11-24",
            "kind", "HOLIDAY",
            "name", "Ngày Văn hóa Việt Nam",
            "confidence", "LOW"));
    assertThat(admin.get("/api/v1/calendar/days?year=2092").body()).doesNotContain("2092-11-24");

    String page = admin.get("/admin/calendar?year=2092").body();
    admin.postForm(
        "/admin/calendar/days/2092-11-24/confirm", Map.of("version", version(page, "2092-11-24")));
    assertThat(admin.get("/api/v1/calendar/days?year=2092").body())
        .contains(
            "{\"date\":\"2092-11-24\",\"kind\":\"HOLIDAY\",\"name\":\"Ngày Văn hóa Việt Nam\"}")
        .contains("\"name\":\"Tết Nguyên đán mùng 1\"");

    page = admin.get("/admin/calendar?year=2092").body();
    assertThat(page).contains("Đã xác nhận: quantri");
    admin.postForm(
        "/admin/calendar/days/2092-11-24/remove", Map.of("version", version(page, "2092-11-24")));
    assertThat(admin.get("/api/v1/calendar/days?year=2092").body()).doesNotContain("2092-11-24");
    assertThat(audit("2092-11-24"))
        .containsExactly(
            "quantri CALENDAR_DAY_RECORDED",
            "quantri CALENDAR_DAY_CONFIRMED",
            "quantri CALENDAR_DAY_REMOVED");
  }

  @Test
  void aChangeOnAStaleVersionIsRefused() {
    admin.get("/admin/calendar?year=2094");
    admin.postForm(
        "/admin/calendar/days",
        Map.of("date", "2094-06-01", "kind", "HOLIDAY", "name", "Thử", "confidence", "HIGH"));
    admin.get("/admin/calendar?year=2094");

    HttpResponse<String> stale =
        admin.postForm("/admin/calendar/days/2094-06-01/remove", Map.of("version", "7"));

    assertThat(stale.statusCode()).isEqualTo(302);
    assertThat(admin.get("/admin/calendar?year=2094").body())
        .contains("Dữ liệu vừa được người khác thay đổi");
    assertThat(admin.get("/api/v1/calendar/days?year=2094").body()).contains("2094-06-01");
  }

  @Test
  void aDayFormWithMistakesIsShownAgainWithTheMistakeNamed() {
    admin.get("/admin/calendar?year=2094");
    HttpResponse<String> page =
        admin.postForm(
            "/admin/calendar/days",
            Map.of(
                "date", "2094-02-30", "kind", "HOLIDAY", "name", "Sai ngày", "confidence", "HIGH"));

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("Ngày không hợp lệ").contains("value=\"Sai ngày\"");
  }

  @Test
  void agencyHoursAreSavedAuditedAndRemovedAgain() {
    String agency = TestAgencies.register(organization, null);
    admin.get("/admin/calendar/hours?agency=" + agency);

    HttpResponse<String> saved =
        admin.postForm(
            "/admin/calendar/hours", CalendarApiIntegrationTests.hoursWithSaturdayMornings(agency));

    assertThat(saved.statusCode()).isEqualTo(302);
    String page = admin.get("/admin/calendar/hours").body();
    assertThat(page)
        .contains(agency)
        .contains("MON-FRI 07:00-11:30 13:30-17:00; SAT 07:00-11:30")
        .contains("Đã lưu giờ làm việc.");
    assertThat(audit(agency)).containsExactly("quantri CALENDAR_HOURS_SAVED");
    assertThat(admin.get("/admin/calendar/hours?agency=" + agency).body())
        .contains("Giờ riêng của cơ quan " + agency)
        .contains(
            "<label class=\"visually-hidden\" for=\"reception-SATURDAY\">Giờ tiếp nhận Thứ Bảy</label>")
        .contains("name=\"reception.SATURDAY\" value=\"07:00-11:30\"");

    admin.postForm("/admin/calendar/hours/remove", Map.of("agency", agency, "version", "0"));
    assertThat(admin.get("/admin/calendar/hours").body()).doesNotContain(agency);
    assertThat(audit(agency))
        .containsExactly("quantri CALENDAR_HOURS_SAVED", "quantri CALENDAR_HOURS_REMOVED");
  }

  @Test
  void hoursThatCannotBeReadOrOfAnUnknownAgencyAreRefused() {
    admin.get("/admin/calendar/hours");
    Map<String, String> overlapping =
        Map.of(
            "agency",
            "",
            "office.MONDAY",
            "07:00-12:00 11:00-17:00",
            "reception.MONDAY",
            "07:00-11:00");
    assertThat(admin.postForm("/admin/calendar/hours", overlapping).body())
        .contains("Giờ làm việc không hợp lệ");

    Map<String, String> unknown =
        Map.of(
            "agency",
            "KHONG.CO.MA",
            "office.MONDAY",
            "07:00-11:00",
            "reception.MONDAY",
            "07:00-11:00");
    assertThat(admin.postForm("/admin/calendar/hours", unknown).body())
        .contains("Không có cơ quan nào có mã này");
    assertThat(admin.get("/admin/calendar/hours?agency=KHONG.CO.MA").body())
        .contains("Không có cơ quan nào có mã này");
  }

  private List<String> audit(String subject) {
    return jdbc.sql("SELECT actor, action FROM audit_event WHERE subject = :subject ORDER BY id")
        .param("subject", subject)
        .query((rs, row) -> rs.getString("actor") + " " + rs.getString("action"))
        .list();
  }

  /** The version of a recorded day, from the hidden field of its forms on the year page. */
  private static String version(String page, String date) {
    Matcher matcher =
        Pattern.compile(
                "id=\"day-" + date + "\".*?name=\"version\" value=\"(\\d+)\"", Pattern.DOTALL)
            .matcher(page);
    assertThat(matcher.find()).as("a form for " + date).isTrue();
    return matcher.group(1);
  }
}
