package vn.motcua.notification.internal;

import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.motcua.shared.Instants;

/** Administrators' wording of message texts, table {@code notification_text}. */
@Repository
class TextOverrides {

  private final JdbcClient jdbc;

  TextOverrides(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  Optional<String> find(String key, String language) {
    return jdbc.sql("SELECT body FROM notification_text WHERE text_key = :key AND language = :lang")
        .param("key", key)
        .param("lang", language)
        .query(String.class)
        .optional();
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
  }

  void remove(String key, String language) {
    jdbc.sql("DELETE FROM notification_text WHERE text_key = :key AND language = :lang")
        .param("key", key)
        .param("lang", language)
        .update();
  }
}
