package vn.motcua.portal.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.portal.Citizen;
import vn.motcua.portal.CitizenIdentity;
import vn.motcua.portal.OneTimeCodeSender;
import vn.motcua.shared.Instants;

/**
 * A citizen proves an email address by typing the six-digit code sent to it. A code is valid for
 * ten minutes and for three wrong answers; a new one is sent at most once a minute per address, so
 * that nobody can flood a mailbox. Only a hash of the code is stored, and one code per address, so
 * that a new code replaces the old one.
 */
@Component
class EmailCodeIdentity implements CitizenIdentity {

  static final Duration VALID_FOR = Duration.ofMinutes(10);
  static final Duration RESEND_AFTER = Duration.ofMinutes(1);
  static final int MAX_ATTEMPTS = 3;
  private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+");

  private final JdbcClient jdbc;
  private final OneTimeCodeSender sender;
  private final Clock clock;
  private final SecureRandom random = new SecureRandom();

  EmailCodeIdentity(JdbcClient jdbc, OneTimeCodeSender sender, Clock clock) {
    this.jdbc = jdbc;
    this.sender = sender;
    this.clock = clock;
  }

  @Override
  @Transactional
  public Next start(String login) {
    String email = normalise(login);
    if (email.length() > 200 || !EMAIL.matcher(email).matches()) {
      throw new IllegalArgumentException("Not an email address");
    }
    Instant now = clock.instant();
    boolean recent =
        jdbc.sql("SELECT sent_at FROM portal_one_time_code WHERE email = :email")
            .param("email", email)
            .query(java.time.OffsetDateTime.class)
            .optional()
            .map(sent -> sent.toInstant().plus(RESEND_AFTER).isAfter(now))
            .orElse(false);
    if (!recent) {
      String code = "%06d".formatted(random.nextInt(1_000_000));
      jdbc.sql("DELETE FROM portal_one_time_code WHERE email = :email")
          .param("email", email)
          .update();
      jdbc.sql(
              """
              INSERT INTO portal_one_time_code (email, code_hash, sent_at, expires_at, attempts)
              VALUES (:email, :hash, :now, :expires, 0)
              """)
          .param("email", email)
          .param("hash", hash(email, code))
          .param("now", Instants.toDb(now))
          .param("expires", Instants.toDb(now.plus(VALID_FOR)))
          .update();
      sender.send(email, code, VALID_FOR);
    }
    return new EnterCode(email);
  }

  @Override
  @Transactional
  public Optional<Citizen> complete(Map<String, String> answer) {
    String email = normalise(answer.getOrDefault("login", ""));
    String code = answer.getOrDefault("code", "").strip();
    int updated =
        jdbc.sql(
                """
                UPDATE portal_one_time_code SET attempts = attempts + 1
                 WHERE email = :email AND expires_at > :now AND attempts < :max
                """)
            .param("email", email)
            .param("now", Instants.toDb(clock.instant()))
            .param("max", MAX_ATTEMPTS)
            .update();
    if (updated == 0) {
      return Optional.empty();
    }
    String stored =
        jdbc.sql("SELECT code_hash FROM portal_one_time_code WHERE email = :email")
            .param("email", email)
            .query(String.class)
            .single();
    if (!MessageDigest.isEqual(
        stored.getBytes(StandardCharsets.UTF_8),
        hash(email, code).getBytes(StandardCharsets.UTF_8))) {
      return Optional.empty();
    }
    jdbc.sql("DELETE FROM portal_one_time_code WHERE email = :email")
        .param("email", email)
        .update();
    return Optional.of(new Citizen(email, null, null));
  }

  private static String normalise(String email) {
    return email.strip().toLowerCase(Locale.ROOT);
  }

  private static String hash(String email, String code) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of()
          .formatHex(digest.digest((email + ":" + code).getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
