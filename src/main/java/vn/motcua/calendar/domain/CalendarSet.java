package vn.motcua.calendar.domain;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * All working calendars at one revision of the calendar data: the national default and the agencies
 * that have hours of their own, over the country's holidays. Immutable apart from the years its
 * calendars precompute when first used.
 */
public final class CalendarSet {

  /** The key under which the national default hours are stored (no agency code looks like it). */
  public static final String NATIONAL = "*";

  private final long revision;
  private final NationalDays days;
  private final Map<String, AgencyCalendars> calendars = new HashMap<>();

  public CalendarSet(
      long revision, Collection<CalendarHours> hours, Collection<RecordedDay> recorded) {
    this.revision = revision;
    this.days = new NationalDays(recorded);
    for (CalendarHours entry : hours) {
      calendars.put(
          entry.key(),
          new AgencyCalendars(
              new WorkingCalendar(entry.office(), days),
              new WorkingCalendar(entry.reception(), days)));
    }
    if (!calendars.containsKey(NATIONAL)) {
      throw new IllegalArgumentException("The national default hours are missing");
    }
  }

  public long revision() {
    return revision;
  }

  public NationalDays days() {
    return days;
  }

  public AgencyCalendars national() {
    return calendars.get(NATIONAL);
  }

  /**
   * The calendars an agency inherits, given its lineage (its own code first, then its ancestors'):
   * the nearest that has hours of its own, else the national default.
   */
  public AgencyCalendars inherited(List<String> lineage) {
    for (String code : lineage) {
      AgencyCalendars own = calendars.get(code);
      if (own != null) {
        return own;
      }
    }
    return national();
  }

  /** The stored hours of a calendar: its office (deadline) hours and its reception hours. */
  public record CalendarHours(String key, WeekSchedule office, WeekSchedule reception) {}

  /** The two calendars of an agency, over the same days. */
  public record AgencyCalendars(WorkingCalendar deadlines, WorkingCalendar reception) {}
}
