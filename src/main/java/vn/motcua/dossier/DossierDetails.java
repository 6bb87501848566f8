package vn.motcua.dossier;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.motcua.calendar.TimeLimit;
import vn.motcua.calendar.Timeliness;
import vn.motcua.catalog.Channel;

/** Everything about a dossier, for its page, its API answer, its forms and the public lookup. */
public record DossierDetails(
    long id,
    String code,
    String lookupPin,
    DossierStatus status,
    int version,
    String procedureCode,
    String procedureName,
    String fieldCode,
    long agencyId,
    String agencyCode,
    long receivingAgencyId,
    Channel channel,
    Applicant applicant,
    @Nullable Representative representative,
    int sets,
    @Nullable String note,
    @Nullable TimeLimit limit,
    @Nullable Instant receivedAt,
    @Nullable Instant dueAt,
    @Nullable Instant originalDueAt,
    @Nullable Instant pausedAt,
    int supplementRequests,
    int apologies,
    @Nullable CurrentStep step,
    @Nullable String refusalProposal,
    @Nullable Instant finishedAt,
    @Nullable Timeliness timeliness,
    @Nullable String resultNumber,
    @Nullable LocalDate resultDate,
    @Nullable Boolean resultElectronic,
    @Nullable Instant returnedAt,
    @Nullable ReturnMethod returnMethod,
    @Nullable String returnedTo,
    @Nullable Long feeAmount,
    @Nullable FeeStatus feeStatus,
    @Nullable Long parentId,
    @Nullable String parentCode,
    List<Linked> children,
    Instant createdAt) {

  public DossierDetails {
    children = List.copyOf(children);
  }

  public DossierDetails withChildren(List<Linked> linked) {
    return new DossierDetails(
        id,
        code,
        lookupPin,
        status,
        version,
        procedureCode,
        procedureName,
        fieldCode,
        agencyId,
        agencyCode,
        receivingAgencyId,
        channel,
        applicant,
        representative,
        sets,
        note,
        limit,
        receivedAt,
        dueAt,
        originalDueAt,
        pausedAt,
        supplementRequests,
        apologies,
        step,
        refusalProposal,
        finishedAt,
        timeliness,
        resultNumber,
        resultDate,
        resultElectronic,
        returnedAt,
        returnMethod,
        returnedTo,
        feeAmount,
        feeStatus,
        parentId,
        parentCode,
        linked,
        createdAt);
  }

  /** The facts its events carry, for read models that count something else about it. */
  public DossierFacts facts() {
    return new DossierFacts(
        id,
        code,
        agencyId,
        receivingAgencyId,
        parentId,
        procedureCode,
        fieldCode,
        channel,
        status,
        receivedAt,
        dueAt,
        finishedAt,
        timeliness,
        supplementRequests,
        step == null ? null : step.assigneeId());
  }

  /** Whether the officer's action may still change it. */
  public boolean open() {
    return !status.terminal();
  }

  /** A dossier linked to this one (the children of an inter-agency transfer), with its status. */
  public record Linked(String code, long agencyId, DossierStatus status) {}
}
