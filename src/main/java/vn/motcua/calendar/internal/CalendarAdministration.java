package vn.motcua.calendar.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import vn.motcua.audit.AuditTrail;
import vn.motcua.calendar.CalendarDay;
import vn.motcua.calendar.UnknownAgencyException;
import vn.motcua.calendar.domain.CalendarSet;
import vn.motcua.calendar.domain.CalendarSet.AgencyCalendars;
import vn.motcua.calendar.domain.Confidence;
import vn.motcua.calendar.domain.NationalDays;
import vn.motcua.calendar.domain.RecordedDay;
import vn.motcua.calendar.domain.StatutoryHolidays;
import vn.motcua.calendar.domain.WeekSchedule;

/**
 * What an administrator changes in the calendar: the days of the yearly official notices and the
 * hours of agencies. Each change is one transaction that also increments the calendar revision (so
 * that every node reloads) and records who did what in the audit trail.
 *
 * <p>A year without recorded days that apply follows the computed holidays; the first day recorded
 * for it (or confirmed in it) first copies the computed holidays into it as medium-confidence days,
 * so that the year keeps them and the administrator corrects them rather than losing them.
 */
@Service
class CalendarAdministration {

  static final String COMPUTED_SOURCE = "Tính theo Bộ luật Lao động 2019, Điều 112";

  private final CalendarRepository repository;
  private final CalendarCache cache;
  private final AuditTrail audit;
  private final Clock clock;

  CalendarAdministration(
      CalendarRepository repository, CalendarCache cache, AuditTrail audit, Clock clock) {
    this.repository = repository;
    this.cache = cache;
    this.audit = audit;
    this.clock = clock;
  }

  /** Who changes the calendar, and from where. */
  record Actor(String username, @Nullable String address) {}

  /** What an administrator records for a date; it replaces what was recorded for that date. */
  record NewDay(
      CalendarDay day,
      @Nullable String noticeNumber,
      @Nullable LocalDate noticeDate,
      Confidence confidence) {}

  /** The days recorded for a year, applying or not, by date. */
  List<RecordedDay> recorded(int year) {
    return repository.days(year);
  }

  /** The stored hours: the national default and the agencies with hours of their own. */
  List<StoredHours> hours() {
    return repository.hours();
  }

  Optional<StoredHours> hours(String key) {
    return repository.hours(key);
  }

  /**
   * The calendars the national default ({@link CalendarSet#NATIONAL}) or an agency has now, its own
   * or inherited.
   *
   * @throws UnknownAgencyException when no agency has this code
   */
  AgencyCalendars inherited(String key) {
    return CalendarSet.NATIONAL.equals(key) ? cache.current().national() : cache.forAgency(key);
  }

  @Transactional
  public void record(NewDay entry, Actor actor) {
    Instant now = clock.instant();
    LocalDate date = entry.day().date();
    RecordedDay day =
        new RecordedDay(
            entry.day(),
            entry.noticeNumber(),
            entry.noticeDate(),
            null,
            entry.confidence(),
            null,
            null,
            now,
            actor.username(),
            0);
    List<RecordedDay> year = repository.days(date.getYear());
    for (RecordedDay existing : year) {
      if (existing.date().equals(date)) {
        deleteDay(existing);
        change(actor, "CALENDAR_DAY_REPLACED", date, describe(existing));
      }
    }
    if (day.applies()) {
      followNotices(date, year, actor, now);
    }
    repository.insertDay(day);
    change(actor, "CALENDAR_DAY_RECORDED", date, describe(day));
  }

  @Transactional
  public void remove(LocalDate date, int version, Actor actor) {
    RecordedDay day = repository.day(date).orElseThrow(() -> stale(date));
    if (day.version() != version) {
      throw stale(date);
    }
    deleteDay(day);
    change(actor, "CALENDAR_DAY_REMOVED", date, describe(day));
  }

  @Transactional
  public void confirm(LocalDate date, int version, Actor actor) {
    Instant now = clock.instant();
    RecordedDay day = repository.day(date).orElseThrow(() -> stale(date));
    followNotices(date, repository.days(date.getYear()), actor, now);
    if (repository.confirmDay(date, version, now, actor.username()) != 1) {
      throw stale(date);
    }
    change(actor, "CALENDAR_DAY_CONFIRMED", date, describe(day));
  }

  /**
   * Sets the office and reception hours of the national default ({@link CalendarSet#NATIONAL}) or
   * of an agency.
   *
   * @param version the version the administrator edited, {@code null} for new hours
   */
  @Transactional
  public void saveHours(
      String key,
      WeekSchedule office,
      WeekSchedule reception,
      @Nullable Integer version,
      Actor actor) {
    if (!CalendarSet.NATIONAL.equals(key) && !cache.agencyExists(key)) {
      throw new UnknownAgencyException(key);
    }
    Instant now = clock.instant();
    if (version == null) {
      if (repository.hours(key).isPresent()) {
        throw new OptimisticLockingFailureException("Hours of " + key + " exist already");
      }
      repository.insertHours(key, office, reception, now, actor.username());
    } else if (repository.updateHours(key, office, reception, now, actor.username(), version)
        != 1) {
      throw new OptimisticLockingFailureException("Hours of " + key + " changed meanwhile");
    }
    change(actor, "CALENDAR_HOURS_SAVED", key, "office " + office + "; reception " + reception);
  }

  /** Removes an agency's own hours: it inherits again. The national default stays. */
  @Transactional
  public void removeHours(String key, int version, Actor actor) {
    if (CalendarSet.NATIONAL.equals(key) || repository.deleteHours(key, version) != 1) {
      throw new OptimisticLockingFailureException("Hours of " + key + " changed meanwhile");
    }
    change(actor, "CALENDAR_HOURS_REMOVED", key, null);
  }

  /**
   * Copies the computed holidays into a year that does not follow recorded days yet, leaving out
   * the dates that have a recorded day or are about to get one.
   */
  private void followNotices(LocalDate date, List<RecordedDay> recorded, Actor actor, Instant now) {
    if (NationalDays.followed(recorded)) {
      return;
    }
    Set<LocalDate> taken = recorded.stream().map(RecordedDay::date).collect(Collectors.toSet());
    taken.add(date);
    List<CalendarDay> computed =
        StatutoryHolidays.of(date.getYear()).stream()
            .filter(day -> !taken.contains(day.date()))
            .toList();
    for (CalendarDay day : computed) {
      repository.insertDay(
          new RecordedDay(
              day,
              null,
              null,
              COMPUTED_SOURCE,
              Confidence.MEDIUM,
              null,
              null,
              now,
              actor.username(),
              0));
    }
    change(
        actor,
        "CALENDAR_YEAR_FROM_RULES",
        date.getYear(),
        computed.size() + " computed days recorded with medium confidence");
  }

  private void deleteDay(RecordedDay day) {
    if (repository.deleteDay(day.date(), day.version()) != 1) {
      throw stale(day.date());
    }
  }

  private void change(Actor actor, String action, Object subject, @Nullable String detail) {
    repository.bumpRevision();
    audit.record(actor.username(), actor.address(), action, subject.toString(), detail);
    TransactionSynchronizationManager.registerSynchronization(
        new TransactionSynchronization() {
          @Override
          public void afterCommit() {
            cache.changed();
          }
        });
  }

  private static String describe(RecordedDay day) {
    StringBuilder text =
        new StringBuilder(day.day().kind().name()).append(' ').append(day.day().name());
    if (day.day().pairedDate() != null) {
      text.append("; paired with ").append(day.day().pairedDate());
    }
    if (day.noticeNumber() != null) {
      text.append("; notice ").append(day.noticeNumber());
    }
    if (day.noticeDate() != null) {
      text.append(" of ").append(day.noticeDate());
    }
    return text.append("; confidence ").append(day.confidence()).toString();
  }

  private static OptimisticLockingFailureException stale(LocalDate date) {
    return new OptimisticLockingFailureException("The day " + date + " changed meanwhile");
  }
}
