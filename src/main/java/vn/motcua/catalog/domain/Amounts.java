package vn.motcua.catalog.domain;

import java.math.BigDecimal;

/**
 * Amounts of days as people write them: without trailing zeros, and without the exponent that
 * {@link BigDecimal#stripTrailingZeros()} gives round numbers ({@code 10.000} becomes {@code 10},
 * not {@code 1E+1}), so that amounts read from a DECIMAL column equal the ones written.
 */
public final class Amounts {

  private Amounts() {}

  public static BigDecimal plain(BigDecimal amount) {
    BigDecimal stripped = amount.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }
}
