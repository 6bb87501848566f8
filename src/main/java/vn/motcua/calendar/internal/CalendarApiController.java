package vn.motcua.calendar.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.motcua.calendar.CalendarDay;
import vn.motcua.calendar.CalendarRangeException;
import vn.motcua.calendar.Calendars;
import vn.motcua.calendar.DeadlineOptions;
import vn.motcua.calendar.LimitUnit;
import vn.motcua.calendar.LunarDate;
import vn.motcua.calendar.TimeLimit;
import vn.motcua.calendar.UnknownAgencyException;
import vn.motcua.calendar.WorkingTime;
import vn.motcua.web.Problems;

/**
 * The public, read-only calendar API: lunar dates, the year's holidays and days off, and due dates.
 * Its JSON shapes are a contract other tools rely on; instants are ISO-8601 with Vietnam's offset.
 */
@RestController
@RequestMapping("/api/v1/calendar")
@Tag(name = "Calendar", description = "Lunar calendar, holidays and days off, legal due dates")
class CalendarApiController {

  private static final ZoneOffset VIETNAM = ZoneOffset.ofHours(7);

  /** An unencoded '+' of an offset arrives as a space. */
  private static final Pattern SPACE_FOR_PLUS = Pattern.compile(" (\\d{2}:?\\d{2})$");

  private final Calendars calendars;

  CalendarApiController(Calendars calendars) {
    this.calendars = calendars;
  }

  record LunarResponse(
      String solar, int lunarDay, int lunarMonth, int lunarYear, boolean leapMonth) {}

  record DayResponse(String date, String kind, String name) {}

  record DueResponse(String receivedAt, String countingFrom, String dueAt) {}

  @GetMapping("/lunar/{date}")
  @Operation(summary = "The Vietnamese lunar date of a solar date (1900–2100)")
  LunarResponse lunar(
      @Parameter(description = "A solar date, yyyy-MM-dd", example = "2026-02-17") @PathVariable
          String date) {
    LocalDate solar = date("date", date);
    LunarDate lunar = calendars.lunar(solar);
    return new LunarResponse(
        solar.toString(), lunar.day(), lunar.month(), lunar.year(), lunar.leapMonth());
  }

  @GetMapping("/days")
  @Operation(
      summary = "The days of a year that differ from the normal week",
      description =
          "Holidays, compensatory and swapped days off and make-up working days that apply, sorted"
              + " by date. Kinds: HOLIDAY, COMPENSATORY_DAY_OFF, SWAPPED_DAY_OFF,"
              + " MAKEUP_WORKING_DAY.")
  List<DayResponse> days(
      @Parameter(description = "The year, 1900–2100", example = "2026")
          @RequestParam(required = false)
          @Nullable String year,
      @Parameter(description = "An agency's code; days off are the same for every agency")
          @RequestParam(required = false)
          @Nullable String agency) {
    int value = year(required("year", year));
    List<CalendarDay> days;
    try {
      days = agency == null ? calendars.days(value) : calendars.days(value, agency);
    } catch (UnknownAgencyException e) {
      throw unknownAgency(e);
    }
    return days.stream()
        .map(day -> new DayResponse(day.date().toString(), day.kind().name(), day.name()))
        .toList();
  }

  @GetMapping("/due")
  @Operation(
      summary = "The due instant of a legal time limit",
      description =
          "Counted on the agency's deadline calendar (the national default without an agency):"
              + " working days of 8 working hours walked through the office periods, skipping"
              + " days off; calendar days and months end at the close of the due date's working"
              + " day, or of the next working day. See docs/calendar.md.")
  DueResponse due(
      @Parameter(
              description = "When the dossier was received, ISO-8601 (the + of the offset encoded)",
              example = "2026-02-13T16:00:00+07:00")
          @RequestParam(required = false)
          @Nullable String receivedAt,
      @Parameter(description = "The time limit's amount, not negative", example = "3")
          @RequestParam(required = false)
          @Nullable String amount,
      @Parameter(
              description = "WORKING_DAYS, WORKING_HOURS, DAYS or MONTHS",
              example = "WORKING_DAYS")
          @RequestParam(required = false)
          @Nullable String unit,
      @Parameter(description = "Cut-off hour, HH:mm: received after it counts from the next day")
          @RequestParam(required = false)
          @Nullable String cutoff,
      @Parameter(description = "The code of the agency whose calendar counts")
          @RequestParam(required = false)
          @Nullable String agency) {
    Instant received = instant("receivedAt", required("receivedAt", receivedAt));
    TimeLimit limit = limit(required("amount", amount), unit(required("unit", unit)));
    DeadlineOptions options =
        cutoff == null ? DeadlineOptions.NONE : DeadlineOptions.cutoffAt(time("cutoff", cutoff));
    WorkingTime calendar;
    try {
      calendar = agency == null ? calendars.national() : calendars.forAgency(agency);
    } catch (UnknownAgencyException e) {
      throw unknownAgency(e);
    }
    try {
      return new DueResponse(
          format(received),
          format(calendar.countingFrom(received, options)),
          format(calendar.due(received, limit, options)));
    } catch (CalendarRangeException e) {
      throw Problems.badParameter("amount", e.getMessage());
    }
  }

  private static String required(String parameter, @Nullable String value) {
    if (value == null || value.isBlank()) {
      throw Problems.badParameter(parameter, "The parameter " + parameter + " is required.");
    }
    return value.strip();
  }

  private static LocalDate date(String parameter, String value) {
    LocalDate date;
    try {
      date = LocalDate.parse(value);
    } catch (DateTimeException e) {
      throw Problems.badParameter(parameter, "Not a date (yyyy-MM-dd): " + value);
    }
    inRange(parameter, date.getYear());
    return date;
  }

  private static int year(String value) {
    try {
      return inRange("year", Integer.parseInt(value));
    } catch (NumberFormatException e) {
      throw Problems.badParameter("year", "Not a year: " + value);
    }
  }

  private static int inRange(String parameter, int year) {
    if (!CalendarRangeException.covers(year)) {
      throw Problems.badParameter(
          parameter,
          "The calendar covers the years "
              + CalendarRangeException.FIRST_YEAR
              + " to "
              + CalendarRangeException.LAST_YEAR
              + ": "
              + year);
    }
    return year;
  }

  /** An ISO-8601 date-time with an offset, or without one in Vietnam's time. */
  private static Instant instant(String parameter, String value) {
    String text = SPACE_FOR_PLUS.matcher(value).replaceFirst("+$1");
    OffsetDateTime time;
    try {
      time = OffsetDateTime.parse(text);
    } catch (DateTimeException withoutOffset) {
      try {
        time = LocalDateTime.parse(text).atOffset(VIETNAM);
      } catch (DateTimeException e) {
        throw Problems.badParameter(
            parameter, "Not an ISO-8601 date and time (2026-02-13T16:00:00+07:00): " + value);
      }
    }
    inRange(parameter, time.atZoneSameInstant(VIETNAM).getYear());
    return time.toInstant();
  }

  private static LimitUnit unit(String value) {
    try {
      return LimitUnit.valueOf(value.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw Problems.badParameter(
          "unit", "Not a unit (WORKING_DAYS, WORKING_HOURS, DAYS, MONTHS): " + value);
    }
  }

  private static TimeLimit limit(String amount, LimitUnit unit) {
    BigDecimal value;
    try {
      value = new BigDecimal(amount);
    } catch (NumberFormatException e) {
      throw Problems.badParameter("amount", "Not a number: " + amount);
    }
    try {
      return new TimeLimit(value, unit);
    } catch (IllegalArgumentException e) {
      throw Problems.badParameter("amount", e.getMessage());
    }
  }

  private static LocalTime time(String parameter, String value) {
    try {
      return LocalTime.parse(value);
    } catch (DateTimeException e) {
      throw Problems.badParameter(parameter, "Not a time of day (HH:mm): " + value);
    }
  }

  private static ErrorResponseException unknownAgency(UnknownAgencyException e) {
    return Problems.badParameter("agency", "No agency has the code " + e.agencyCode());
  }

  private static String format(Instant instant) {
    return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(instant.atOffset(VIETNAM));
  }
}
