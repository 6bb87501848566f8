package vn.motcua.calendar.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.motcua.calendar.domain.SeedDays.at;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.motcua.calendar.CalendarDay;
import vn.motcua.calendar.CalendarRangeException;
import vn.motcua.calendar.DayKind;
import vn.motcua.calendar.DeadlineOptions;
import vn.motcua.calendar.Lateness;
import vn.motcua.calendar.LimitUnit;
import vn.motcua.calendar.TimeLimit;
import vn.motcua.calendar.Timeliness;

class WorkingCalendarTests {

  private final WorkingCalendar calendar = SeedDays.standard();

  private Instant due(String receivedAt, TimeLimit limit) {
    return calendar.due(at(receivedAt), limit, DeadlineOptions.NONE);
  }

  private static TimeLimit limit(String amount, LimitUnit unit) {
    return new TimeLimit(new BigDecimal(amount), unit);
  }

  @Test
  void dueDateSkipsLunarNewYear() {
    // Friday 13 February 2026 16:00; Tết keeps the offices closed from 14 to 22 February.
    assertThat(due("2026-02-13T16:00", TimeLimit.workingDays(3))).isEqualTo(at("2026-02-25T16:00"));
  }

  @Test
  void aWorkingDayIsEightWorkingHoursWalkedThroughTheOfficePeriods() {
    assertThat(due("2026-03-03T09:00", TimeLimit.workingDays(1))).isEqualTo(at("2026-03-04T09:00"));
    assertThat(due("2026-03-03T10:00", TimeLimit.workingHours(2)))
        .isEqualTo(at("2026-03-03T14:00"));
    assertThat(due("2026-03-03T07:00", limit("0.5", LimitUnit.WORKING_DAYS)))
        .isEqualTo(at("2026-03-03T11:00"));
    assertThat(due("2026-03-03T07:00", limit("0.25", LimitUnit.WORKING_DAYS)))
        .isEqualTo(at("2026-03-03T09:00"));
  }

  @Test
  void anAmountRunningOutAtTheEndOfAPeriodEndsThere() {
    assertThat(due("2026-03-03T07:00", TimeLimit.workingDays(1))).isEqualTo(at("2026-03-03T17:00"));
    assertThat(due("2026-03-03T07:00", limit("4.5", LimitUnit.WORKING_HOURS)))
        .isEqualTo(at("2026-03-03T11:30"));
    assertThat(due("2026-03-06T13:30", limit("3.5", LimitUnit.WORKING_HOURS)))
        .as("Friday's close, not Monday's opening")
        .isEqualTo(at("2026-03-06T17:00"));
  }

  @Test
  void aStartOutsideOfficeHoursCountsFromTheNextOpening() {
    assertThat(countingFrom("2026-03-03T06:15")).isEqualTo(at("2026-03-03T07:00"));
    assertThat(countingFrom("2026-03-03T11:30")).isEqualTo(at("2026-03-03T13:30"));
    assertThat(countingFrom("2026-03-03T12:00")).isEqualTo(at("2026-03-03T13:30"));
    assertThat(countingFrom("2026-03-03T17:00")).isEqualTo(at("2026-03-04T07:00"));
    assertThat(countingFrom("2026-03-07T10:00")).as("Saturday").isEqualTo(at("2026-03-09T07:00"));
    assertThat(countingFrom("2026-04-30T10:00")).as("30 April").isEqualTo(at("2026-05-04T07:00"));
    assertThat(countingFrom("2026-03-03T10:15:30.5")).isEqualTo(at("2026-03-03T10:15:30.5"));

    assertThat(due("2026-03-03T12:00", TimeLimit.workingHours(1)))
        .isEqualTo(at("2026-03-03T14:30"));
    assertThat(due("2026-03-07T10:00", TimeLimit.workingDays(1))).isEqualTo(at("2026-03-09T17:00"));
  }

  private Instant countingFrom(String receivedAt) {
    return calendar.countingFrom(at(receivedAt), DeadlineOptions.NONE);
  }

  @Test
  void aDossierReceivedAfterTheCutoffCountsFromTheNextWorkingDay() {
    DeadlineOptions cutoff = DeadlineOptions.cutoffAt(LocalTime.of(15, 0));

    assertThat(calendar.countingFrom(at("2026-03-03T15:30"), cutoff))
        .isEqualTo(at("2026-03-04T07:00"));
    assertThat(calendar.countingFrom(at("2026-03-03T15:00"), cutoff))
        .isEqualTo(at("2026-03-03T15:00"));
    assertThat(calendar.countingFrom(at("2026-03-03T14:59"), cutoff))
        .isEqualTo(at("2026-03-03T14:59"));
    assertThat(calendar.countingFrom(at("2026-02-13T16:00"), cutoff))
        .isEqualTo(at("2026-02-23T07:00"));
    assertThat(calendar.due(at("2026-02-13T16:00"), TimeLimit.workingDays(3), cutoff))
        .isEqualTo(at("2026-02-25T17:00"));
  }

  @Test
  void calendarDaysEndAtTheCloseOfTheDueDateOrOfTheNextWorkingDay() {
    assertThat(due("2026-02-12T07:00", limit("15", LimitUnit.DAYS)))
        .isEqualTo(at("2026-02-27T17:00"));
    assertThat(due("2026-03-03T10:00", limit("5", LimitUnit.DAYS)))
        .as("a Sunday moves to Monday")
        .isEqualTo(at("2026-03-09T17:00"));
    assertThat(due("2026-04-27T10:00", limit("3", LimitUnit.DAYS)))
        .as("30 April moves past 1 May and the weekend")
        .isEqualTo(at("2026-05-04T17:00"));
    assertThat(due("2026-03-03T10:00", limit("0", LimitUnit.DAYS)))
        .isEqualTo(at("2026-03-03T17:00"));
  }

  @Test
  void monthsEndOnTheSameDayOfTheMonthOrTheMonthsLastDay() {
    assertThat(due("2026-03-03T10:00", limit("1", LimitUnit.MONTHS)))
        .isEqualTo(at("2026-04-03T17:00"));
    assertThat(due("2026-01-30T10:00", limit("1", LimitUnit.MONTHS)))
        .as("28 February 2026 is a Saturday")
        .isEqualTo(at("2026-03-02T17:00"));
  }

  @Test
  void aMakeUpSaturdayIsWorkedWithTheHoursOfTheDayItReplaces() {
    // Friday 2 January 2026 is off in exchange for Saturday 10 January.
    assertThat(due("2026-01-09T16:00", TimeLimit.workingHours(2)))
        .isEqualTo(at("2026-01-10T08:00"));
    assertThat(due("2026-01-09T16:00", TimeLimit.workingDays(1))).isEqualTo(at("2026-01-10T16:00"));
    assertThat(due("2025-12-31T16:00", TimeLimit.workingHours(2)))
        .isEqualTo(at("2026-01-05T08:00"));

    WeekSchedule shortFridays =
        WeekSchedule.parse("MON-THU 07:00-11:30 13:30-17:00; FRI 07:00-11:00");
    LocalDate saturday = LocalDate.parse("2030-03-09");
    WorkingCalendar withMakeUpDay =
        new WorkingCalendar(
            shortFridays,
            year ->
                YearDays.of(
                    List.of(
                        new CalendarDay(
                            saturday,
                            DayKind.MAKEUP_WORKING_DAY,
                            "Làm bù",
                            LocalDate.parse("2030-03-15")))));
    assertThat(withMakeUpDay.elapsed(at("2030-03-09T00:00"), at("2030-03-10T00:00")))
        .isEqualTo(Duration.ofHours(4));
  }

  @Test
  void elapsedCountsOnlyWorkingTime() {
    assertThat(calendar.elapsed(at("2026-02-13T16:00"), at("2026-02-25T16:00")))
        .isEqualTo(Duration.ofHours(24));
    assertThat(calendar.elapsed(at("2025-12-31T16:00"), at("2026-01-05T08:00")))
        .as("across the new year, 1 and 2 January off")
        .isEqualTo(Duration.ofHours(2));
    assertThat(calendar.elapsed(at("2026-03-07T08:00"), at("2026-03-08T20:00"))).isZero();
    assertThat(calendar.elapsed(at("2026-03-04T08:00"), at("2026-03-03T08:00"))).isZero();
  }

  @Test
  void resumingAPauseExtendsTheDueInstantByThePausedWorkingTime() {
    Instant due = at("2026-03-10T16:00");

    // Paused Monday 10:00, resumed Tuesday 10:00: one working day stopped.
    assertThat(calendar.extend(due, at("2026-03-02T10:00"), at("2026-03-03T10:00")))
        .isEqualTo(at("2026-03-11T16:00"));
    // Paused over a weekend only: nothing to add.
    assertThat(calendar.extend(due, at("2026-03-07T10:00"), at("2026-03-08T10:00"))).isEqualTo(due);
  }

  @Test
  void timelinessByInstantIsLateAfterTheDueInstantAndEarlyOnAnEarlierDate() {
    Instant due = at("2026-02-25T16:00");

    assertThat(calendar.byInstant(at("2026-02-24T10:00"), due)).isEqualTo(Timeliness.EARLY);
    assertThat(calendar.byInstant(at("2026-02-25T09:00"), due)).isEqualTo(Timeliness.ON_TIME);
    assertThat(calendar.byInstant(due, due)).isEqualTo(Timeliness.ON_TIME);
    assertThat(calendar.byInstant(at("2026-02-25T16:30"), due)).isEqualTo(Timeliness.LATE);
    assertThat(calendar.byInstant(at("2026-02-26T08:00"), due)).isEqualTo(Timeliness.LATE);
  }

  @Test
  void timelinessByDateComparesVietnamsDates() {
    Instant due = at("2026-02-25T16:00");

    assertThat(calendar.byDate(at("2026-02-24T23:59"), due)).isEqualTo(Timeliness.EARLY);
    assertThat(calendar.byDate(at("2026-02-25T16:30"), due)).isEqualTo(Timeliness.ON_TIME);
    assertThat(calendar.byDate(at("2026-02-26T00:00"), due)).isEqualTo(Timeliness.LATE);
  }

  @Test
  void latenessIsCountedInWorkingDaysAndHours() {
    Instant due = at("2026-02-25T16:00");

    // Wednesday 16–17, Thursday, Friday, Monday 07–10: 20 working hours.
    assertThat(calendar.lateness(at("2026-03-02T10:00"), due))
        .isEqualTo(new Lateness(2, Duration.ofHours(4), Duration.ofHours(20)));
    assertThat(calendar.lateness(at("2026-02-25T10:00"), due)).isEqualTo(Lateness.NONE);
  }

  @Test
  void deadlinesRunAcrossYearsAndStopAt2100() {
    assertThat(due("2025-12-30T16:00", TimeLimit.workingDays(3))).isEqualTo(at("2026-01-06T16:00"));
    assertThat(due("2026-01-05T07:00", TimeLimit.workingDays(500)))
        .isEqualTo(calendar.plus(at("2026-01-05T07:00"), Duration.ofHours(4000)));
    assertThatThrownBy(() -> due("2100-12-30T10:00", TimeLimit.workingDays(5)))
        .isInstanceOf(CalendarRangeException.class);
    assertThatThrownBy(() -> due("1899-12-31T10:00", TimeLimit.workingDays(1)))
        .isInstanceOf(CalendarRangeException.class);
    assertThatThrownBy(() -> due("2026-03-03T10:00", limit("1E+20", LimitUnit.WORKING_DAYS)))
        .isInstanceOf(CalendarRangeException.class);
  }

  @Test
  void aZeroAmountIsDueWhenCountingStarts() {
    assertThat(due("2026-03-03T12:00", TimeLimit.workingDays(0))).isEqualTo(at("2026-03-03T13:30"));
    assertThat(calendar.plus(at("2026-03-03T12:00"), Duration.ZERO))
        .isEqualTo(at("2026-03-03T12:00"));
  }
}
