package vn.motcua.portal.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class OpeningHoursTests {

  @Test
  void consecutiveDaysWithTheSameHoursAreOneGroup() {
    TreeMap<DayOfWeek, String> week = new TreeMap<>();
    for (DayOfWeek day : DayOfWeek.values()) {
      if (day.getValue() <= 5) {
        week.put(day, "07:00-11:30 13:30-17:00");
      }
    }
    week.put(DayOfWeek.SATURDAY, "07:00-11:30");

    assertThat(OpeningHours.of(week))
        .containsExactly(
            new OpeningHours.Days(DayOfWeek.MONDAY, DayOfWeek.FRIDAY, "07:00-11:30 13:30-17:00"),
            new OpeningHours.Days(DayOfWeek.SATURDAY, DayOfWeek.SATURDAY, "07:00-11:30"));
  }

  @Test
  void aClosedDayInTheMiddleSplitsTheWeek() {
    TreeMap<DayOfWeek, String> week = new TreeMap<>();
    week.put(DayOfWeek.MONDAY, "08:00-12:00");
    week.put(DayOfWeek.WEDNESDAY, "08:00-12:00");

    assertThat(OpeningHours.of(week)).hasSize(2);
  }
}
