package vn.motcua.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AgencyCodeTests {

  @ParameterizedTest
  @ValueSource(strings = {"000.00.06.H56", "000.01.31.H13", "H13", "G01.001.000.000", "A"})
  void codesOfDecision20AreAcceptedInBothOrders(String code) {
    assertThat(new AgencyCode(code).value()).isEqualTo(code);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "000.01.31.h13",
        "000..31.H13",
        ".000.31",
        "000.31.",
        "000 01 31 H13",
        "Đ00.01.31.H13",
        "000.01.31.H13.000.01.31.H13.00000012"
      })
  void anythingElseIsRefused(String code) {
    assertThatIllegalArgumentException().isThrownBy(() -> new AgencyCode(code));
  }

  @ParameterizedTest
  @ValueSource(strings = {"000.01.31.H13.000.01.31.H13.0000001"})
  void thirtyFiveCharactersAreTheMost(String code) {
    assertThat(code).hasSize(35);
    assertThat(new AgencyCode(code).value()).isEqualTo(code);
  }
}
