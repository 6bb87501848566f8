package vn.motcua.portal.domain;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * An applicant as anyone holding the code and PIN may see it: enough for the applicant to recognise
 * the dossier as theirs, not enough to learn who somebody else is (initials, the last digits of the
 * identification number and of the phone).
 */
public record Masked(String initials, @Nullable String idNumber, @Nullable String phone) {

  static final int ID_DIGITS_SHOWN = 4;
  static final int PHONE_DIGITS_SHOWN = 3;

  public static Masked of(String name, @Nullable String idNumber, @Nullable String phone) {
    return new Masked(
        initials(name), ending(idNumber, ID_DIGITS_SHOWN), ending(phone, PHONE_DIGITS_SHOWN));
  }

  /** "Nguyễn Văn An" → "N. V. A." */
  static String initials(String name) {
    return Arrays.stream(name.strip().split("\\s+"))
        .filter(word -> !word.isEmpty())
        .map(
            word -> word.substring(0, word.offsetByCodePoints(0, 1)).toUpperCase(Locale.ROOT) + ".")
        .collect(Collectors.joining(" "));
  }

  /** Every digit hidden but the last few: "0912 345 678" → "•••••••678". */
  static @Nullable String ending(@Nullable String value, int shown) {
    if (value == null) {
      return null;
    }
    String digits = value.replaceAll("[^0-9A-Za-z]", "");
    if (digits.length() <= shown) {
      return "•".repeat(digits.length());
    }
    return "•".repeat(digits.length() - shown) + digits.substring(digits.length() - shown);
  }
}
