package vn.motcua.calendar.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.motcua.calendar.CalendarDay;
import vn.motcua.calendar.CalendarInheritance;
import vn.motcua.calendar.DayKind;
import vn.motcua.calendar.domain.Confidence;
import vn.motcua.testing.IntegrationTest;

/**
 * Several nodes share one database: a change made through one node reaches the others at their next
 * revision check. The other nodes are caches of their own over the same database.
 */
@IntegrationTest
class CalendarCacheIntegrationTests {

  @Autowired CalendarRepository repository;

  @Autowired CalendarInheritance inheritance;

  @Autowired CalendarAdministration administration;

  @Test
  void aChangeOnOneNodeReachesAnotherAtItsNextRevisionCheck() {
    CalendarCache checksAlways = node(Duration.ZERO);
    CalendarCache checksHourly = node(Duration.ofHours(1));
    LocalDate date = LocalDate.parse("2093-07-15");
    assertThat(checksAlways.current().days().year(2093).on(date)).isNull();
    assertThat(checksHourly.current().days().year(2093).on(date)).isNull();

    administration.record(
        new CalendarAdministration.NewDay(
            CalendarDay.of(date, DayKind.HOLIDAY, "Ngày thử nghiệm"), null, null, Confidence.HIGH),
        new CalendarAdministration.Actor("test", null));

    assertThat(checksAlways.current().days().year(2093).on(date)).isNotNull();
    assertThat(checksHourly.current().days().year(2093).on(date))
        .as("not before its next check")
        .isNull();
    checksHourly.changed();
    assertThat(checksHourly.current().days().year(2093).on(date)).isNotNull();
  }

  private CalendarCache node(Duration revisionCheck) {
    return new CalendarCache(
        repository, inheritance, new CalendarProperties(revisionCheck, Duration.ofMinutes(10)));
  }
}
