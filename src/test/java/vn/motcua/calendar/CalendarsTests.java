package vn.motcua.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class CalendarsTests {

  @Test
  void theComputedDefaultCountsTheStatutoryHolidaysWithoutTheDatabase() {
    WorkingTime time = Calendars.computedDefault();

    assertThat(time.workingDay()).isEqualTo(Duration.ofHours(8));
    // Friday 13 February 2026 16:00, three working days: Tết 16–20 February is computed too.
    assertThat(
            time.due(
                LocalDateTime.parse("2026-02-13T16:00").toInstant(ZoneOffset.ofHours(7)),
                TimeLimit.workingDays(3),
                DeadlineOptions.NONE))
        .isEqualTo(LocalDateTime.parse("2026-02-25T16:00").toInstant(ZoneOffset.ofHours(7)));
  }
}
