package vn.motcua.dossier.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import vn.motcua.shared.Instants;

/**
 * What an action records beside the dossier's state, as the dossier's columns and their values:
 * written by the action's own update of the dossier, not by a second one.
 */
public record Recorded(Map<String, Object> columns) {

  /** Nothing beside the state. */
  public static final Recorded NOTHING = new Recorded(Map.of());

  /** The result paper of RESULT_READY. */
  public static Recorded result(String number, LocalDate date, boolean electronic) {
    return new Recorded(
        Map.of("result_number", number, "result_date", date, "result_electronic", electronic));
  }

  /** The hand-over of RETURN_RESULT. */
  public static Recorded returned(Instant at, String method, String recipient) {
    return new Recorded(
        Map.of(
            "returned_at", Instants.toDb(at), "return_method", method, "returned_to", recipient));
  }
}
