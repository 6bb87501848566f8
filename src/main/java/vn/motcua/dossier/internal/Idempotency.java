package vn.motcua.dossier.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Optional;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.motcua.shared.Instants;

/**
 * Requests with an {@code Idempotency-Key}: the first one runs and its answer is kept, in the same
 * transaction as what it changed; a repetition gets the kept answer and changes nothing. Two
 * identical requests at the same moment meet at the key's primary key: the second waits for the
 * first and then replays it.
 */
@Component
public class Idempotency {

  /** An answer kept for replay. */
  public record Answer(int status, String body) {}

  /** What the caller gets back: the fresh answer, or the kept one. */
  public sealed interface Outcome<T> {
    record Fresh<T>(T value) implements Outcome<T> {}

    record Replayed<T>(Answer answer) implements Outcome<T> {}

    /** The key was used before for a different request. */
    record Misused<T>() implements Outcome<T> {}
  }

  private static final Duration KEPT_FOR = Duration.ofHours(24);

  private final JdbcClient jdbc;
  private final TransactionTemplate transaction;
  private final Clock clock;

  Idempotency(JdbcClient jdbc, TransactionTemplate transaction, Clock clock) {
    this.jdbc = jdbc;
    this.transaction = transaction;
    this.clock = clock;
  }

  /**
   * Runs {@code work} once per principal and key.
   *
   * @param request what identifies the request (method, path and body), to tell a repetition from a
   *     misuse; made only when there is a key
   * @param answer turns the fresh result into the answer to keep
   */
  public <T> Outcome<T> run(
      String principal,
      @Nullable String key,
      Supplier<String> request,
      Supplier<T> work,
      java.util.function.Function<T, Answer> answer) {
    if (key == null || key.isBlank()) {
      return new Outcome.Fresh<>(transaction.execute(status -> work.get()));
    }
    String hash = sha256(request.get());
    try {
      return transaction.execute(
          status -> {
            jdbc.sql(
                    """
                    INSERT INTO idempotency_record (principal, idem_key, request_hash, status, body, created_at)
                    VALUES (:principal, :key, :hash, 0, '', :now)
                    """)
                .param("principal", principal)
                .param("key", key)
                .param("hash", hash)
                .param("now", Instants.toDb(clock.instant()))
                .update();
            T value = work.get();
            Answer kept = answer.apply(value);
            jdbc.sql(
                    "UPDATE idempotency_record SET status = :status, body = :body"
                        + " WHERE principal = :principal AND idem_key = :key")
                .param("status", kept.status())
                .param("body", kept.body())
                .param("principal", principal)
                .param("key", key)
                .update();
            return new Outcome.Fresh<>(value);
          });
    } catch (DuplicateKeyException repeated) {
      return kept(principal, key)
          .<Outcome<T>>map(
              stored ->
                  stored.hash().equals(hash)
                      ? new Outcome.Replayed<>(stored.answer())
                      : new Outcome.Misused<>())
          .orElseThrow(() -> repeated);
    }
  }

  /** Forgets answers older than a day. Harmless when several nodes run it at once. */
  @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT5M")
  void forgetOldAnswers() {
    jdbc.sql("DELETE FROM idempotency_record WHERE created_at < :before")
        .param("before", Instants.toDb(clock.instant().minus(KEPT_FOR)))
        .update();
  }

  private Optional<Kept> kept(String principal, String key) {
    return jdbc.sql(
            "SELECT request_hash, status, body FROM idempotency_record"
                + " WHERE principal = :principal AND idem_key = :key")
        .param("principal", principal)
        .param("key", key)
        .query(
            (rs, row) ->
                new Kept(rs.getString(1).strip(), new Answer(rs.getInt(2), rs.getString(3))))
        .optional();
  }

  private record Kept(String hash, Answer answer) {}

  private static String sha256(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
