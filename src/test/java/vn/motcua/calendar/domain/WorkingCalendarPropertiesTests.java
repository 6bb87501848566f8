package vn.motcua.calendar.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import vn.motcua.calendar.DeadlineOptions;
import vn.motcua.calendar.LimitUnit;
import vn.motcua.calendar.TimeLimit;

/**
 * The laws of the working units without a cut-off, over 2024–2026 (the years of the shipped
 * official days, with Tết, swapped days and make-up Saturdays), on the standard week and on a week
 * with Saturday mornings.
 */
class WorkingCalendarPropertiesTests {

  private static final WorkingCalendar STANDARD = SeedDays.standard();

  private static final WorkingCalendar WITH_SATURDAYS =
      new WorkingCalendar(
          WeekSchedule.parse("MON-FRI 07:30-11:30 13:00-17:00; SAT 07:30-11:30"),
          new NationalDays(SeedDays.recorded()));

  @Provide
  Arbitrary<WorkingCalendar> calendars() {
    return Arbitraries.of(STANDARD, WITH_SATURDAYS);
  }

  @Provide
  Arbitrary<Instant> instants() {
    long first = SeedDays.at("2024-01-01T00:00").getEpochSecond();
    long last = SeedDays.at("2026-10-01T00:00").getEpochSecond();
    return Combinators.combine(
            Arbitraries.longs().between(first, last),
            Arbitraries.integers().between(0, 999_999_999))
        .as(Instant::ofEpochSecond);
  }

  /** Working time up to 60 working days of 8 hours, to the nanosecond. */
  @Provide
  Arbitrary<Duration> amounts() {
    return Arbitraries.longs().between(1, Duration.ofHours(480).toNanos()).map(Duration::ofNanos);
  }

  @Provide
  Arbitrary<TimeLimit> limits() {
    return Combinators.combine(
            Arbitraries.integers().between(1, 60),
            Arbitraries.of(LimitUnit.WORKING_DAYS, LimitUnit.WORKING_HOURS))
        .as((amount, unit) -> new TimeLimit(java.math.BigDecimal.valueOf(amount), unit));
  }

  @Property
  void theDueInstantIsNeverInsideANonWorkingPeriod(
      @ForAll("calendars") WorkingCalendar calendar,
      @ForAll("instants") Instant receivedAt,
      @ForAll("limits") TimeLimit limit) {
    Instant due = calendar.due(receivedAt, limit, DeadlineOptions.NONE);

    // The nanosecond before the due instant is working time: it lies in an office period or at
    // the end of one.
    assertThat(calendar.elapsed(due.minusNanos(1), due)).isEqualTo(Duration.ofNanos(1));
  }

  @Property
  void addingAThenBIsAddingAPlusB(
      @ForAll("calendars") WorkingCalendar calendar,
      @ForAll("instants") Instant from,
      @ForAll("amounts") Duration a,
      @ForAll("amounts") Duration b) {
    assertThat(calendar.plus(calendar.plus(from, a), b)).isEqualTo(calendar.plus(from, a.plus(b)));
  }

  @Property
  void theWorkingTimeElapsedUntilTheDueInstantIsTheTimeLimit(
      @ForAll("calendars") WorkingCalendar calendar,
      @ForAll("instants") Instant receivedAt,
      @ForAll("limits") TimeLimit limit) {
    Duration expected =
        limit.unit() == LimitUnit.WORKING_DAYS
            ? calendar.workingDay().multipliedBy(limit.amount().longValueExact())
            : Duration.ofHours(limit.amount().longValueExact());

    Instant due = calendar.due(receivedAt, limit, DeadlineOptions.NONE);

    assertThat(calendar.elapsed(receivedAt, due)).isEqualTo(expected);
  }

  @Property
  void pausingExtendsTheDueInstantByExactlyThePausedWorkingTime(
      @ForAll("calendars") WorkingCalendar calendar,
      @ForAll("instants") Instant due,
      @ForAll("instants") Instant pausedAt,
      @ForAll("amounts") Duration pause) {
    Instant resumedAt = pausedAt.plus(pause.multipliedBy(3));

    Instant extended = calendar.extend(due, pausedAt, resumedAt);

    assertThat(calendar.elapsed(due, extended)).isEqualTo(calendar.elapsed(pausedAt, resumedAt));
  }
}
