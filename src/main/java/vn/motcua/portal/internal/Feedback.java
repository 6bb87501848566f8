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
    Instant dueAt,
    @Nullable String answer,
    @Nullable String answeredBy,
    @Nullable Instant answeredAt,
    @Nullable Boolean onTime,
    int version) {

  public enum Status {
    OPEN,
    ANSWERED,
    REFUSED
  }

  /** Whether it is still open after its deadline. */
  public boolean overdue(Instant now) {
    return status == Status.OPEN && now.isAfter(dueAt);
  }
}
