package vn.motcua.calendar.domain;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import vn.motcua.calendar.DeadlineOptions;
import vn.motcua.calendar.LimitUnit;
import vn.motcua.calendar.TimeLimit;

/**
 * Due computations per second on one thread: received instants spread over 2024–2026 (the years of
 * the shipped official days, Tết included), time limits of 1 to 60 working days (and a few in
 * working hours or half days), on the national default calendar with its years already precomputed,
 * as they are after the first calls on a running node. Run with {@code ./mvnw -q -Pbench
 * test-compile exec:exec -Dbench.args='DueBenchmark'} (docs/benchmarks.md).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx256m")
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class DueBenchmark {

  private static final int SIZE = 4096;

  private final Instant[] received = new Instant[SIZE];
  private final TimeLimit[] limits = new TimeLimit[SIZE];
  private final Instant[] finished = new Instant[SIZE];
  private final DeadlineOptions cutoff = DeadlineOptions.cutoffAt(LocalTime.of(15, 0));
  private WorkingCalendar calendar;
  private int next;

  @Setup
  public void setUp() {
    calendar = SeedDays.standard();
    SplittableRandom random = new SplittableRandom(2026);
    long first = SeedDays.at("2024-01-01T00:00").getEpochSecond();
    long last = SeedDays.at("2026-09-01T00:00").getEpochSecond();
    for (int i = 0; i < SIZE; i++) {
      received[i] = Instant.ofEpochSecond(random.nextLong(first, last));
      limits[i] =
          switch (i % 10) {
            case 0 -> TimeLimit.workingHours(random.nextInt(1, 48));
            case 1 -> new TimeLimit(new BigDecimal("0.5"), LimitUnit.WORKING_DAYS);
            default -> TimeLimit.workingDays(random.nextInt(1, 61));
          };
      finished[i] = received[i].plus(Duration.ofHours(random.nextInt(1, 24 * 90)));
    }
    for (int i = 0; i < SIZE; i++) {
      calendar.due(received[i], limits[i], DeadlineOptions.NONE);
    }
  }

  private int next() {
    return next++ & (SIZE - 1);
  }

  @Benchmark
  public Instant due() {
    int i = next();
    return calendar.due(received[i], limits[i], DeadlineOptions.NONE);
  }

  @Benchmark
  public Instant dueWithCutoff() {
    int i = next();
    return calendar.due(received[i], limits[i], cutoff);
  }

  @Benchmark
  public Duration elapsed() {
    int i = next();
    return calendar.elapsed(received[i], finished[i]);
  }
}
