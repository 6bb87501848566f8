package vn.motcua.reporting.internal;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.motcua.calendar.Lateness;
import vn.motcua.dossier.QueueRow;
import vn.motcua.organization.Agency;

/**
 * The dossiers of an agency (with those below it) that need a supervisor's eye now: those past
 * their due instant or their step's, and those due today and tomorrow.
 */
public record DueList(
    Agency agency,
    Instant at,
    List<Entry> overdue,
    List<Entry> dueToday,
    List<Entry> dueTomorrow,
    boolean truncated) {

  public DueList {
    overdue = List.copyOf(overdue);
    dueToday = List.copyOf(dueToday);
    dueTomorrow = List.copyOf(dueTomorrow);
  }

  /**
   * One dossier.
   *
   * @param due the due instant that matters: the dossier's when it has passed or comes first, else
   *     its step's
   * @param stepOnly only the current step is overdue, not the dossier
   * @param late how late in the agency's working time ({@link Lateness#NONE} when not yet due)
   */
  public record Entry(QueueRow dossier, Instant due, boolean stepOnly, Lateness late) {

    /** The officer holding the step, or {@code null} while it waits in the queue of its role. */
    public @Nullable String holder() {
      return dossier.assigneeName();
    }
  }
}
