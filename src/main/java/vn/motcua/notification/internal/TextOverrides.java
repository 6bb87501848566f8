package vn.motcua.notification.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.motcua.shared.Instants;

/**
 * Administrators' wording of message texts, table {@code notification_text}. Messages are worded in
 * every dossier action's transaction (four or five texts each) and the few overrides seldom change,
 * so all of them are kept in memory and read again at most every {@link #REFRESH}: an edit on this
 * node counts at once, one on another node within that time.
 */
@Repository
class TextOverrides {

  static final Duration REFRESH = Duration.ofSeconds(5);

  private record Snapshot(Map<String, String> bodies, long readAt) {}

  private final JdbcClient jdbc;
  private volatile @Nullable Snapshot snapshot;

  TextOverrides(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  Optional<String> find(String key, String language) {
    Snapshot current = snapshot;
    long now = System.nanoTime();
    if (current == null || now - current.readAt() > REFRESH.toNanos()) {
      Map<String, String> bodies = new HashMap<>();
      jdbc.sql("SELECT text_key, language, body FROM notification_text")
          .query(
              (java.sql.ResultSet rs) -> {
                bodies.put(id(rs.getString(1), rs.getString(2)), rs.getString(3));
              });
      current = new Snapshot(Map.copyOf(bodies), now);
      snapshot = current;
    }
    return Optional.ofNullable(current.bodies().get(id(key, language)));
  }

  private static String id(String key, String language) {
    return key + "\n" + language;
  }

  void save(String key, String language, String body, String by, Instant now) {
    int updated =
        jdbc.sql(
                """
                UPDATE notification_text SET body = :body, updated_at = :now, updated_by = :by
                 WHERE text_key = :key AND language = :lang
                """)
            .param("key", key)
            .param("lang", language)
            .param("body", body)
            .param("now", Instants.toDb(now))
            .param("by", by)
            .update();
    if (updated == 0) {
      jdbc.sql(
              """
              INSERT INTO notification_text (text_key, language, body, updated_at, updated_by)
              VALUES (:key, :lang, :body, :now, :by)
              """)
          .param("key", key)
          .param("lang", language)
          .param("body", body)
          .param("now", Instants.toDb(now))
          .param("by", by)
          .update();
    }
    snapshot = null; // after the write, so that the next message on this node reads it
  }

  void remove(String key, String language) {
    jdbc.sql("DELETE FROM notification_text WHERE text_key = :key AND language = :lang")
        .param("key", key)
        .param("lang", language)
        .update();
    snapshot = null; // after the write, so that the next message on this node reads it
  }
}
