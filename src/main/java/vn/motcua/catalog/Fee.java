package vn.motcua.catalog;

import org.jspecify.annotations.Nullable;

/**
 * A fee or charge (phí, lệ phí).
 *
 * @param amountVnd the amount in đồng, 0 when free, {@code null} when the text could not be read as
 *     one amount
 * @param description what the fee is for and under which conditions, as published
 */
public record Fee(@Nullable Long amountVnd, String description) {

  public boolean free() {
    return amountVnd != null && amountVnd == 0;
  }
}
