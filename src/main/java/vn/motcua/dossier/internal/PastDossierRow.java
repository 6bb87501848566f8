package vn.motcua.dossier.internal;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import vn.motcua.dossier.domain.Dossier;

/**
 * A dossier row with what its actions recorded beside the rules' state: when it was created and
 * last changed, its result and how the result was returned. A new dossier has none of these yet.
 */
public record PastDossierRow(
    NewDossierRow row,
    Dossier state,
    Instant createdAt,
    Instant updatedAt,
    @Nullable String resultNumber,
    @Nullable LocalDate resultDate,
    @Nullable Boolean resultElectronic,
    @Nullable Instant returnedAt,
    @Nullable String returnMethod,
    @Nullable String returnedTo) {

  /** A dossier registered now: nothing recorded yet. */
  static PastDossierRow created(NewDossierRow row, Dossier state, Instant now) {
    return new PastDossierRow(row, state, now, now, null, null, null, null, null, null);
  }
}
