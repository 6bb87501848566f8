package vn.motcua.dossier;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A dossier in a work queue. */
public record QueueRow(
    String code,
    String procedureName,
    String applicantName,
    DossierStatus status,
    String agencyCode,
    @Nullable String stepKind,
    @Nullable String stepName,
    @Nullable String assigneeName,
    @Nullable Instant stepStartedAt,
    @Nullable Instant stepDueAt,
    @Nullable Instant dueAt,
    @Nullable Instant receivedAt,
    int supplementRequests) {}
