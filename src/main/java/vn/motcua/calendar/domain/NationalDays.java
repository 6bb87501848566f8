package vn.motcua.calendar.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReferenceArray;
import vn.motcua.calendar.CalendarDay;
import vn.motcua.calendar.CalendarRangeException;

/**
 * The country's holidays, days off and make-up days. A year with at least one recorded day that
 * applies follows exactly its recorded days that apply: the official notices replace the computed
 * arrangement as a whole, so that a notice moving a Tết day never leaves the computed day behind. A
 * year without one follows the {@link StatutoryHolidays}. Each year is worked out once, when first
 * asked for.
 */
public final class NationalDays implements ExceptionalDays {

  private final Map<Integer, List<CalendarDay>> recorded = new HashMap<>();
  private final AtomicReferenceArray<YearDays> years =
      new AtomicReferenceArray<>(
          CalendarRangeException.LAST_YEAR - CalendarRangeException.FIRST_YEAR + 1);

  public NationalDays(Collection<RecordedDay> days) {
    for (RecordedDay day : days) {
      if (day.applies()) {
        recorded.computeIfAbsent(day.date().getYear(), year -> new ArrayList<>()).add(day.day());
      }
    }
  }

  /** Whether the year follows recorded days rather than the computed ones. */
  public boolean recorded(int year) {
    return recorded.containsKey(year);
  }

  /** Whether recorded days of a year would be followed (at least one of them applies). */
  public static boolean followed(Collection<RecordedDay> daysOfYear) {
    return daysOfYear.stream().anyMatch(RecordedDay::applies);
  }

  @Override
  public YearDays year(int year) {
    int index = CalendarRangeException.checkYear(year) - CalendarRangeException.FIRST_YEAR;
    YearDays days = years.get(index);
    if (days == null) {
      List<CalendarDay> entries = recorded.get(year);
      days = YearDays.of(entries != null ? entries : StatutoryHolidays.of(year));
      years.set(index, days);
    }
    return days;
  }
}
