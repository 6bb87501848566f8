package vn.motcua.dossier.internal;

import java.security.SecureRandom;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Dossier codes {@code {settling agency code}-{YYMMDD}-{NNNN}} (Circular 03/2025): a sequence per
 * agency and day of at least four digits, longer when a day needs more.
 *
 * <p>The counter is a row per agency and day, incremented in the reception's own transaction: the
 * row lock makes concurrent receptions on any number of application nodes wait for each other, so
 * no two get the same number, and a reception that rolls back gives its number back, so a day's
 * sequence has no gaps.
 */
@Component
class DossierNumbering {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyMMdd", Locale.ROOT);

  private final JdbcClient jdbc;
  private final SecureRandom random = new SecureRandom();

  DossierNumbering(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The next code; must run inside the reception's transaction. */
  String next(long agencyId, String agencyCode, LocalDate day) {
    jdbc.sql(
            """
            INSERT INTO dossier_counter (agency_id, on_day, last_value) VALUES (:agency, :day, 0)
            ON CONFLICT DO NOTHING
            """)
        .param("agency", agencyId)
        .param("day", day)
        .update();
    jdbc.sql(
            "UPDATE dossier_counter SET last_value = last_value + 1 WHERE agency_id = :agency AND on_day = :day")
        .param("agency", agencyId)
        .param("day", day)
        .update();
    int sequence =
        jdbc.sql(
                "SELECT last_value FROM dossier_counter WHERE agency_id = :agency AND on_day = :day")
            .param("agency", agencyId)
            .param("day", day)
            .query(Integer.class)
            .single();
    return agencyCode + "-" + day.format(DAY) + "-" + String.format(Locale.ROOT, "%04d", sequence);
  }

  /** The secret that, with the code, lets the public look a dossier up: eight random digits. */
  String lookupPin() {
    return String.format(Locale.ROOT, "%08d", random.nextInt(100_000_000));
  }
}
