package vn.motcua.dossier;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A dossier handled before it was recorded here (the demo's year of history, say): how it was
 * handed in and, in order, what the officers did to it.
 *
 * @param intake the dossier as handed in, with the code of its settling agency
 * @param handedInAt when it was received at the counter or submitted online
 * @param receivedBy the user name of the reception officer who received it complete at the counter;
 *     {@code null} when the applicant submitted it online (a reception officer then accepts or
 *     refuses it, among the actions)
 * @param actions what was done after, oldest first
 */
public record PastDossier(
    Intake intake, Instant handedInAt, @Nullable String receivedBy, List<PastAction> actions) {

  public PastDossier {
    if (intake.agencyCode() == null) {
      throw new IllegalArgumentException("A past dossier names its settling agency");
    }
    actions = List.copyOf(actions);
  }

  /**
   * One action on a past dossier.
   *
   * @param officer the user name of the officer who performed it
   * @param request the action as the API asks for it; its version is not checked, the actions being
   *     applied in order
   */
  public record PastAction(Instant at, String officer, ActionRequest request) {}
}
