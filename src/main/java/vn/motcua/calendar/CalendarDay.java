package vn.motcua.calendar;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A day that differs from the normal week: a holiday, a day off or a make-up working day.
 *
 * @param name the day's name as the notices give it, in Vietnamese (e.g. "Tết Nguyên đán mùng 1")
 * @param pairedDate for a swapped day off, the make-up working day it is exchanged with, and the
 *     other way round; a make-up working day keeps the office hours of the weekday of this date
 */
public record CalendarDay(
    LocalDate date, DayKind kind, String name, @Nullable LocalDate pairedDate) {

  public static CalendarDay of(LocalDate date, DayKind kind, String name) {
    return new CalendarDay(date, kind, name, null);
  }
}
