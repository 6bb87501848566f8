package vn.motcua.organization.internal;

import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import vn.motcua.organization.OrganizationRefusal;
import vn.motcua.shared.VietnameseText;

/**
 * Checks of what people type into the administration forms and the API: texts (stored in NFC,
 * without surrounding spaces), e-mail addresses and phone numbers. Each refusal names the field.
 */
final class Inputs {

  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s.]+");

  /** Digits with the usual separators, optionally an international prefix: "0292 3820 000". */
  private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 .()-]{5,38}[0-9]");

  private Inputs() {}

  static String required(String field, @Nullable String value, int maxLength) {
    String text = optional(field, value, maxLength);
    if (text == null) {
      throw OrganizationRefusal.invalid(field, "organization.refusal.required");
    }
    return text;
  }

  static @Nullable String optional(String field, @Nullable String value, int maxLength) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String text = VietnameseText.nfc(value.strip());
    if (text.length() > maxLength) {
      throw OrganizationRefusal.invalid(field, "organization.refusal.tooLong", maxLength);
    }
    return text;
  }

  static @Nullable String email(String field, @Nullable String value) {
    String email = optional(field, value, 200);
    if (email != null && !EMAIL.matcher(email).matches()) {
      throw OrganizationRefusal.invalid(field, "organization.refusal.email");
    }
    return email;
  }

  static @Nullable String phone(String field, @Nullable String value) {
    String phone = optional(field, value, 40);
    if (phone != null && !PHONE.matcher(phone).matches()) {
      throw OrganizationRefusal.invalid(field, "organization.refusal.phone");
    }
    return phone;
  }

  static <E extends Enum<E>> E choice(String field, @Nullable String value, Class<E> type) {
    if (value == null || value.isBlank()) {
      throw OrganizationRefusal.invalid(field, "organization.refusal.required");
    }
    try {
      return Enum.valueOf(type, value.strip());
    } catch (IllegalArgumentException e) {
      throw OrganizationRefusal.invalid(field, "organization.refusal.unknownChoice", value);
    }
  }

  static long id(String field, @Nullable Long value) {
    if (value == null) {
      throw OrganizationRefusal.invalid(field, "organization.refusal.required");
    }
    return value;
  }
}
