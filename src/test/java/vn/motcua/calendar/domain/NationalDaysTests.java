package vn.motcua.calendar.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.motcua.calendar.CalendarDay;
import vn.motcua.calendar.CalendarRangeException;
import vn.motcua.calendar.DayKind;

class NationalDaysTests {

  private final NationalDays days = new NationalDays(SeedDays.recorded());

  @Test
  void aYearWithRecordedDaysFollowsThemAndNotTheComputedOnes() {
    assertThat(days.recorded(2026)).isTrue();
    assertThat(days.year(2026).on(LocalDate.parse("2026-01-02")).kind())
        .isEqualTo(DayKind.SWAPPED_DAY_OFF);
    assertThat(days.year(2026).on(LocalDate.parse("2026-08-31")).kind())
        .isEqualTo(DayKind.SWAPPED_DAY_OFF);
  }

  @Test
  void aLowConfidenceDayAppliesOnlyOnceConfirmed() {
    assertThat(days.year(2026).on(LocalDate.parse("2026-11-24"))).isNull();

    RecordedDay low =
        SeedDays.recorded().stream()
            .filter(day -> day.confidence() == Confidence.LOW)
            .findFirst()
            .orElseThrow();
    RecordedDay confirmed =
        new RecordedDay(
            low.day(),
            low.noticeNumber(),
            low.noticeDate(),
            low.source(),
            low.confidence(),
            Instant.EPOCH,
            "admin",
            low.recordedAt(),
            low.recordedBy(),
            1);

    assertThat(new NationalDays(List.of(confirmed)).year(2026).on(LocalDate.parse("2026-11-24")))
        .isNotNull();
  }

  @Test
  void aYearWithoutRecordedDaysFollowsTheComputedOnes() {
    assertThat(days.recorded(2027)).isFalse();
    assertThat(days.year(2027).days()).isEqualTo(StatutoryHolidays.of(2027));
    assertThat(days.year(2027).on(LocalDate.parse("2027-02-06")))
        .isEqualTo(
            CalendarDay.of(
                LocalDate.parse("2027-02-06"), DayKind.HOLIDAY, "Tết Nguyên đán mùng 1"));
  }

  @Test
  void yearsOutsideTheCalendarAreRefused() {
    assertThatThrownBy(() -> days.year(1899)).isInstanceOf(CalendarRangeException.class);
    assertThatThrownBy(() -> days.year(2101)).isInstanceOf(CalendarRangeException.class);
  }
}
