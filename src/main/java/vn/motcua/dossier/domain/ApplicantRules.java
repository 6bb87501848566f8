package vn.motcua.dossier.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import vn.motcua.dossier.Applicant;
import vn.motcua.dossier.ApplicantKind;
import vn.motcua.dossier.DossierException.FieldProblem;
import vn.motcua.dossier.Representative;

/**
 * What an applicant's data must look like before a dossier is registered. A person's personal
 * identification number has 12 digits (Law on Identification 2023); an organisation's tax code 10
 * digits, or 13 with a branch suffix; a phone number is Vietnamese (0 or +84 followed by 9 or 10
 * digits).
 */
public final class ApplicantRules {

  private static final Pattern PERSONAL_ID = Pattern.compile("\\d{12}");
  private static final Pattern TAX_CODE = Pattern.compile("\\d{10}(-\\d{3})?");
  private static final Pattern PHONE = Pattern.compile("(0|\\+84)\\d{9,10}");
  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

  private ApplicantRules() {}

  /**
   * The fields at fault, prefixed with {@code applicant.} and {@code representative.}; empty when
   * all is well.
   */
  public static List<FieldProblem> check(
      Applicant applicant, @Nullable Representative representative, LocalDate today) {
    List<FieldProblem> problems = new ArrayList<>();
    if (applicant.name().isBlank()) {
      problems.add(new FieldProblem("applicant.name", "dossier.invalid.required"));
    } else if (applicant.name().length() > 300) {
      problems.add(new FieldProblem("applicant.name", "dossier.invalid.tooLong", 300));
    }
    String id = applicant.idNumber();
    if (applicant.kind() == ApplicantKind.INDIVIDUAL
        && id != null
        && !PERSONAL_ID.matcher(id).matches()) {
      problems.add(new FieldProblem("applicant.idNumber", "dossier.invalid.personalId"));
    }
    if (applicant.kind() == ApplicantKind.ORGANIZATION
        && id != null
        && !TAX_CODE.matcher(id).matches()) {
      problems.add(new FieldProblem("applicant.idNumber", "dossier.invalid.taxCode"));
    }
    LocalDate birth = applicant.birthDate();
    if (birth != null && (birth.isAfter(today) || birth.getYear() < 1900)) {
      problems.add(new FieldProblem("applicant.birthDate", "dossier.invalid.birthDate"));
    }
    if (applicant.phone() != null && !PHONE.matcher(applicant.phone()).matches()) {
      problems.add(new FieldProblem("applicant.phone", "dossier.invalid.phone"));
    }
    if (applicant.email() != null && !EMAIL.matcher(applicant.email()).matches()) {
      problems.add(new FieldProblem("applicant.email", "dossier.invalid.email"));
    }
    if (applicant.phone() == null && applicant.email() == null && applicant.address() == null) {
      problems.add(new FieldProblem("applicant.phone", "dossier.invalid.noContact"));
    }
    if (representative != null) {
      if (representative.name().isBlank()) {
        problems.add(new FieldProblem("representative.name", "dossier.invalid.required"));
      }
      if (representative.idNumber() != null
          && !PERSONAL_ID.matcher(representative.idNumber()).matches()) {
        problems.add(new FieldProblem("representative.idNumber", "dossier.invalid.personalId"));
      }
      if (representative.phone() != null && !PHONE.matcher(representative.phone()).matches()) {
        problems.add(new FieldProblem("representative.phone", "dossier.invalid.phone"));
      }
    }
    return problems;
  }

  /**
   * The applicant as typed, tidied: names and addresses stripped, blanks as absent, phone numbers
   * without the spaces and dots people type them with, email addresses in lower case.
   */
  public static Applicant normalise(Applicant applicant) {
    return new Applicant(
        applicant.kind(),
        applicant.name().strip(),
        blankToNull(applicant.idNumber()),
        applicant.birthDate(),
        blankToNull(applicant.address()),
        normalisePhone(applicant.phone()),
        normaliseEmail(applicant.email()));
  }

  /**
   * Email addresses in lower case: mail systems treat them so, and a citizen who signs in with an
   * address finds the dossiers given with it however it was typed.
   */
  public static @Nullable String normaliseEmail(@Nullable String email) {
    String value = blankToNull(email);
    return value == null ? null : value.toLowerCase(java.util.Locale.ROOT);
  }

  private static @Nullable String blankToNull(@Nullable String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  /**
   * Phone numbers as people type them ("0912 345 678", "0912.345.678") in the form the rules check.
   */
  public static @Nullable String normalisePhone(@Nullable String phone) {
    if (phone == null) {
      return null;
    }
    String compact = phone.replaceAll("[\\s.\\-()]", "");
    return compact.isEmpty() ? null : compact;
  }
}
