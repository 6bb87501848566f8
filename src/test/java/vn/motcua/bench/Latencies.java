package vn.motcua.bench;

import java.util.Arrays;

/** Percentiles of measured latencies, for the harnesses that print their own tables. */
public final class Latencies {

  private Latencies() {}

  /**
   * The {@code p} percentile (0 to 1) of {@code nanos}, in milliseconds: the nearest-rank sample.
   */
  public static double percentileMillis(long[] nanos, double p) {
    long[] sorted = nanos.clone();
    Arrays.sort(sorted);
    return sorted[(int) Math.min(sorted.length - 1, Math.round(p * (sorted.length - 1)))] / 1e6;
  }
}
