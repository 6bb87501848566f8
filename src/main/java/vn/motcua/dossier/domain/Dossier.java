package vn.motcua.dossier.domain;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import vn.motcua.calendar.Timeliness;
import vn.motcua.catalog.Channel;
import vn.motcua.dossier.DossierStatus;

/**
 * A dossier's state as the rules see it. Immutable: a {@link Transition} carries the state after an
 * action.
 *
 * @param agencyId the settling agency
 * @param receivingAgencyId where the dossier was received and where its result is returned
 * @param receivedAt when it was accepted; {@code null} before acceptance
 * @param dueAt the appointment: the due instant of the whole dossier, extended by pauses and
 *     apologies
 * @param originalDueAt the due instant computed at acceptance
 * @param pausedAt when the clock stopped (supplement requested, financial obligation); {@code null}
 *     while it runs
 * @param supplementRequestedBy who asked for the pending supplement, to give the dossier back to
 * @param refusalProposal the reasons of a specialist's proposal to refuse, pending the leader's
 *     decision
 * @param finishedAt when processing ended (result ready), for early / on time / late
 */
public record Dossier(
    long id,
    String code,
    long agencyId,
    long receivingAgencyId,
    @Nullable Long parentId,
    String procedureCode,
    String fieldCode,
    Channel channel,
    DossierStatus status,
    @Nullable Instant receivedAt,
    @Nullable Instant dueAt,
    @Nullable Instant originalDueAt,
    @Nullable Instant pausedAt,
    int supplementRequests,
    int apologies,
    @Nullable Step step,
    @Nullable Long supplementRequestedBy,
    @Nullable String refusalProposal,
    @Nullable Instant finishedAt,
    @Nullable Timeliness timeliness,
    long processVersionId,
    int version) {

  public boolean accepted() {
    return receivedAt != null;
  }

  /** The same state as stored under a new id (a freshly inserted dossier). */
  public Dossier stored(long newId) {
    return identified(newId, 0);
  }

  /** The same state one version later, as the optimistic update leaves it. */
  public Dossier nextVersion() {
    return identified(id, version + 1);
  }

  private Dossier identified(long newId, int newVersion) {
    return new Dossier(
        newId,
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
        originalDueAt,
        pausedAt,
        supplementRequests,
        apologies,
        step,
        supplementRequestedBy,
        refusalProposal,
        finishedAt,
        timeliness,
        processVersionId,
        newVersion);
  }

  public Builder toBuilder() {
    return new Builder(this);
  }

  /** A copy with some fields changed; the rules build the state after an action with it. */
  public static final class Builder {
    private final Dossier from;
    private DossierStatus status;
    private @Nullable Instant receivedAt;
    private @Nullable Instant dueAt;
    private @Nullable Instant originalDueAt;
    private @Nullable Instant pausedAt;
    private int supplementRequests;
    private int apologies;
    private @Nullable Step step;
    private @Nullable Long supplementRequestedBy;
    private @Nullable String refusalProposal;
    private @Nullable Instant finishedAt;
    private @Nullable Timeliness timeliness;

    private Builder(Dossier from) {
      this.from = from;
      this.status = from.status;
      this.receivedAt = from.receivedAt;
      this.dueAt = from.dueAt;
      this.originalDueAt = from.originalDueAt;
      this.pausedAt = from.pausedAt;
      this.supplementRequests = from.supplementRequests;
      this.apologies = from.apologies;
      this.step = from.step;
      this.supplementRequestedBy = from.supplementRequestedBy;
      this.refusalProposal = from.refusalProposal;
      this.finishedAt = from.finishedAt;
      this.timeliness = from.timeliness;
    }

    public Builder status(DossierStatus value) {
      status = value;
      return this;
    }

    public Builder receivedAt(@Nullable Instant value) {
      receivedAt = value;
      return this;
    }

    public Builder dueAt(@Nullable Instant value) {
      dueAt = value;
      return this;
    }

    public Builder originalDueAt(@Nullable Instant value) {
      originalDueAt = value;
      return this;
    }

    public Builder pausedAt(@Nullable Instant value) {
      pausedAt = value;
      return this;
    }

    public Builder supplementRequests(int value) {
      supplementRequests = value;
      return this;
    }

    public Builder apologies(int value) {
      apologies = value;
      return this;
    }

    public Builder step(@Nullable Step value) {
      step = value;
      return this;
    }

    public Builder supplementRequestedBy(@Nullable Long value) {
      supplementRequestedBy = value;
      return this;
    }

    public Builder refusalProposal(@Nullable String value) {
      refusalProposal = value;
      return this;
    }

    public Builder finished(Instant at, Timeliness value) {
      finishedAt = at;
      timeliness = value;
      return this;
    }

    public Dossier build() {
      return new Dossier(
          from.id,
          from.code,
          from.agencyId,
          from.receivingAgencyId,
          from.parentId,
          from.procedureCode,
          from.fieldCode,
          from.channel,
          status,
          receivedAt,
          dueAt,
          originalDueAt,
          pausedAt,
          supplementRequests,
          apologies,
          step,
          supplementRequestedBy,
          refusalProposal,
          finishedAt,
          timeliness,
          from.processVersionId,
          from.version);
    }
  }
}
