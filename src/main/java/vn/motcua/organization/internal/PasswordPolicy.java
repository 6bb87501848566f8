package vn.motcua.organization.internal;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import vn.motcua.organization.OrganizationRefusal;

/**
 * What makes a password an officer may choose, and the temporary passwords an administrator hands
 * out. Length is what counts (NIST SP 800-63B): no rules about character classes, but not the user
 * name and not the password being replaced. bcrypt reads at most 72 bytes, so a longer password
 * would be silently cut; it is refused instead.
 */
@Component
class PasswordPolicy {

  static final int MAX_LENGTH = 64;
  private static final int MAX_BYTES = 72;

  /** Without look-alikes (0/O, 1/l/I), so that it can be read out and typed in. */
  private static final char[] TEMPORARY_ALPHABET =
      "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();

  private static final int TEMPORARY_LENGTH = 12;

  private final int minLength;
  private final SecureRandom random = new SecureRandom();

  @Autowired
  PasswordPolicy(OrganizationProperties properties) {
    this(properties.minPasswordLength());
  }

  PasswordPolicy(int minLength) {
    this.minLength = minLength;
  }

  /** Refuses a new password that breaks the policy, naming the field {@code newPassword}. */
  void check(String username, String newPassword) {
    if (newPassword.length() < minLength) {
      throw OrganizationRefusal.invalid(
          "newPassword", "organization.refusal.passwordTooShort", minLength);
    }
    if (newPassword.length() > MAX_LENGTH
        || newPassword.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
      throw OrganizationRefusal.invalid(
          "newPassword", "organization.refusal.passwordTooLong", MAX_LENGTH);
    }
    if (newPassword.toLowerCase(Locale.ROOT).contains(username.toLowerCase(Locale.ROOT))) {
      throw OrganizationRefusal.invalid("newPassword", "organization.refusal.passwordIsUsername");
    }
  }

  String temporary() {
    char[] password = new char[TEMPORARY_LENGTH];
    for (int i = 0; i < password.length; i++) {
      password[i] = TEMPORARY_ALPHABET[random.nextInt(TEMPORARY_ALPHABET.length)];
    }
    return new String(password);
  }
}
