package vn.motcua.reporting.internal;

import org.jspecify.annotations.Nullable;

/**
 * One criterion of the Decision 766 index as far as MotCua's own records tell it.
 *
 * @param key names its messages: {@code reporting.indicator.{key}} and {@code .formula}, {@code
 *     .raise}
 * @param percent the measured share, {@code null} when MotCua does not record what it needs
 * @param points the points it earns out of {@code maxPoints}, {@code null} with the share
 */
public record Indicator(
    String key, int maxPoints, @Nullable Double percent, @Nullable Double points) {

  static Indicator notRecorded(String key, int maxPoints) {
    return new Indicator(key, maxPoints, null, null);
  }

  /** Points in proportion to the share, full at {@code fullAt} percent. */
  static Indicator proportional(String key, int maxPoints, long part, long whole, double fullAt) {
    if (whole == 0) {
      return notRecorded(key, maxPoints);
    }
    double percent = 100.0 * part / whole;
    return new Indicator(key, maxPoints, percent, maxPoints * Math.min(1, percent / fullAt));
  }
}
