package vn.motcua.audit;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One entry of the audit trail. */
public record AuditEntry(
    long id,
    Instant occurredAt,
    String actor,
    @Nullable String address,
    String action,
    @Nullable String subject,
    @Nullable String detail,
    @Nullable Long agencyId) {}
