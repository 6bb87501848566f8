package vn.motcua.portal.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.jspecify.annotations.Nullable;
import vn.motcua.dossier.Applicant;
import vn.motcua.dossier.ApplicantKind;
import vn.motcua.dossier.DossierException;

/** The applicant's data as typed on the online form. */
record ApplicantForm(
    @Nullable String name,
    @Nullable String idNumber,
    @Nullable String birthDate,
    @Nullable String address,
    @Nullable String phone,
    @Nullable String email,
    @Nullable String submissionKey) {

  static ApplicantForm empty(@Nullable String email, String submissionKey) {
    return new ApplicantForm(null, null, null, null, null, email, submissionKey);
  }

  Applicant applicant() {
    return new Applicant(
        ApplicantKind.INDIVIDUAL,
        name == null ? "" : name,
        idNumber,
        parsedBirthDate(),
        address,
        phone,
        email);
  }

  private @Nullable LocalDate parsedBirthDate() {
    if (birthDate == null || birthDate.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(birthDate.strip());
    } catch (DateTimeParseException e) {
      throw new DossierException.Invalid("applicant.birthDate", "dossier.invalid.birthDate");
    }
  }
}
