package vn.motcua.dossier.internal;

import java.time.LocalTime;
import org.jspecify.annotations.Nullable;
import vn.motcua.calendar.TimeLimit;
import vn.motcua.dossier.domain.Dossier;

/**
 * A dossier as loaded for an action: its state, and what its clock was set with at reception (each
 * dossier keeps the time limit and cut-off hour in force when it was received).
 */
public record StoredDossier(
    Dossier state, String agencyCode, @Nullable TimeLimit limit, @Nullable LocalTime cutoff) {}
