package vn.motcua.calendar;

/**
 * A date or a computation outside the years the calendar covers ({@value #FIRST_YEAR} to {@value
 * #LAST_YEAR}).
 */
public class CalendarRangeException extends IllegalArgumentException {

  public static final int FIRST_YEAR = 1900;
  public static final int LAST_YEAR = 2100;

  public CalendarRangeException(String message) {
    super(message + " (the calendar covers " + FIRST_YEAR + " to " + LAST_YEAR + ")");
  }

  /** Whether the calendar covers this year. */
  public static boolean covers(int year) {
    return year >= FIRST_YEAR && year <= LAST_YEAR;
  }

  /** The year, if the calendar covers it. */
  public static int checkYear(int year) {
    if (!covers(year)) {
      throw new CalendarRangeException("No calendar for the year " + year);
    }
    return year;
  }
}
