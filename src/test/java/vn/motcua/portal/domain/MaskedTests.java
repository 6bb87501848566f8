package vn.motcua.portal.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MaskedTests {

  @Test
  void nameBecomesItsInitialsWithVietnameseLetters() {
    assertThat(Masked.initials("  đặng   văn ánh ")).isEqualTo("Đ. V. Á.");
  }

  @Test
  void idNumberAndPhoneShowOnlyTheirLastDigits() {
    Masked masked = Masked.of("Nguyễn Văn An", "092099001234", "0912 345 678");

    assertThat(masked.idNumber()).isEqualTo("••••••••1234");
    assertThat(masked.phone()).isEqualTo("•••••••678");
  }

  @Test
  void shortOrMissingValuesRevealNothing() {
    Masked masked = Masked.of("An", "123", null);

    assertThat(masked.idNumber()).isEqualTo("•••");
    assertThat(masked.phone()).isNull();
  }
}
