package vn.motcua.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.DayOfWeek;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.motcua.organization.Organization;
import vn.motcua.testing.IntegrationTest;
import vn.motcua.testing.TestHttp;

/** The public calendar API: its JSON shapes are a contract, and bad input is a 400 naming it. */
@IntegrationTest
class CalendarApiIntegrationTests {

  @LocalServerPort int port;

  @Autowired Organization organization;

  TestHttp http;

  @BeforeEach
  void setUp() {
    http = new TestHttp(port);
  }

  @Test
  void lunarDateOfTet2026() {
    HttpResponse<String> response = http.get("/api/v1/calendar/lunar/2026-02-17");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body())
        .isEqualTo(
            "{\"solar\":\"2026-02-17\",\"lunarDay\":1,\"lunarMonth\":1,\"lunarYear\":2026,"
                + "\"leapMonth\":false}");
  }

  @Test
  void lunarDateInALeapMonth() {
    assertThat(http.get("/api/v1/calendar/lunar/2025-07-25").body())
        .isEqualTo(
            "{\"solar\":\"2025-07-25\",\"lunarDay\":1,\"lunarMonth\":6,\"lunarYear\":2025,"
                + "\"leapMonth\":true}");
  }

  @Test
  void daysOf2026FollowTheOfficialNoticesSortedByDate() {
    HttpResponse<String> response = http.get("/api/v1/calendar/days?year=2026");

    assertThat(response.statusCode()).isEqualTo(200);
    String body = response.body();
    assertThat(body)
        .startsWith(
            "[{\"date\":\"2026-01-01\",\"kind\":\"HOLIDAY\",\"name\":\"Tết Dương lịch\"},"
                + "{\"date\":\"2026-01-02\",\"kind\":\"SWAPPED_DAY_OFF\",")
        .contains(
            "{\"date\":\"2026-02-17\",\"kind\":\"HOLIDAY\",\"name\":\"Tết Nguyên đán mùng 1\"}")
        .contains("{\"date\":\"2026-04-27\",\"kind\":\"COMPENSATORY_DAY_OFF\"")
        .contains("{\"date\":\"2026-08-22\",\"kind\":\"MAKEUP_WORKING_DAY\"")
        .as("the low-confidence Vietnamese Culture Day applies only once confirmed")
        .doesNotContain("2026-11-24");
    assertThat(body.indexOf("2026-02-16")).isLessThan(body.indexOf("2026-02-17"));
  }

  @Test
  void daysOfAYearWithoutNoticesAreTheComputedHolidays() {
    assertThat(http.get("/api/v1/calendar/days?year=2030").body())
        .contains(
            "{\"date\":\"2030-02-02\",\"kind\":\"HOLIDAY\",\"name\":\"Tết Nguyên đán mùng 1\"}");
  }

  @Test
  void dueDateSkipsTetExactlyAsTheContractSays() {
    HttpResponse<String> response =
        http.get(
            "/api/v1/calendar/due?receivedAt=2026-02-13T16:00:00%2B07:00&amount=3"
                + "&unit=WORKING_DAYS");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body())
        .isEqualTo(
            "{\"receivedAt\":\"2026-02-13T16:00:00+07:00\","
                + "\"countingFrom\":\"2026-02-13T16:00:00+07:00\","
                + "\"dueAt\":\"2026-02-25T16:00:00+07:00\"}");
  }

  @Test
  void dueDateAfterTheCutoffCountsFromTheNextWorkingDay() {
    assertThat(
            http.get(
                    "/api/v1/calendar/due?receivedAt=2026-02-13T09:00:00Z&amount=3"
                        + "&unit=WORKING_DAYS&cutoff=15:00")
                .body())
        .isEqualTo(
            "{\"receivedAt\":\"2026-02-13T16:00:00+07:00\","
                + "\"countingFrom\":\"2026-02-23T07:00:00+07:00\","
                + "\"dueAt\":\"2026-02-25T17:00:00+07:00\"}");
  }

  @Test
  void dueDateInCalendarDaysEndsAtTheCloseOfTheNextWorkingDay() {
    assertThat(
            http.get(
                    "/api/v1/calendar/due?receivedAt=2026-04-27T10:00:00%2B07:00&amount=3"
                        + "&unit=DAYS")
                .body())
        .contains("\"dueAt\":\"2026-05-04T17:00:00+07:00\"");
  }

  @Test
  void anAgencyInheritsTheHoursOfItsNearestAncestorThatHasSome() {
    String province = TestAgencies.register(organization, null);
    String ward = TestAgencies.register(organization, TestAgencies.id(organization, province));
    String due =
        "/api/v1/calendar/due?receivedAt=2026-03-06T16:00:00%2B07:00&amount=2&unit=WORKING_HOURS";
    assertThat(http.get(due + "&agency=" + ward).body())
        .contains("\"dueAt\":\"2026-03-09T08:00:00+07:00\"");

    http.signIn("quantri", "demo");
    http.get("/admin/calendar/hours?agency=" + province);
    HttpResponse<String> saved =
        http.postForm("/admin/calendar/hours", hoursWithSaturdayMornings(province));
    assertThat(saved.statusCode()).isEqualTo(302);

    // Friday 16:00 plus two working hours: Saturday morning on the province's calendar.
    assertThat(http.get(due + "&agency=" + ward).body())
        .contains("\"dueAt\":\"2026-03-07T08:00:00+07:00\"");
    assertThat(http.get(due).body()).contains("\"dueAt\":\"2026-03-09T08:00:00+07:00\"");
    assertThat(http.get("/api/v1/calendar/days?year=2026&agency=" + ward).statusCode())
        .isEqualTo(200);
  }

  /** The form of the hours page: the standard week and Saturday mornings, for both calendars. */
  static Map<String, String> hoursWithSaturdayMornings(String agency) {
    Map<String, String> form = new HashMap<>();
    form.put("agency", agency);
    for (DayOfWeek day : DayOfWeek.values()) {
      String hours =
          switch (day) {
            case SATURDAY -> "07:00-11:30";
            case SUNDAY -> "";
            default -> "07:00-11:30 13:30-17:00";
          };
      form.put("office." + day, hours);
      form.put("reception." + day, hours);
    }
    return form;
  }

  @Test
  void theEndpointsAreDescribedForOpenApi() {
    assertThat(http.get("/v3/api-docs").body())
        .contains("/api/v1/calendar/lunar/{date}")
        .contains("/api/v1/calendar/days")
        .contains("/api/v1/calendar/due");
  }

  @Test
  void badInputIsA400ProblemNamingTheParameter() {
    assertBadParameter("/api/v1/calendar/lunar/2026-02-30", "date");
    assertBadParameter("/api/v1/calendar/lunar/1899-12-31", "date");
    assertBadParameter("/api/v1/calendar/lunar/hom-nay", "date");
    assertBadParameter("/api/v1/calendar/days", "year");
    assertBadParameter("/api/v1/calendar/days?year=2101", "year");
    assertBadParameter("/api/v1/calendar/days?year=hai-nghin", "year");
    assertBadParameter("/api/v1/calendar/days?year=2026&agency=KHONG.CO", "agency");
    String due = "/api/v1/calendar/due?receivedAt=2026-02-13T16:00:00%2B07:00";
    assertBadParameter(due + "&amount=-1&unit=WORKING_DAYS", "amount");
    assertBadParameter(due + "&amount=ba&unit=WORKING_DAYS", "amount");
    assertBadParameter(due + "&amount=1.5&unit=DAYS", "amount");
    assertBadParameter(due + "&amount=1E%2B30&unit=WORKING_DAYS", "amount");
    assertBadParameter(due + "&amount=3&unit=WEEKS", "unit");
    assertBadParameter(due + "&amount=3", "unit");
    assertBadParameter(due + "&amount=3&unit=DAYS&cutoff=25:00", "cutoff");
    assertBadParameter(due + "&amount=3&unit=DAYS&agency=KHONG.CO", "agency");
    assertBadParameter("/api/v1/calendar/due?amount=3&unit=DAYS", "receivedAt");
    assertBadParameter(
        "/api/v1/calendar/due?receivedAt=2026-02-30T16:00&amount=3&unit=DAYS", "receivedAt");
    assertBadParameter(
        "/api/v1/calendar/due?receivedAt=2101-01-01T16:00%2B07:00&amount=3&unit=DAYS",
        "receivedAt");
    assertBadParameter(
        "/api/v1/calendar/due?receivedAt=2100-12-30T16:00%2B07:00&amount=30&unit=WORKING_DAYS",
        "amount");
  }

  private void assertBadParameter(String path, String parameter) {
    HttpResponse<String> response = http.get(path);
    assertThat(response.statusCode()).as(path).isEqualTo(400);
    assertThat(response.headers().firstValue("Content-Type"))
        .as(path)
        .contains("application/problem+json");
    assertThat(response.body()).as(path).contains("\"parameter\":\"" + parameter + "\"");
  }
}
