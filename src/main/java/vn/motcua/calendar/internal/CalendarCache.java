package vn.motcua.calendar.internal;

import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;
import vn.motcua.calendar.CalendarInheritance;
import vn.motcua.calendar.UnknownAgencyException;
import vn.motcua.calendar.domain.CalendarSet;
import vn.motcua.calendar.domain.CalendarSet.AgencyCalendars;

/**
 * This node's copy of the calendars, precomputed, so that resolving an agency's calendar costs a
 * map lookup. Nodes share nothing but the database: every change to the calendar data increments a
 * revision number there, and a node asks for that number at most once per {@link
 * CalendarProperties#revisionCheck()} (on the first call after the interval, by one thread, while
 * the others go on with the copy they have) and reloads everything when it changed. A change on
 * another node therefore reaches this one within that interval; a change on this node reaches it at
 * once ({@link #changed()} after the commit).
 *
 * <p>Which calendar an agency inherits comes from the organization module's {@link
 * CalendarInheritance} and is kept for {@link CalendarProperties#inheritanceCache()}.
 */
@Component
public class CalendarCache {

  private static final Logger log = LoggerFactory.getLogger(CalendarCache.class);

  private final CalendarRepository repository;
  private final CalendarInheritance inheritance;
  private final long checkNanos;
  private final long inheritanceNanos;
  private final ReentrantLock loading = new ReentrantLock();

  private volatile @Nullable Loaded loaded;
  private volatile long nextCheck;

  CalendarCache(
      CalendarRepository repository,
      CalendarInheritance inheritance,
      CalendarProperties properties) {
    this.repository = repository;
    this.inheritance = inheritance;
    this.checkNanos = properties.revisionCheck().toNanos();
    this.inheritanceNanos = properties.inheritanceCache().toNanos();
  }

  /** The calendars at the latest revision this node knows. */
  public CalendarSet current() {
    return state().set();
  }

  /**
   * The calendars an agency inherits.
   *
   * @throws UnknownAgencyException when no agency has this code
   */
  public AgencyCalendars forAgency(String agencyCode) {
    Loaded state = state();
    long now = System.nanoTime();
    Inherited inherited = state.inherited().get(agencyCode);
    if (inherited == null || now - inherited.expires() > 0) {
      List<String> lineage = inheritance.lineage(agencyCode);
      if (lineage.isEmpty()) {
        throw new UnknownAgencyException(agencyCode);
      }
      inherited = new Inherited(state.set().inherited(lineage), now + inheritanceNanos);
      state.inherited().put(agencyCode, inherited);
    }
    return inherited.calendars();
  }

  /** Whether an agency with this code exists (asked of the organization module every time). */
  public boolean agencyExists(String agencyCode) {
    return !inheritance.lineage(agencyCode).isEmpty();
  }

  /** Makes the next call check the revision: called after this node committed a change. */
  public void changed() {
    nextCheck = System.nanoTime();
  }

  private Loaded state() {
    Loaded current = loaded;
    if (current != null && System.nanoTime() - nextCheck < 0) {
      return current;
    }
    if (current == null) {
      loading.lock();
    } else if (!loading.tryLock()) {
      return current;
    }
    try {
      current = loaded;
      if (current != null && System.nanoTime() - nextCheck < 0) {
        return current;
      }
      long revision = repository.revision();
      if (current == null || current.set().revision() != revision) {
        List<CalendarSet.CalendarHours> hours =
            repository.hours().stream().map(StoredHours::hours).toList();
        current =
            new Loaded(
                new CalendarSet(revision, hours, repository.days()), new ConcurrentHashMap<>());
        loaded = current;
      }
      nextCheck = System.nanoTime() + checkNanos;
      return current;
    } catch (DataAccessException e) {
      if (current == null) {
        throw e;
      }
      log.warn(
          "Could not check the calendar revision; going on with revision {}",
          current.set().revision(),
          e);
      nextCheck = System.nanoTime() + checkNanos;
      return current;
    } finally {
      loading.unlock();
    }
  }

  private record Loaded(CalendarSet set, ConcurrentHashMap<String, Inherited> inherited) {}

  private record Inherited(AgencyCalendars calendars, long expires) {}
}
