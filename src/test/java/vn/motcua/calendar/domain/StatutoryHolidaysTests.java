package vn.motcua.calendar.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import vn.motcua.calendar.CalendarDay;
import vn.motcua.calendar.DayKind;

class StatutoryHolidaysTests {

  @Test
  void computedHolidaysMatchTheOfficialNoticesOf2024To2026() {
    Map<Integer, List<String>> official =
        SeedDays.recorded().stream()
            .filter(day -> day.confidence() == Confidence.HIGH)
            .filter(
                day ->
                    day.day().kind() == DayKind.HOLIDAY
                        || day.day().kind() == DayKind.COMPENSATORY_DAY_OFF)
            .collect(
                Collectors.groupingBy(
                    day -> day.date().getYear(),
                    Collectors.mapping(day -> describe(day.day()), Collectors.toList())));
    for (int year = 2024; year <= 2026; year++) {
      assertThat(StatutoryHolidays.of(year).stream().map(StatutoryHolidaysTests::describe))
          .as("%d", year)
          .containsExactlyElementsOf(official.get(year));
    }
  }

  @Test
  void tetGivesFiveWeekdaysOffArrangedAsTheGovernmentUsuallyDoes() {
    // Two statutory days on a weekend: one compensatory day before, one after.
    assertThat(tetWeekdaysOff(2023)).containsExactly("01-20", "01-23", "01-24", "01-25", "01-26");
    assertThat(tetWeekdaysOff(2021)).containsExactly("02-10", "02-11", "02-12", "02-15", "02-16");
    assertThat(tetWeekdaysOff(2020)).containsExactly("01-23", "01-24", "01-27", "01-28", "01-29");
    assertThat(tetWeekdaysOff(2018)).containsExactly("02-14", "02-15", "02-16", "02-19", "02-20");
    // One on a weekend: the whole Monday–Friday week.
    assertThat(tetWeekdaysOff(2016)).containsExactly("02-08", "02-09", "02-10", "02-11", "02-12");
    // None: the five statutory days themselves.
    assertThat(tetWeekdaysOff(2022)).containsExactly("01-31", "02-01", "02-02", "02-03", "02-04");
  }

  @Test
  void aFixedHolidayOnAWeekendGivesTheNextWorkingDayNotAlreadyOff() {
    assertThat(StatutoryHolidays.of(2022))
        .contains(
            CalendarDay.of(
                LocalDate.parse("2022-01-03"),
                DayKind.COMPENSATORY_DAY_OFF,
                "Tết Dương lịch (nghỉ bù)"),
            CalendarDay.of(
                LocalDate.parse("2022-05-02"),
                DayKind.COMPENSATORY_DAY_OFF,
                "Ngày Chiến thắng (nghỉ bù)"),
            CalendarDay.of(
                LocalDate.parse("2022-05-03"),
                DayKind.COMPENSATORY_DAY_OFF,
                "Ngày Quốc tế Lao động (nghỉ bù)"));
    assertThat(daysOff(2021)).contains(LocalDate.parse("2021-05-03"));
    assertThat(daysOff(2026)).contains(LocalDate.parse("2026-04-27"));
  }

  @Test
  void nationalDayIsJoinedByTheAdjacentDayThatMakesALongWeekend() {
    assertThat(september(2024)).containsExactly(2, 3); // Monday
    assertThat(september(2025)).containsExactly(1, 2); // Tuesday
    assertThat(september(2026)).containsExactly(1, 2); // Wednesday
    assertThat(september(2021)).containsExactly(2, 3); // Thursday
    assertThat(september(2022)).containsExactly(1, 2); // Friday
    assertThat(september(2023)).containsExactly(1, 2, 4); // Saturday: Monday compensates
    assertThat(september(2029)).containsExactly(2, 3, 4); // Sunday: Tuesday compensates
  }

  @Test
  void everyYearGivesElevenWeekdaysOffForItsElevenHolidays() {
    for (int year = 1900; year <= 2100; year++) {
      List<CalendarDay> days = StatutoryHolidays.of(year);
      assertThat(days.stream().map(CalendarDay::date)).as("%d", year).doesNotHaveDuplicates();
      assertThat(days.stream().filter(day -> !weekend(day.date()))).as("%d", year).hasSize(11);
      assertThat(tet(days).stream().filter(day -> !weekend(day.date())))
          .as("weekdays off for Tết %d", year)
          .hasSize(5);
      assertThat(days.stream().filter(day -> day.kind() == DayKind.COMPENSATORY_DAY_OFF))
          .allSatisfy(day -> assertThat(weekend(day.date())).isFalse());
    }
  }

  @Test
  void hungKingsOnTheDayOfAnotherHolidayIsCompensated() {
    assertThat(StatutoryHolidays.of(1947))
        .contains(
            CalendarDay.of(
                LocalDate.parse("1947-04-30"),
                DayKind.HOLIDAY,
                "Giỗ Tổ Hùng Vương (10/3 âm lịch); Ngày Chiến thắng"),
            CalendarDay.of(
                LocalDate.parse("1947-05-02"),
                DayKind.COMPENSATORY_DAY_OFF,
                "Ngày Chiến thắng (nghỉ bù)"));
  }

  private static List<String> tetWeekdaysOff(int year) {
    return tet(StatutoryHolidays.of(year)).stream()
        .map(CalendarDay::date)
        .filter(date -> !weekend(date))
        .map(date -> date.toString().substring(5))
        .toList();
  }

  private static List<CalendarDay> tet(List<CalendarDay> days) {
    return days.stream().filter(day -> day.name().contains("Tết Nguyên đán")).toList();
  }

  private static List<Integer> september(int year) {
    return daysOff(year).stream()
        .filter(date -> date.getMonthValue() == 9)
        .map(LocalDate::getDayOfMonth)
        .toList();
  }

  private static List<LocalDate> daysOff(int year) {
    return StatutoryHolidays.of(year).stream().map(CalendarDay::date).toList();
  }

  private static boolean weekend(LocalDate date) {
    return date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
  }

  private static String describe(CalendarDay day) {
    return day.date() + " " + day.kind();
  }
}
