package vn.motcua.calendar.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import vn.motcua.calendar.CalendarDay;
import vn.motcua.calendar.DayKind;
import vn.motcua.calendar.LunarDate;

/**
 * The public holidays of the Labor Code 2019 (Art. 112) for any year, arranged the way the
 * government usually arranges them. This is the default of a year for which no official notice is
 * recorded; the notices decide (swapped days and make-up Saturdays, for instance, exist only in
 * notices).
 *
 * <ul>
 *   <li>1 January; 30 April; 1 May; 10th day of the 3rd lunar month (Hùng Kings); 2 September and
 *       one adjacent day: the weekday that joins the two days to a weekend, or the day before when
 *       none or both would (Mon → 3 Sep, Tue → 1 Sep, Wed → 1 Sep, Thu → 3 Sep, Fri → 1 Sep, Sat →
 *       1 Sep, Sun → 3 Sep).
 *   <li>Tết: the last day of the lunar year and the first four days of the new one. When one of
 *       these falls on a weekend, the compensatory day makes the whole Monday–Friday week around
 *       the others a holiday (2025: Monday 27 January); when two do, one compensatory day comes
 *       before the five and one after (2024: 8 and 14 February).
 *   <li>Any other holiday on a Saturday or Sunday, or on the same date as another holiday (Hùng
 *       Kings on 30 April in 1947), gives the next working day not already off (2022: 30 April and
 *       1 May on a weekend gave 2 and 3 May).
 * </ul>
 *
 * Checked against the notices of 2016–2026 (see the tests). The rules of today are applied to every
 * year, also to years before they were enacted.
 */
public final class StatutoryHolidays {

  private StatutoryHolidays() {}

  /** The year's holidays and compensatory days off, by date. */
  public static List<CalendarDay> of(int year) {
    Map<LocalDate, CalendarDay> days = new TreeMap<>();
    tet(year).forEach(day -> days.put(day.date(), day));
    List<CalendarDay> fixed = new ArrayList<>();
    fixed.add(holiday(LocalDate.of(year, Month.JANUARY, 1), "Tết Dương lịch"));
    fixed.add(
        holiday(
            VietnameseLunarCalendar.toSolar(LunarDate.of(year, 3, 10)),
            "Giỗ Tổ Hùng Vương (10/3 âm lịch)"));
    fixed.add(holiday(LocalDate.of(year, Month.APRIL, 30), "Ngày Chiến thắng"));
    fixed.add(holiday(LocalDate.of(year, Month.MAY, 1), "Ngày Quốc tế Lao động"));
    LocalDate nationalDay = LocalDate.of(year, Month.SEPTEMBER, 2);
    fixed.add(holiday(nationalDay, "Quốc khánh"));
    fixed.add(holiday(adjacentToNationalDay(nationalDay), "Quốc khánh (ngày liền kề)"));
    fixed.sort(Comparator.comparing(CalendarDay::date));
    // Each holiday that does not give a working day off of its own (on a weekend, or on the same
    // date as another holiday, as Hùng Kings and 30 April in 1947) is compensated.
    List<CalendarDay> compensated = new ArrayList<>();
    for (CalendarDay holiday : fixed) {
      CalendarDay same = days.get(holiday.date());
      if (same != null) {
        days.put(holiday.date(), holiday(holiday.date(), same.name() + "; " + holiday.name()));
        compensated.add(holiday);
      } else {
        days.put(holiday.date(), holiday);
      }
      if (isWeekend(holiday.date())) {
        compensated.add(holiday);
      }
    }
    for (CalendarDay holiday : compensated) {
      LocalDate off = nextWeekday(holiday.date());
      while (days.containsKey(off)) {
        off = nextWeekday(off);
      }
      days.put(
          off,
          CalendarDay.of(
              off, DayKind.COMPENSATORY_DAY_OFF, withoutNote(holiday.name()) + " (nghỉ bù)"));
    }
    return List.copyOf(days.values());
  }

  private static List<CalendarDay> tet(int year) {
    LocalDate newYear = VietnameseLunarCalendar.newYear(year);
    LocalDate eve = newYear.minusDays(1);
    int lastLunarDay = VietnameseLunarCalendar.toLunar(eve).day();
    List<CalendarDay> days = new ArrayList<>();
    days.add(holiday(eve, "Giao thừa Tết Nguyên đán (" + lastLunarDay + " tháng Chạp)"));
    for (int day = 1; day <= 4; day++) {
      days.add(holiday(newYear.plusDays(day - 1), "Tết Nguyên đán mùng " + day));
    }
    LocalDate first = eve;
    LocalDate last = newYear.plusDays(3);
    long weekendDays = days.stream().filter(day -> isWeekend(day.date())).count();
    String compensatory = "Tết Nguyên đán (nghỉ bù)";
    if (weekendDays == 2) {
      days.add(
          0, CalendarDay.of(previousWeekday(first), DayKind.COMPENSATORY_DAY_OFF, compensatory));
      days.add(CalendarDay.of(nextWeekday(last), DayKind.COMPENSATORY_DAY_OFF, compensatory));
    } else if (weekendDays == 1) {
      // Four weekdays of one Monday–Friday week are holidays: the fifth completes the week.
      LocalDate weekday = isWeekend(first) ? nextWeekday(last) : previousWeekday(first);
      days.add(CalendarDay.of(weekday, DayKind.COMPENSATORY_DAY_OFF, compensatory));
    }
    return days;
  }

  private static LocalDate adjacentToNationalDay(LocalDate nationalDay) {
    return switch (nationalDay.getDayOfWeek()) {
      case MONDAY, THURSDAY, SUNDAY -> nationalDay.plusDays(1);
      default -> nationalDay.minusDays(1);
    };
  }

  private static CalendarDay holiday(LocalDate date, String name) {
    return CalendarDay.of(date, DayKind.HOLIDAY, name);
  }

  private static String withoutNote(String name) {
    int note = name.indexOf(" (");
    return note < 0 ? name : name.substring(0, note);
  }

  private static boolean isWeekend(LocalDate date) {
    return date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
  }

  private static LocalDate nextWeekday(LocalDate date) {
    LocalDate next = date.plusDays(1);
    return isWeekend(next) ? nextWeekday(next) : next;
  }

  private static LocalDate previousWeekday(LocalDate date) {
    LocalDate previous = date.minusDays(1);
    return isWeekend(previous) ? previousWeekday(previous) : previous;
  }
}
