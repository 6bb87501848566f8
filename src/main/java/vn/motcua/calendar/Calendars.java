package vn.motcua.calendar;

import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;
import vn.motcua.calendar.domain.NationalDays;
import vn.motcua.calendar.domain.VietnameseLunarCalendar;
import vn.motcua.calendar.domain.WeekSchedule;
import vn.motcua.calendar.domain.WorkingCalendar;
import vn.motcua.calendar.internal.CalendarCache;

/**
 * The working calendars of agencies, the country's holidays and the lunar calendar.
 *
 * <p>Resolving a calendar is cheap (a map lookup in this node's precomputed copy), so callers ask
 * for it on every action and for every row of a list rather than keeping {@link WorkingTime}s
 * themselves: a kept one would miss an administrator's later change. The copy follows changes made
 * on other nodes within {@code motcua.calendar.revision-check} (5 seconds by default).
 */
@Service
public class Calendars {

  private final CalendarCache cache;

  Calendars(CalendarCache cache) {
    this.cache = cache;
  }

  /**
   * The deadline calendar of an agency: its own office hours, else its nearest ancestor's, else the
   * national default; always over the country's holidays and days off.
   *
   * @throws UnknownAgencyException when no agency has this code
   */
  public WorkingTime forAgency(String agencyCode) {
    return cache.forAgency(agencyCode).deadlines();
  }

  /**
   * The reception calendar of an agency (when its counters receive dossiers, e.g. also on Saturday
   * mornings), inherited like {@link #forAgency}.
   *
   * @throws UnknownAgencyException when no agency has this code
   */
  public WorkingTime receptionHours(String agencyCode) {
    return cache.forAgency(agencyCode).reception();
  }

  /**
   * When an agency's counters receive, per day of the week, as periods ({@code 07:00-11:30
   * 13:30-17:00}); days they are closed are absent. For citizens' pages; holidays aside.
   *
   * @throws UnknownAgencyException when no agency has this code
   */
  public java.util.SortedMap<java.time.DayOfWeek, String> receptionWeek(String agencyCode) {
    WeekSchedule week = cache.forAgency(agencyCode).reception().week();
    java.util.SortedMap<java.time.DayOfWeek, String> days = new java.util.TreeMap<>();
    for (java.time.DayOfWeek day : java.time.DayOfWeek.values()) {
      if (!week.on(day).closed()) {
        days.put(day, week.on(day).toString());
      }
    }
    return days;
  }

  /** The national default deadline calendar. */
  public WorkingTime national() {
    return cache.current().national().deadlines();
  }

  /**
   * The national default office hours (Monday to Friday 07:00–11:30 and 13:30–17:00) over the
   * computed statutory holidays only, without any recorded notice and without the database: for
   * unit tests and tools of other modules that need a real calendar. The application itself uses
   * {@link #forAgency}.
   */
  public static WorkingTime computedDefault() {
    return new WorkingCalendar(WeekSchedule.STANDARD, new NationalDays(List.of()));
  }

  /**
   * The days of a year that differ from the normal week (holidays, days off, make-up working days)
   * and apply, by date. They are the country's: every agency follows the same days.
   *
   * @throws CalendarRangeException for a year outside 1900–2100
   */
  public List<CalendarDay> days(int year) {
    return cache.current().days().year(year).days();
  }

  /**
   * The days of a year that differ from the normal week for an agency: the country's days, which
   * every agency follows (agencies differ in their hours, not in their days off).
   *
   * @throws UnknownAgencyException when no agency has this code
   * @throws CalendarRangeException for a year outside 1900–2100
   */
  public List<CalendarDay> days(int year, String agencyCode) {
    cache.forAgency(agencyCode);
    return days(year);
  }

  /**
   * The Vietnamese lunar date of a solar date.
   *
   * @throws CalendarRangeException for a date outside 1900–2100
   */
  public LunarDate lunar(LocalDate solar) {
    CalendarRangeException.checkYear(solar.getYear());
    return VietnameseLunarCalendar.toLunar(solar);
  }

  /**
   * The solar date of a Vietnamese lunar date.
   *
   * @throws IllegalArgumentException when there is no such lunar date
   * @throws CalendarRangeException for a lunar year outside 1900–2100
   */
  public LocalDate solar(LunarDate lunar) {
    CalendarRangeException.checkYear(lunar.year());
    return VietnameseLunarCalendar.toSolar(lunar);
  }
}
