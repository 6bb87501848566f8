package vn.motcua.dossier.web;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import vn.motcua.dossier.ActionName;
import vn.motcua.dossier.Applicant;
import vn.motcua.dossier.Component;
import vn.motcua.dossier.CurrentStep;
import vn.motcua.dossier.DossierDetails;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.dossier.HistoryLine;
import vn.motcua.dossier.QueueRow;
import vn.motcua.dossier.Representative;
import vn.motcua.dossier.StoredFile;
import vn.motcua.shared.Instants;

/**
 * The JSON shapes of the dossier API (a contract other tools rely on). Instants are ISO-8601 at
 * +07:00.
 */
final class DossierJson {

  private DossierJson() {}

  record Created(
      long id,
      String code,
      int status,
      String statusName,
      @Nullable OffsetDateTime dueAt,
      int version,
      String lookupPin) {}

  record Step(
      String kind,
      @Nullable String name,
      String role,
      @Nullable String holder,
      @Nullable OffsetDateTime startedAt,
      @Nullable OffsetDateTime dueAt) {}

  record History(
      OffsetDateTime at,
      String action,
      String actor,
      @Nullable Integer fromStatus,
      int toStatus,
      @Nullable String step,
      @Nullable OffsetDateTime stepDueAt,
      @Nullable String nextStep,
      @Nullable String nextHolder,
      @Nullable String note,
      Map<String, String> details) {}

  record Result(@Nullable String number, @Nullable LocalDate date, @Nullable Boolean electronic) {}

  record Returned(@Nullable OffsetDateTime at, @Nullable String method, @Nullable String to) {}

  record Linked(String code, int status) {}

  record Dossier(
      String code,
      int status,
      String statusName,
      int version,
      String procedureCode,
      String procedureName,
      String field,
      String agencyCode,
      String channel,
      Applicant applicant,
      @Nullable Representative representative,
      int sets,
      @Nullable OffsetDateTime receivedAt,
      @Nullable OffsetDateTime dueAt,
      @Nullable OffsetDateTime originalDueAt,
      boolean paused,
      int supplementRequests,
      int apologies,
      @Nullable Step currentStep,
      @Nullable String timeliness,
      @Nullable Result result,
      @Nullable Returned returned,
      @Nullable String parent,
      List<Linked> children,
      List<Component> components,
      List<StoredFile> files,
      List<History> history,
      List<ActionName> availableActions) {}

  /** The answer to an action: the dossier's new state and what the officer may do next. */
  record Acted(
      String code,
      int status,
      String statusName,
      int version,
      @Nullable OffsetDateTime dueAt,
      @Nullable Step currentStep,
      List<ActionName> availableActions,
      @Nullable String childCode) {}

  static Acted acted(vn.motcua.dossier.Performed p, MessageSource messages, Locale locale) {
    return new Acted(
        p.code(),
        p.status().code(),
        statusName(p.status(), messages, locale),
        p.version(),
        Instants.inVietnam(p.dueAt()),
        step(p.step()),
        p.availableActions(),
        p.childCode());
  }

  record Row(
      String code,
      int status,
      String statusName,
      String procedureName,
      String applicantName,
      @Nullable String step,
      @Nullable String holder,
      @Nullable OffsetDateTime stepDueAt,
      @Nullable OffsetDateTime dueAt) {}

  static String statusName(DossierStatus status, MessageSource messages, Locale locale) {
    return messages.getMessage("dossier.status." + status.name(), null, locale);
  }

  static Dossier of(
      DossierDetails d,
      List<Component> components,
      List<StoredFile> files,
      List<HistoryLine> history,
      List<ActionName> actions,
      MessageSource messages,
      Locale locale) {
    CurrentStep step = d.step();
    return new Dossier(
        d.code(),
        d.status().code(),
        statusName(d.status(), messages, locale),
        d.version(),
        d.procedureCode(),
        d.procedureName(),
        d.fieldCode(),
        d.agencyCode(),
        d.channel().name(),
        d.applicant(),
        d.representative(),
        d.sets(),
        Instants.inVietnam(d.receivedAt()),
        Instants.inVietnam(d.dueAt()),
        Instants.inVietnam(d.originalDueAt()),
        d.pausedAt() != null,
        d.supplementRequests(),
        d.apologies(),
        step(step),
        d.timeliness() == null ? null : d.timeliness().name(),
        d.resultNumber() == null
            ? null
            : new Result(d.resultNumber(), d.resultDate(), d.resultElectronic()),
        d.returnedAt() == null
            ? null
            : new Returned(
                Instants.inVietnam(d.returnedAt()),
                d.returnMethod() == null ? null : d.returnMethod().name(),
                d.returnedTo()),
        d.parentCode(),
        d.children().stream().map(c -> new Linked(c.code(), c.status().code())).toList(),
        components,
        files,
        history.stream().map(DossierJson::history).toList(),
        actions);
  }

  static Row row(QueueRow row, MessageSource messages, Locale locale) {
    return new Row(
        row.code(),
        row.status().code(),
        statusName(row.status(), messages, locale),
        row.procedureName(),
        row.applicantName(),
        row.stepName() != null ? row.stepName() : row.stepKind(),
        row.assigneeName(),
        Instants.inVietnam(row.stepDueAt()),
        Instants.inVietnam(row.dueAt()));
  }

  private static @Nullable Step step(@Nullable CurrentStep step) {
    return step == null
        ? null
        : new Step(
            step.kind(),
            step.name(),
            step.role().name(),
            step.assigneeName(),
            Instants.inVietnam(step.startedAt()),
            Instants.inVietnam(step.dueAt()));
  }

  private static History history(HistoryLine line) {
    return new History(
        Instants.inVietnam(line.at()),
        line.action(),
        line.actorName(),
        line.fromStatus() == null ? null : line.fromStatus().code(),
        line.toStatus().code(),
        line.leftStepName(),
        Instants.inVietnam(line.leftStepDueAt()),
        line.enteredStepName(),
        line.enteredStepHolder(),
        line.note(),
        line.details());
  }
}
