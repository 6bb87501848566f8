package vn.motcua.portal.domain;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

/**
 * A counter's week as people say it: consecutive days with the same hours together ("Monday to
 * Friday 07:00-11:30 13:30-17:00; Saturday 07:00-11:30").
 */
public final class OpeningHours {

  /** Days {@code from} to {@code to} (the same day for one), open during {@code periods}. */
  public record Days(DayOfWeek from, DayOfWeek to, String periods) {}

  private OpeningHours() {}

  public static List<Days> of(SortedMap<DayOfWeek, String> week) {
    List<Days> groups = new ArrayList<>();
    for (Map.Entry<DayOfWeek, String> day : week.entrySet()) {
      Days last = groups.isEmpty() ? null : groups.getLast();
      if (last != null
          && last.periods().equals(day.getValue())
          && last.to().plus(1) == day.getKey()) {
        groups.set(groups.size() - 1, new Days(last.from(), day.getKey(), last.periods()));
      } else {
        groups.add(new Days(day.getKey(), day.getKey(), day.getValue()));
      }
    }
    return groups;
  }
}
