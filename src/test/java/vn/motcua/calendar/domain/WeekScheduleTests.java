package vn.motcua.calendar.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class WeekScheduleTests {

  @Test
  void theStandardWeekIsMondayToFridayWithEightHourDays() {
    assertThat(WeekSchedule.STANDARD.on(DayOfWeek.MONDAY)).hasToString("07:00-11:30 13:30-17:00");
    assertThat(WeekSchedule.STANDARD.on(DayOfWeek.SATURDAY).closed()).isTrue();
    assertThat(WeekSchedule.STANDARD.workingDay()).isEqualTo(Duration.ofHours(8));
  }

  @Test
  void aWeekIsWrittenWithConsecutiveEqualDaysGrouped() {
    WeekSchedule week =
        WeekSchedule.parse(
            "mon-thu 07:00-11:30, 13:30-17:00; FRI 07:00-11:30 13:30-17:00;SAT 7:00-11:30");

    assertThat(week).hasToString("MON-FRI 07:00-11:30 13:30-17:00; SAT 07:00-11:30");
    assertThat(WeekSchedule.parse(week.toString())).isEqualTo(week);
  }

  @Test
  void theWorkingDayIsTheMostCommonLengthOfAnOpenDay() {
    assertThat(WeekSchedule.parse("MON-FRI 07:00-11:30 13:30-17:00; SAT 07:00-11:30").workingDay())
        .isEqualTo(Duration.ofHours(8));
    assertThat(WeekSchedule.parse("MON-FRI 07:30-11:30 13:00-16:30; SAT 07:30-11:30").workingDay())
        .isEqualTo(Duration.ofMinutes(450));
    assertThat(WeekSchedule.parse("MON 08:00-12:00; TUE 08:00-17:00").standardDay())
        .hasToString("08:00-17:00");
  }

  @Test
  void periodsMustBeInOrderWithoutOverlap() {
    assertThatThrownBy(() -> DaySchedule.parse("13:30-17:00 07:00-11:30"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> DaySchedule.parse("07:00-12:00 11:30-17:00"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> DaySchedule.parse("11:30-07:00"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> DaySchedule.parse("07:00-25:00"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> DaySchedule.parse("morning"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(DaySchedule.parse(" ").closed()).isTrue();
  }

  @Test
  void aWeekNamesEachDayOnceAndOpensOnAtLeastOne() {
    assertThatThrownBy(() -> WeekSchedule.parse("MON-FRI 07:00-11:30; FRI 13:00-17:00"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> WeekSchedule.parse("FRI-MON 07:00-11:30"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> WeekSchedule.parse("MONDAY 07:00-11:30"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> WeekSchedule.parse("SAT; SUN"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
