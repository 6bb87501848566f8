package vn.motcua.calendar.internal;

import java.time.Instant;
import vn.motcua.calendar.domain.CalendarSet;
import vn.motcua.calendar.domain.WeekSchedule;

/** A row of {@code working_calendar}: the hours of the national default or of one agency. */
record StoredHours(
    String key,
    WeekSchedule office,
    WeekSchedule reception,
    Instant updatedAt,
    String updatedBy,
    int version) {

  CalendarSet.CalendarHours hours() {
    return new CalendarSet.CalendarHours(key, office, reception);
  }
}
