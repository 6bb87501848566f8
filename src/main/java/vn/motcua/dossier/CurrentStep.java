package vn.motcua.dossier;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import vn.motcua.security.Role;

/**
 * Where a dossier is now.
 *
 * @param kind RECEPTION (waiting to be accepted), PROCESS (a step of the internal process),
 *     OTHER_AGENCY (at another agency), RETURN (the result waits at the counter)
 * @param name the process step's name, {@code null} for the other kinds
 * @param assigneeName who holds it; {@code null} while it waits in its queue (for OTHER_AGENCY: the
 *     agency)
 */
public record CurrentStep(
    String kind,
    int position,
    @Nullable String name,
    Role role,
    long agencyId,
    @Nullable String fieldCode,
    @Nullable Long assigneeId,
    @Nullable String assigneeName,
    Instant startedAt,
    @Nullable Instant dueAt) {}
