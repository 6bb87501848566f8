package vn.motcua.calendar.domain;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import vn.motcua.calendar.CalendarDay;

/**
 * A day recorded from a yearly official notice (or from the shipped seed of official days off),
 * with where it comes from and how sure we are of it.
 *
 * @param noticeNumber the notice's number, e.g. {@code 2450/VPCP-KGVX}
 * @param source where the entry comes from, when it is not simply the notice
 * @param confirmedAt when an administrator confirmed the entry; a low-confidence entry applies only
 *     once confirmed
 */
public record RecordedDay(
    CalendarDay day,
    @Nullable String noticeNumber,
    @Nullable LocalDate noticeDate,
    @Nullable String source,
    Confidence confidence,
    @Nullable Instant confirmedAt,
    @Nullable String confirmedBy,
    Instant recordedAt,
    String recordedBy,
    int version) {

  /** Whether the day counts: medium-confidence entries until removed, low ones once confirmed. */
  public boolean applies() {
    return confidence != Confidence.LOW || confirmedAt != null;
  }

  public LocalDate date() {
    return day.date();
  }
}
