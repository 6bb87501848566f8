package vn.motcua.documents.internal;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import vn.motcua.calendar.Timeliness;
import vn.motcua.calendar.WorkingTime;
import vn.motcua.dossier.HistoryLine;

/**
 * The rows of the control slip: one per hand-over in the dossier's history, who gave it, who
 * received it, when, and whether the step handed over was finished early, on time or late against
 * its own due instant.
 */
final class ControlSlip {

  /**
   * A hand-over.
   *
   * @param timeliness {@code null} when the step handed over had no due instant (reception)
   */
  record Row(
      String at,
      String giver,
      String receiver,
      @Nullable Timeliness timeliness,
      @Nullable String note) {}

  /** Lines that hand the dossier on without leaving a step: reception and a returned transfer. */
  private static final Set<String> ARRIVALS = Set.of("RECEIVE", "ACCEPT", "CHILD_RETURNED");

  private ControlSlip() {}

  static List<Row> rows(List<HistoryLine> history, WorkingTime time, FormText text, Locale locale) {
    return history.stream()
        .filter(line -> line.leftStepKind() != null || ARRIVALS.contains(line.action()))
        .map(
            line ->
                new Row(
                    text.moment(line.at(), locale),
                    withStep(
                        line.leftStepHolder() != null ? line.leftStepHolder() : line.actorName(),
                        line.leftStepName()),
                    receiver(line, text, locale),
                    line.leftStepDueAt() == null
                        ? null
                        : time.byInstant(line.at(), line.leftStepDueAt()),
                    line.note()))
        .toList();
  }

  /**
   * The officer, queue or agency that received the dossier; the counter for a result waiting to be
   * returned; the person it was returned to.
   */
  private static String receiver(HistoryLine line, FormText text, Locale locale) {
    if (line.enteredStepHolder() != null) {
      return withStep(line.enteredStepHolder(), line.enteredStepName());
    }
    if (line.enteredStepName() != null) {
      return line.enteredStepName();
    }
    if ("RETURN".equals(line.enteredStepKind())) {
      return text.word("documents.counter", locale);
    }
    String recipient = line.details().get("recipient");
    return recipient == null ? "" : recipient;
  }

  private static String withStep(String holder, @Nullable String step) {
    return step == null ? holder : holder + " (" + step + ")";
  }
}
