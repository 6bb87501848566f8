package vn.motcua.calendar.domain;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import vn.motcua.calendar.CalendarDay;

/** The days of one year that differ from the normal week, the ones that apply. Immutable. */
public final class YearDays {

  private final List<CalendarDay> days;
  private final Map<LocalDate, CalendarDay> byDate = new HashMap<>();

  private YearDays(List<CalendarDay> days) {
    this.days = days.stream().sorted(Comparator.comparing(CalendarDay::date)).toList();
    for (CalendarDay day : this.days) {
      if (byDate.put(day.date(), day) != null) {
        throw new IllegalArgumentException("Two entries for " + day.date());
      }
    }
  }

  public static YearDays of(List<CalendarDay> days) {
    return new YearDays(days);
  }

  /** The days, by date. */
  public List<CalendarDay> days() {
    return days;
  }

  /** The entry of a date, or {@code null} for a normal day of the week. */
  public @Nullable CalendarDay on(LocalDate date) {
    return byDate.get(date);
  }
}
