package vn.motcua.dossier.internal;

import org.jspecify.annotations.Nullable;
import vn.motcua.dossier.CurrentStep;
import vn.motcua.dossier.domain.Step;

/** The rules' step as the API shows it. */
public final class CurrentSteps {

  private CurrentSteps() {}

  public static @Nullable CurrentStep of(@Nullable Step step) {
    return step == null
        ? null
        : new CurrentStep(
            step.kind().name(),
            step.position(),
            step.name(),
            step.role(),
            step.agencyId(),
            step.fieldCode(),
            step.assigneeId(),
            step.assigneeName(),
            step.startedAt(),
            step.dueAt());
  }
}
