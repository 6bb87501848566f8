package vn.motcua.dossier;

import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.motcua.catalog.Channel;

/**
 * A dossier handed in: at the counter by a reception officer, or online by the applicant.
 *
 * @param agencyCode the settling agency; {@code null} for the receiving officer's own agency
 * @param components the checklist as checked; {@code null} when every required paper was handed in
 *     as listed
 * @param feeAmount the fee collected in đồng, if any
 */
public record Intake(
    String procedureCode,
    Channel channel,
    @Nullable String agencyCode,
    Applicant applicant,
    @Nullable Representative representative,
    @Nullable List<Component> components,
    int sets,
    @Nullable Long feeAmount,
    @Nullable FeeStatus feeStatus,
    @Nullable String note) {
  /** The same intake with the applicant's data tidied as the rules expect it. */
  public Intake normalised() {
    return new Intake(
        procedureCode.strip(),
        channel,
        agencyCode,
        vn.motcua.dossier.domain.ApplicantRules.normalise(applicant),
        representative,
        components,
        sets,
        feeAmount,
        feeStatus,
        note);
  }
}
