package vn.motcua.dossier.internal;

import java.time.LocalTime;
import org.jspecify.annotations.Nullable;
import vn.motcua.calendar.TimeLimit;
import vn.motcua.dossier.Applicant;
import vn.motcua.dossier.FeeStatus;
import vn.motcua.dossier.Representative;

/** What a new dossier row holds besides the rules' state. */
public record NewDossierRow(
    String lookupPin,
    String agencyCode,
    String procedureName,
    Applicant applicant,
    @Nullable Representative representative,
    int sets,
    @Nullable String note,
    @Nullable TimeLimit limit,
    @Nullable LocalTime cutoff,
    @Nullable Long feeAmount,
    @Nullable FeeStatus feeStatus,
    @Nullable String submissionKey,
    @Nullable Long createdBy) {}
