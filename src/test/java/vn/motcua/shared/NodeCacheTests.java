package vn.motcua.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

class NodeCacheTests {

  private final AtomicInteger reads = new AtomicInteger();
  private final NodeCache<String, Integer> cache = new NodeCache<>(Duration.ofMinutes(1));

  @AfterEach
  void endSynchronization() {
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      TransactionSynchronizationManager.clearSynchronization();
    }
  }

  private int read(String key) {
    return cache.get(key, k -> reads.incrementAndGet());
  }

  @Test
  void keepsWhatItReadUntilAChange() {
    assertThat(read("a")).isEqualTo(1);
    assertThat(read("a")).isEqualTo(1);
    assertThat(reads).hasValue(1);

    cache.changed();

    assertThat(read("a")).isEqualTo(2);
  }

  @Test
  void forgetsAgainWhenTheChangingTransactionEnds() {
    TransactionSynchronizationManager.initSynchronization();
    cache.changed();
    // A reader between the change and its commit keeps what the change replaces...
    assertThat(read("a")).isEqualTo(1);

    TransactionSynchronizationManager.getSynchronizations()
        .forEach(done -> done.afterCompletion(TransactionSynchronization.STATUS_COMMITTED));

    // ...which the commit clears.
    assertThat(read("a")).isEqualTo(2);
  }
}
