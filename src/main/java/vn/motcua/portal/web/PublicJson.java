package vn.motcua.portal.web;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.portal.domain.Masked;
import vn.motcua.portal.domain.PublicDossier;
import vn.motcua.portal.internal.Feedback;
import vn.motcua.shared.Instants;

/**
 * The JSON of the public lookup (a contract other tools rely on): the same facts as the page, the
 * texts in the language asked for. Instants are ISO-8601 at +07:00.
 */
@Component
class PublicJson {

  record Procedure(String code, String name) {}

  record Step(String kind, @Nullable String name, String text) {}

  record Supplement(
      @Nullable OffsetDateTime requestedAt, List<String> items, @Nullable String reason) {}

  record Apology(
      @Nullable OffsetDateTime previousDueAt,
      @Nullable OffsetDateTime newDueAt,
      @Nullable String reason) {}

  /**
   * @param rated whether the applicant has rated the service for this dossier (once, after the
   *     return)
   */
  record Result(
      boolean ready,
      @Nullable Boolean electronic,
      @Nullable OffsetDateTime returnedAt,
      PublicDossier.Place collectAt,
      boolean rated) {}

  record FeedbackItem(
      @Nullable OffsetDateTime receivedAt,
      String topic,
      String status,
      @Nullable OffsetDateTime answerDueAt,
      @Nullable String answer,
      @Nullable OffsetDateTime answeredAt) {}

  record Milestone(
      @Nullable OffsetDateTime at, String action, String title, @Nullable String step) {}

  record Dossier(
      String code,
      Procedure procedure,
      PublicDossier.Place receivingPoint,
      Masked applicant,
      int status,
      String statusName,
      String channel,
      @Nullable Step currentStep,
      @Nullable OffsetDateTime submittedAt,
      @Nullable OffsetDateTime receivedAt,
      @Nullable OffsetDateTime dueAt,
      @Nullable Supplement supplement,
      @Nullable Apology apology,
      @Nullable String endReason,
      Result result,
      List<Milestone> timeline,
      List<FeedbackItem> feedback) {}

  private final MessageSource messages;

  PublicJson(MessageSource messages) {
    this.messages = messages;
  }

  Dossier dossier(PublicDossier dossier, boolean rated, List<Feedback> feedback, Locale locale) {
    DossierStatus status = dossier.status();
    PublicDossier.Where where = dossier.where();
    return new Dossier(
        dossier.code(),
        new Procedure(dossier.procedureCode(), dossier.procedureName()),
        dossier.receivingPoint(),
        dossier.applicant(),
        status.code(),
        text("portal.plain." + status.name(), locale),
        dossier.channel().name(),
        where == null
            ? null
            : new Step(
                where.kind(),
                where.name(),
                messages.getMessage(
                    "portal.where." + where.kind(), new Object[] {where.name()}, locale)),
        Instants.inVietnam(dossier.submittedAt()),
        Instants.inVietnam(dossier.receivedAt()),
        Instants.inVietnam(dossier.dueAt()),
        dossier.supplement() == null
            ? null
            : new Supplement(
                Instants.inVietnam(dossier.supplement().requestedAt()),
                dossier.supplement().items(),
                dossier.supplement().reason()),
        dossier.apology() == null
            ? null
            : new Apology(
                Instants.inVietnam(dossier.apology().previousDueAt()),
                Instants.inVietnam(dossier.apology().newDueAt()),
                dossier.apology().reason()),
        dossier.endReason(),
        new Result(
            status == DossierStatus.SETTLED || status == DossierStatus.RETURNED,
            dossier.resultElectronic(),
            Instants.inVietnam(dossier.returnedAt()),
            dossier.receivingPoint(),
            rated),
        dossier.timeline().stream()
            .map(
                m ->
                    new Milestone(
                        Instants.inVietnam(m.at()),
                        m.action(),
                        text("portal.milestone." + m.action(), locale),
                        m.step()))
            .toList(),
        feedback.stream()
            .map(
                f ->
                    new FeedbackItem(
                        Instants.inVietnam(f.receivedAt()),
                        f.topic().name(),
                        f.status().name(),
                        Instants.inVietnam(f.dueAt()),
                        f.answer(),
                        Instants.inVietnam(f.answeredAt())))
            .toList());
  }

  private String text(String key, Locale locale) {
    return messages.getMessage(key, null, locale);
  }
}
