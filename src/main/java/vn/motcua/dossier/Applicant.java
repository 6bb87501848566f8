package vn.motcua.dossier;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * The applicant of a dossier.
 *
 * @param idNumber the personal identification number (12 digits) of a person, the tax code of an
 *     organisation
 */
public record Applicant(
    ApplicantKind kind,
    String name,
    @Nullable String idNumber,
    @Nullable LocalDate birthDate,
    @Nullable String address,
    @Nullable String phone,
    @Nullable String email) {}
