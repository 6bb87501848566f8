package vn.motcua.portal.internal;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import vn.motcua.portal.FeedbackTopic;

/** A citizen's feedback about a dossier, and its answer once given. */
public record Feedback(
    long id,
    long dossierId,
    String dossierCode,
    long agencyId,
    FeedbackTopic topic,
    String body,
    Status status,
    Instant receivedAt,
    Instant refuseBy,
    Instant askBy,
    Instant dueAt,
    @Nullable String question,
    @Nullable Instant askedAt,
    @Nullable String reply,
    @Nullable Instant repliedAt,
    @Nullable String answer,
    @Nullable String answeredBy,
    @Nullable Instant answeredAt,
    @Nullable Boolean onTime,
    int version) {

  public enum Status {
    OPEN,
    /** The supervisor asked the citizen for more; waiting for the reply. */
    MORE_REQUESTED,
    ANSWERED,
    REFUSED
  }

  /** What a supervisor decides. */
  public enum Decision {
    ANSWER,
    REFUSE,
    ASK
  }

  /** Whether it is still open after its deadline. */
  public boolean overdue(Instant now) {
    return status == Status.OPEN && now.isAfter(dueAt);
  }

  /** Whether the supervisor may still ask for more: once, while it is open. */
  public boolean mayAsk() {
    return status == Status.OPEN && question == null;
  }
}
