package vn.motcua.reporting.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class WholeMonthsTests {

  private static final LocalDate EPOCH = LocalDate.of(2023, 11, 1);

  @Property
  void everyDayOfThePeriodIsCountedOnceAndNoOtherDay(
      @ForAll @IntRange(min = 0, max = 900) int start, @ForAll @IntRange(max = 800) int length) {
    LocalDate from = EPOCH.plusDays(start);
    LocalDate to = from.plusDays(length);
    WholeMonths parts = WholeMonths.of(from, to);

    for (LocalDate day = from.minusDays(62); !day.isAfter(to.plusDays(62)); day = day.plusDays(1)) {
      LocalDate month = day.withDayOfMonth(1);
      int counted =
          (within(month, parts.monthsFrom(), parts.monthsTo()) ? 1 : 0)
              + (within(day, from, parts.headTo()) ? 1 : 0)
              + (within(day, parts.tailFrom(), to) ? 1 : 0);
      assertThat(counted).as(day.toString()).isEqualTo(within(day, from, to) ? 1 : 0);
    }
  }

  @Test
  void aCalendarYearIsTwelveWholeMonthsWithoutDays() {
    WholeMonths year = WholeMonths.of(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));

    assertThat(year)
        .isEqualTo(
            new WholeMonths(
                LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 12, 1),
                LocalDate.of(2025, 12, 31),
                LocalDate.of(2027, 1, 1)));
  }

  @Test
  void aPeriodFromMidMonthToMidMonthHasDaysAtBothEnds() {
    WholeMonths period = WholeMonths.of(LocalDate.of(2026, 1, 15), LocalDate.of(2026, 4, 10));

    assertThat(period)
        .isEqualTo(
            new WholeMonths(
                LocalDate.of(2026, 2, 1),
                LocalDate.of(2026, 3, 1),
                LocalDate.of(2026, 1, 31),
                LocalDate.of(2026, 4, 1)));
  }

  private static boolean within(LocalDate day, LocalDate first, LocalDate last) {
    return !day.isBefore(first) && !day.isAfter(last);
  }
}
