package vn.motcua.shared;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.function.Function;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * This node's short-lived copy of data that every action reads and administrators rarely change
 * (the catalogue, agencies). Nodes share nothing but the database: a change made through this node
 * clears the copy at once and again when the changing transaction ends (a reader in between could
 * have kept what the change replaces); one made through another node is seen once the copy expires.
 *
 * @param <K> the key
 * @param <V> what is kept, {@code Optional.empty()} included
 */
public final class NodeCache<K, V> {

  private final Cache<K, V> kept;

  public NodeCache(Duration lifetime) {
    this.kept = Caffeine.newBuilder().expireAfterWrite(lifetime).maximumSize(10_000).build();
  }

  public V get(K key, Function<? super K, ? extends V> read) {
    return kept.get(key, read);
  }

  /** Called by whatever changes the data, in the changing transaction if there is one. */
  public void changed() {
    kept.invalidateAll();
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      TransactionSynchronizationManager.registerSynchronization(
          new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
              kept.invalidateAll();
            }
          });
    }
  }
}
