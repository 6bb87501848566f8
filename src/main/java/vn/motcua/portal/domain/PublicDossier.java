package vn.motcua.portal.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import vn.motcua.catalog.Channel;
import vn.motcua.dossier.CurrentStep;
import vn.motcua.dossier.DossierDetails;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.dossier.HistoryLine;

/**
 * What the public lookup tells whoever holds a dossier's code and PIN: where the dossier is, what
 * happened to it and when, what the applicant has to do, and where to collect the result. Officers'
 * working notes stay inside; only what is addressed to the applicant (the supplement request, the
 * reasons of a refusal or an apology) comes out.
 *
 * @param receivingPoint where the dossier was received and where the result is collected
 * @param where the current step; {@code null} once the dossier is finished
 * @param supplement what the applicant must add, while a supplement request is open
 * @param apology the latest apology with its new date, if one was issued
 * @param endReason why a refused, withdrawn or stopped dossier ended
 */
public record PublicDossier(
    String code,
    String procedureCode,
    String procedureName,
    Place receivingPoint,
    Masked applicant,
    DossierStatus status,
    Channel channel,
    @Nullable Where where,
    Instant submittedAt,
    @Nullable Instant receivedAt,
    @Nullable Instant dueAt,
    @Nullable SupplementNeeded supplement,
    @Nullable Apology apology,
    @Nullable String endReason,
    @Nullable Boolean resultElectronic,
    @Nullable Instant returnedAt,
    List<Milestone> timeline) {

  /** The actions a citizen sees in the timeline; taking, assigning and proposals are internal. */
  static final Set<String> PUBLIC_ACTIONS =
      Set.of(
          "SUBMIT",
          "RECEIVE",
          "ACCEPT",
          "FORWARD",
          "APPROVE",
          "SEND_BACK",
          "REQUEST_SUPPLEMENT",
          "SUPPLEMENT_RECEIVED",
          "PAUSE",
          "RESUME",
          "TRANSFER",
          "CHILD_RETURNED",
          "REFUSE",
          "APOLOGIZE",
          "RESULT_READY",
          "RETURN_RESULT",
          "WITHDRAW",
          "STOP");

  public PublicDossier {
    timeline = List.copyOf(timeline);
  }

  /** An agency's counter: name, address and phone. */
  public record Place(String name, @Nullable String address, @Nullable String phone) {}

  /**
   * The current step.
   *
   * @param kind RECEPTION, PROCESS, OTHER_AGENCY or RETURN (see {@link CurrentStep})
   * @param name the process step's name, or the other agency's
   */
  public record Where(String kind, @Nullable String name) {}

  public record SupplementNeeded(Instant requestedAt, List<String> items, @Nullable String reason) {

    public SupplementNeeded {
      items = List.copyOf(items);
    }
  }

  public record Apology(Instant previousDueAt, Instant newDueAt, @Nullable String reason) {}

  /**
   * One step of the timeline.
   *
   * @param action the history's action name (SUBMIT, RECEIVE, FORWARD, …)
   * @param step the step or agency the dossier went to, if it moved
   */
  public record Milestone(Instant at, String action, @Nullable String step) {}

  /** The public view of a dossier from its details and history (oldest first). */
  public static PublicDossier of(DossierDetails dossier, List<HistoryLine> history, Place point) {
    CurrentStep step = dossier.step();
    return new PublicDossier(
        dossier.code(),
        dossier.procedureCode(),
        dossier.procedureName(),
        point,
        Masked.of(
            dossier.applicant().name(),
            dossier.applicant().idNumber(),
            dossier.applicant().phone()),
        dossier.status(),
        dossier.channel(),
        step == null || dossier.status().terminal()
            ? null
            : new Where(
                step.kind(),
                "OTHER_AGENCY".equals(step.kind()) ? step.assigneeName() : step.name()),
        dossier.createdAt(),
        dossier.receivedAt(),
        dossier.dueAt(),
        dossier.status() == DossierStatus.SUPPLEMENT_REQUESTED ? supplement(history) : null,
        dossier.apologies() > 0 ? apology(history) : null,
        endReason(dossier.status(), history),
        dossier.resultElectronic(),
        dossier.returnedAt(),
        timeline(history));
  }

  private static @Nullable SupplementNeeded supplement(List<HistoryLine> history) {
    return last(history, "REQUEST_SUPPLEMENT")
        .map(
            line ->
                new SupplementNeeded(
                    line.at(),
                    Arrays.stream(line.details().getOrDefault("items", "").split("\n"))
                        .map(String::strip)
                        .filter(item -> !item.isEmpty())
                        .toList(),
                    line.note()))
        .orElse(null);
  }

  private static @Nullable Apology apology(List<HistoryLine> history) {
    return last(history, "APOLOGIZE")
        .filter(line -> line.details().containsKey("newDueAt"))
        .map(
            line ->
                new Apology(
                    Instant.parse(line.details().get("previousDueAt")),
                    Instant.parse(line.details().get("newDueAt")),
                    line.note()))
        .orElse(null);
  }

  private static @Nullable String endReason(DossierStatus status, List<HistoryLine> history) {
    String action =
        switch (status) {
          case REFUSED -> "REFUSE";
          case WITHDRAWN -> "WITHDRAW";
          case STOPPED -> "STOP";
          default -> null;
        };
    return action == null ? null : last(history, action).map(HistoryLine::note).orElse(null);
  }

  private static List<Milestone> timeline(List<HistoryLine> history) {
    List<Milestone> milestones = new ArrayList<>();
    for (HistoryLine line : history) {
      if (PUBLIC_ACTIONS.contains(line.action())) {
        milestones.add(new Milestone(line.at(), line.action(), stepOf(line)));
      }
    }
    return milestones;
  }

  private static @Nullable String stepOf(HistoryLine line) {
    Map<String, String> details = line.details();
    if (details.containsKey("agency")) {
      return details.get("agency");
    }
    return "OTHER_AGENCY".equals(line.enteredStepKind())
        ? line.enteredStepHolder()
        : line.enteredStepName();
  }

  private static Optional<HistoryLine> last(List<HistoryLine> history, String action) {
    return history.reversed().stream().filter(line -> action.equals(line.action())).findFirst();
  }
}
