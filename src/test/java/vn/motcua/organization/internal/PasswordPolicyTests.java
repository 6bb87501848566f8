package vn.motcua.organization.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PasswordPolicyTests {

  PasswordPolicy policy = new PasswordPolicy(10);

  @Test
  void lengthIsWhatCountsNotCharacterClasses() {
    assertThatNoException().isThrownBy(() -> policy.check("tiepnhan", "mười ký tự!"));
    assertThatNoException().isThrownBy(() -> policy.check("tiepnhan", "aaaaaaaaaa"));
  }

  @Test
  void tooShortTooLongOrTheUserNameAreRefused() {
    assertThatThrownBy(() -> policy.check("tiepnhan", "ngắn quá"))
        .hasFieldOrPropertyWithValue("messageKey", "organization.refusal.passwordTooShort");
    assertThatThrownBy(() -> policy.check("tiepnhan", "x".repeat(65)))
        .hasFieldOrPropertyWithValue("messageKey", "organization.refusal.passwordTooLong");
    // 30 Vietnamese letters of 3 bytes each: over bcrypt's 72 bytes, which it would silently cut
    assertThatThrownBy(() -> policy.check("tiepnhan", "ệ".repeat(30)))
        .hasFieldOrPropertyWithValue("messageKey", "organization.refusal.passwordTooLong");
    assertThatThrownBy(() -> policy.check("tiepnhan", "TiepNhan-2025"))
        .hasFieldOrPropertyWithValue("field", "newPassword")
        .hasFieldOrPropertyWithValue("messageKey", "organization.refusal.passwordIsUsername");
  }

  @Test
  void temporaryPasswordsAreLongRandomAndEasyToReadOut() {
    Set<String> passwords = new HashSet<>();
    for (int i = 0; i < 1000; i++) {
      String password = policy.temporary();
      assertThat(password).hasSize(12).doesNotContain("0", "O", "1", "l", "I");
      passwords.add(password);
    }
    assertThat(passwords).hasSize(1000);
  }
}
