package vn.motcua.dossier.web;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.motcua.calendar.WorkingTime;

/**
 * Working time as officers read it: "còn 1 ngày 3 giờ", "quá hạn 2 giờ", counted in working days
 * and hours of the agency's calendar, not in calendar time.
 */
@Component
class WorkingDurations {

  private final MessageSource messages;

  WorkingDurations(MessageSource messages) {
    this.messages = messages;
  }

  /** How much working time is left until {@code due}, or how late it is. */
  String remaining(@Nullable Instant due, Instant now, WorkingTime time, Locale locale) {
    if (due == null) {
      return "";
    }
    return now.isBefore(due)
        ? messages.getMessage(
            "dossier.time.left",
            new Object[] {amount(time.elapsed(now, due), time, locale)},
            locale)
        : messages.getMessage(
            "dossier.time.overdue",
            new Object[] {amount(time.elapsed(due, now), time, locale)},
            locale);
  }

  /**
   * "1 ngày 3 giờ", "45 phút": a working duration in the calendar's working days, hours and
   * minutes.
   */
  String amount(Duration working, WorkingTime time, Locale locale) {
    long dayMinutes = Math.max(1, time.workingDay().toMinutes());
    long minutes = working.toMinutes();
    long days = minutes / dayMinutes;
    long hours = (minutes % dayMinutes) / 60;
    long rest = minutes % 60;
    StringBuilder text = new StringBuilder();
    if (days > 0) {
      text.append(messages.getMessage("dossier.time.days", new Object[] {days}, locale));
    }
    if (hours > 0) {
      text.append(text.isEmpty() ? "" : " ")
          .append(messages.getMessage("dossier.time.hours", new Object[] {hours}, locale));
    }
    if (days == 0 && (rest > 0 || hours == 0)) {
      text.append(text.isEmpty() ? "" : " ")
          .append(messages.getMessage("dossier.time.minutes", new Object[] {rest}, locale));
    }
    return text.toString();
  }

  /** Whether {@code due} has passed. */
  static boolean overdue(@Nullable Instant due, Instant now) {
    return due != null && !now.isBefore(due);
  }
}
