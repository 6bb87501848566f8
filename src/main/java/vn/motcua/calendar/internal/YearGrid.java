package vn.motcua.calendar.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import vn.motcua.calendar.CalendarDay;
import vn.motcua.calendar.domain.RecordedDay;

/**
 * A year as twelve month grids (weeks from Monday to Sunday) for the admin page, each day marked
 * with what applies to it, and recorded days that do not apply yet marked as pending.
 */
record YearGrid(int year, List<Month> months) {

  /** A month: its weeks of cells and its days that differ from the normal week, by date. */
  record Month(int month, List<List<Cell>> weeks, List<CalendarDay> days) {}

  /**
   * A cell of the grid: empty before the 1st and after the last day of the month.
   *
   * @param style the Bootstrap classes that show the day's kind
   */
  record Cell(@Nullable LocalDate date, @Nullable CalendarDay day, boolean pending, String style) {

    static final Cell EMPTY = new Cell(null, null, false, "");
  }

  static YearGrid of(int year, List<CalendarDay> applying, Collection<RecordedDay> recorded) {
    Map<LocalDate, CalendarDay> days = new HashMap<>();
    applying.forEach(day -> days.put(day.date(), day));
    Map<LocalDate, RecordedDay> pending = new HashMap<>();
    recorded.stream().filter(day -> !day.applies()).forEach(day -> pending.put(day.date(), day));
    List<Month> months = new ArrayList<>();
    for (int month = 1; month <= 12; month++) {
      YearMonth yearMonth = YearMonth.of(year, month);
      List<List<Cell>> weeks = new ArrayList<>();
      List<Cell> week = new ArrayList<>();
      for (int blank = 1; blank < yearMonth.atDay(1).getDayOfWeek().getValue(); blank++) {
        week.add(Cell.EMPTY);
      }
      for (int dayOfMonth = 1; dayOfMonth <= yearMonth.lengthOfMonth(); dayOfMonth++) {
        LocalDate date = yearMonth.atDay(dayOfMonth);
        CalendarDay day = days.get(date);
        boolean isPending = day == null && pending.containsKey(date);
        week.add(new Cell(date, day, isPending, style(date, day, isPending)));
        if (week.size() == 7) {
          weeks.add(week);
          week = new ArrayList<>();
        }
      }
      if (!week.isEmpty()) {
        while (week.size() < 7) {
          week.add(Cell.EMPTY);
        }
        weeks.add(week);
      }
      List<CalendarDay> monthDays =
          applying.stream()
              .filter(day -> day.date().getMonthValue() == yearMonth.getMonthValue())
              .toList();
      months.add(new Month(month, weeks, monthDays));
    }
    return new YearGrid(year, months);
  }

  private static String style(LocalDate date, @Nullable CalendarDay day, boolean pending) {
    if (day != null) {
      return switch (day.kind()) {
        case HOLIDAY -> "text-bg-danger";
        case COMPENSATORY_DAY_OFF, SWAPPED_DAY_OFF -> "text-bg-warning";
        case MAKEUP_WORKING_DAY -> "text-bg-success";
      };
    }
    String base =
        date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY
            ? "text-body-tertiary"
            : "";
    return pending ? (base + " border border-danger").strip() : base;
  }
}
