package vn.motcua.calendar;

import java.time.LocalTime;
import org.jspecify.annotations.Nullable;

/**
 * Options of a deadline computation.
 *
 * @param cutoff the procedure's cut-off hour (e.g. 15:00): a dossier received after it starts
 *     counting at the next working day's opening; {@code null} for none
 */
public record DeadlineOptions(@Nullable LocalTime cutoff) {

  public static final DeadlineOptions NONE = new DeadlineOptions(null);

  public static DeadlineOptions cutoffAt(LocalTime cutoff) {
    return new DeadlineOptions(cutoff);
  }
}
