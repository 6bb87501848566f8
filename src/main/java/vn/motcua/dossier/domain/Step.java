package vn.motcua.dossier.domain;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import vn.motcua.security.Role;

/**
 * Where a dossier is now and who holds it: a person, or a queue (the role, agency, department and
 * field) until somebody takes it.
 *
 * @param position the position in the process for {@link StepKind#PROCESS} and {@link
 *     StepKind#OTHER_AGENCY} steps, 0 otherwise
 * @param name the process step's name; {@code null} for the steps that are not in the process
 * @param dueAt when the step must be done; {@code null} when the step has no share of the time
 *     limit
 */
public record Step(
    StepKind kind,
    int position,
    @Nullable String name,
    Role role,
    long agencyId,
    @Nullable Long departmentId,
    @Nullable String fieldCode,
    @Nullable Long assigneeId,
    @Nullable String assigneeName,
    Instant startedAt,
    @Nullable Instant dueAt) {

  public boolean assigned() {
    return assigneeId != null;
  }

  public Step assignedTo(long officerId, String officerName) {
    return new Step(
        kind,
        position,
        name,
        role,
        agencyId,
        departmentId,
        fieldCode,
        officerId,
        officerName,
        startedAt,
        dueAt);
  }

  public Step withDue(@Nullable Instant newDue) {
    return new Step(
        kind,
        position,
        name,
        role,
        agencyId,
        departmentId,
        fieldCode,
        assigneeId,
        assigneeName,
        startedAt,
        newDue);
  }
}
