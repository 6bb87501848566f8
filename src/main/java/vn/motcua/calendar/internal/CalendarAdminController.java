package vn.motcua.calendar.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.motcua.calendar.CalendarDay;
import vn.motcua.calendar.CalendarRangeException;
import vn.motcua.calendar.Calendars;
import vn.motcua.calendar.DayKind;
import vn.motcua.calendar.UnknownAgencyException;
import vn.motcua.calendar.domain.CalendarSet;
import vn.motcua.calendar.domain.CalendarSet.AgencyCalendars;
import vn.motcua.calendar.domain.Confidence;
import vn.motcua.calendar.domain.DaySchedule;
import vn.motcua.calendar.domain.NationalDays;
import vn.motcua.calendar.domain.RecordedDay;
import vn.motcua.calendar.domain.WeekSchedule;
import vn.motcua.calendar.internal.CalendarAdministration.Actor;
import vn.motcua.calendar.internal.CalendarAdministration.NewDay;
import vn.motcua.security.SignedInOfficer;
import vn.motcua.shared.Instants;

/**
 * The calendar's admin pages: a year as month grids with the days of the official notices (and
 * forms to record, confirm and remove them), and the office and reception hours of the national
 * default and of agencies. {@code /admin/**} is for administrators only (SecurityConfiguration).
 */
@Controller
@RequestMapping("/admin/calendar")
class CalendarAdminController {

  private final CalendarAdministration administration;
  private final Calendars calendars;
  private final Clock clock;

  CalendarAdminController(CalendarAdministration administration, Calendars calendars, Clock clock) {
    this.administration = administration;
    this.calendars = calendars;
    this.clock = clock;
  }

  private static final DateTimeFormatter SHOWN =
      DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(Instants.VIETNAM);

  /** A recorded day as the page lists it, with its instants as shown. */
  record DayRow(RecordedDay day, String recorded, @Nullable String confirmed) {}

  /** Stored hours as the page lists them. */
  record HoursRow(StoredHours hours, String updated) {}

  private static String shown(Instant instant) {
    return SHOWN.format(instant);
  }

  /** The form of a recorded day, as typed. */
  record DayForm(
      @Nullable String date,
      @Nullable String kind,
      @Nullable String name,
      @Nullable String pairedDate,
      @Nullable String noticeNumber,
      @Nullable String noticeDate,
      @Nullable String confidence) {

    static DayForm empty() {
      return new DayForm(null, DayKind.HOLIDAY.name(), null, null, null, null, "HIGH");
    }
  }

  @GetMapping
  String year(@RequestParam(required = false) @Nullable Integer year, Model model) {
    int shown =
        year != null && CalendarRangeException.covers(year)
            ? year
            : LocalDate.ofInstant(clock.instant(), Instants.VIETNAM).getYear();
    return yearPage(shown, DayForm.empty(), null, model);
  }

  private String yearPage(int year, DayForm form, @Nullable String error, Model model) {
    List<RecordedDay> recorded = administration.recorded(year);
    List<CalendarDay> applying = calendars.days(year);
    model.addAttribute("grid", YearGrid.of(year, applying, recorded));
    model.addAttribute(
        "recorded",
        recorded.stream()
            .map(
                day ->
                    new DayRow(
                        day,
                        shown(day.recordedAt()),
                        day.confirmedAt() == null ? null : shown(day.confirmedAt())))
            .toList());
    model.addAttribute("followsNotices", NationalDays.followed(recorded));
    model.addAttribute("year", year);
    model.addAttribute("previousYear", Math.max(CalendarRangeException.FIRST_YEAR, year - 1));
    model.addAttribute("nextYear", Math.min(CalendarRangeException.LAST_YEAR, year + 1));
    model.addAttribute("form", form);
    model.addAttribute("kinds", DayKind.values());
    model.addAttribute("confidences", Confidence.values());
    model.addAttribute("weekdays", DayOfWeek.values());
    model.addAttribute("error", error);
    return "calendar/year";
  }

  @PostMapping("/days")
  String record(
      @ModelAttribute DayForm form,
      @AuthenticationPrincipal SignedInOfficer officer,
      HttpServletRequest request,
      Model model,
      RedirectAttributes redirect) {
    int fallbackYear = LocalDate.ofInstant(clock.instant(), Instants.VIETNAM).getYear();
    NewDay day;
    try {
      day = parse(form);
    } catch (FormException e) {
      return yearPage(yearOf(form.date(), fallbackYear), form, e.getMessage(), model);
    }
    try {
      administration.record(day, actor(officer, request));
    } catch (OptimisticLockingFailureException | DuplicateKeyException e) {
      return yearPage(day.day().date().getYear(), form, "calendar.error.stale", model);
    }
    redirect.addFlashAttribute("notice", "calendar.notice.recorded");
    return "redirect:/admin/calendar?year=" + day.day().date().getYear();
  }

  @PostMapping("/days/{date}/confirm")
  String confirm(
      @PathVariable LocalDate date,
      @RequestParam int version,
      @AuthenticationPrincipal SignedInOfficer officer,
      HttpServletRequest request,
      RedirectAttributes redirect) {
    return changeAndReturn(
        () -> administration.confirm(date, version, actor(officer, request)),
        "calendar.notice.confirmed",
        "/admin/calendar?year=" + date.getYear(),
        redirect);
  }

  @PostMapping("/days/{date}/remove")
  String remove(
      @PathVariable LocalDate date,
      @RequestParam int version,
      @AuthenticationPrincipal SignedInOfficer officer,
      HttpServletRequest request,
      RedirectAttributes redirect) {
    return changeAndReturn(
        () -> administration.remove(date, version, actor(officer, request)),
        "calendar.notice.removed",
        "/admin/calendar?year=" + date.getYear(),
        redirect);
  }

  /**
   * Makes a change and goes back to {@code page}, saying that it is done or that someone else
   * changed the same thing meanwhile.
   */
  private static String changeAndReturn(
      Runnable change, String notice, String page, RedirectAttributes redirect) {
    try {
      change.run();
      redirect.addFlashAttribute("notice", notice);
    } catch (OptimisticLockingFailureException | DuplicateKeyException e) {
      redirect.addFlashAttribute("failure", "calendar.error.stale");
    }
    return "redirect:" + page;
  }

  @GetMapping("/hours")
  String hours(@RequestParam(required = false) @Nullable String agency, Model model) {
    String key = agency == null || agency.isBlank() ? CalendarSet.NATIONAL : agency.strip();
    StoredHours stored = administration.hours(key).orElse(null);
    AgencyCalendars shown;
    try {
      shown = administration.inherited(key);
    } catch (UnknownAgencyException e) {
      return hoursPage(CalendarSet.NATIONAL, null, Map.of(), "calendar.error.agency", model);
    }
    Map<String, String> values = new HashMap<>();
    for (DayOfWeek day : DayOfWeek.values()) {
      values.put("office." + day, shown.deadlines().week().on(day).toString());
      values.put("reception." + day, shown.reception().week().on(day).toString());
    }
    return hoursPage(key, stored == null ? null : stored.version(), values, null, model);
  }

  private String hoursPage(
      String key,
      @Nullable Integer version,
      Map<String, String> values,
      @Nullable String error,
      Model model) {
    model.addAttribute(
        "calendars",
        administration.hours().stream()
            .map(hours -> new HoursRow(hours, shown(hours.updatedAt())))
            .toList());
    model.addAttribute("key", key);
    model.addAttribute("national", CalendarSet.NATIONAL.equals(key));
    model.addAttribute("nationalKey", CalendarSet.NATIONAL);
    model.addAttribute("version", version);
    model.addAttribute("values", values);
    model.addAttribute("weekdays", DayOfWeek.values());
    model.addAttribute("purposes", List.of("office", "reception"));
    model.addAttribute("error", error);
    return "calendar/hours";
  }

  @PostMapping("/hours")
  String saveHours(
      @RequestParam Map<String, String> form,
      @AuthenticationPrincipal SignedInOfficer officer,
      HttpServletRequest request,
      Model model,
      RedirectAttributes redirect) {
    String agency = form.getOrDefault("agency", "").strip();
    String key = agency.isEmpty() ? CalendarSet.NATIONAL : agency;
    String versionText = form.getOrDefault("version", "");
    Integer version = versionText.matches("\\d{1,9}") ? Integer.valueOf(versionText) : null;
    Map<DayOfWeek, DaySchedule> office = new EnumMap<>(DayOfWeek.class);
    Map<DayOfWeek, DaySchedule> reception = new EnumMap<>(DayOfWeek.class);
    try {
      for (DayOfWeek day : DayOfWeek.values()) {
        office.put(day, DaySchedule.parse(form.getOrDefault("office." + day, "")));
        reception.put(day, DaySchedule.parse(form.getOrDefault("reception." + day, "")));
      }
      administration.saveHours(
          key,
          WeekSchedule.of(office),
          WeekSchedule.of(reception),
          version,
          actor(officer, request));
    } catch (IllegalArgumentException e) {
      return hoursPage(key, version, form, "calendar.error.hours", model);
    } catch (UnknownAgencyException e) {
      return hoursPage(key, version, form, "calendar.error.agency", model);
    } catch (OptimisticLockingFailureException | DuplicateKeyException e) {
      return hoursPage(key, version, form, "calendar.error.stale", model);
    }
    redirect.addFlashAttribute("notice", "calendar.notice.hoursSaved");
    return "redirect:/admin/calendar/hours";
  }

  @PostMapping("/hours/remove")
  String removeHours(
      @RequestParam String agency,
      @RequestParam int version,
      @AuthenticationPrincipal SignedInOfficer officer,
      HttpServletRequest request,
      RedirectAttributes redirect) {
    return changeAndReturn(
        () -> administration.removeHours(agency, version, actor(officer, request)),
        "calendar.notice.hoursRemoved",
        "/admin/calendar/hours",
        redirect);
  }

  private static Actor actor(SignedInOfficer officer, HttpServletRequest request) {
    return new Actor(officer.getUsername(), request.getRemoteAddr());
  }

  private static int yearOf(@Nullable String date, int fallback) {
    try {
      int year = date == null ? fallback : LocalDate.parse(date).getYear();
      return CalendarRangeException.covers(year) ? year : fallback;
    } catch (DateTimeException e) {
      return fallback;
    }
  }

  /** Reads the day form; a {@link FormException} names the message of what is wrong. */
  private static NewDay parse(DayForm form) {
    LocalDate date = optionalDate(form.date(), "calendar.error.date");
    if (date == null || !CalendarRangeException.covers(date.getYear())) {
      throw new FormException("calendar.error.date");
    }
    String name = form.name() == null ? "" : form.name().strip();
    if (name.isEmpty() || name.length() > 300) {
      throw new FormException("calendar.error.name");
    }
    DayKind kind;
    Confidence confidence;
    try {
      kind = DayKind.valueOf(String.valueOf(form.kind()));
      confidence = Confidence.valueOf(String.valueOf(form.confidence()));
    } catch (IllegalArgumentException e) {
      throw new FormException("calendar.error.kind");
    }
    LocalDate paired = optionalDate(form.pairedDate(), "calendar.error.pairedDate");
    LocalDate noticeDate = optionalDate(form.noticeDate(), "calendar.error.noticeDate");
    String number = form.noticeNumber() == null ? "" : form.noticeNumber().strip();
    if (number.length() > 100) {
      throw new FormException("calendar.error.noticeNumber");
    }
    return new NewDay(
        new CalendarDay(date, kind, name, paired),
        number.isEmpty() ? null : number,
        noticeDate,
        confidence);
  }

  private static @Nullable LocalDate optionalDate(@Nullable String value, String problem) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(value.strip());
    } catch (DateTimeException e) {
      throw new FormException(problem);
    }
  }

  /** A form field that cannot be read; the message is a message key. */
  private static final class FormException extends RuntimeException {

    FormException(String messageKey) {
      super(messageKey, null, false, false);
    }
  }
}
