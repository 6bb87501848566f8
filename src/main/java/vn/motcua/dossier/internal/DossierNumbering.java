package vn.motcua.dossier.internal;

import java.security.SecureRandom;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
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
  private final JdbcTemplate batch;
  private final SecureRandom random = new SecureRandom();

  DossierNumbering(JdbcClient jdbc, JdbcTemplate batch) {
    this.jdbc = jdbc;
    this.batch = batch;
  }

  /** The next code; must run inside the reception's transaction. */
  String next(long agencyId, String agencyCode, LocalDate day) {
    // The day's row exists after its first reception: one update, the insert only before that.
    if (increment(agencyId, day) == 0) {
      jdbc.sql(
              """
              INSERT INTO dossier_counter (agency_id, on_day, last_value) VALUES (:agency, :day, 0)
              ON CONFLICT DO NOTHING
              """)
          .param("agency", agencyId)
          .param("day", day)
          .update();
      increment(agencyId, day);
    }
    int sequence =
        jdbc.sql(
                "SELECT last_value FROM dossier_counter WHERE agency_id = :agency AND on_day = :day")
            .param("agency", agencyId)
            .param("day", day)
            .query(Integer.class)
            .single();
    return code(agencyCode, day, sequence);
  }

  private int increment(long agencyId, LocalDate day) {
    return jdbc.sql(
            "UPDATE dossier_counter SET last_value = last_value + 1 WHERE agency_id = :agency AND on_day = :day")
        .param("agency", agencyId)
        .param("day", day)
        .update();
  }

  static String code(String agencyCode, LocalDate day, int sequence) {
    return agencyCode + "-" + day.format(DAY) + "-" + String.format(Locale.ROOT, "%04d", sequence);
  }

  /**
   * Numbers dossiers handed in before, in order, after the numbers each agency already gave that
   * day, and moves the counters past them: the next reception continues the sequence.
   */
  List<String> nextAll(List<Numbered> dossiers) {
    Map<Numbered, Integer> last = new HashMap<>();
    List<String> codes = new ArrayList<>();
    for (Numbered dossier : dossiers) {
      Numbered key = new Numbered(dossier.agencyId(), "", dossier.day());
      int sequence = last.computeIfAbsent(key, this::lastValue) + 1;
      last.put(key, sequence);
      codes.add(code(dossier.agencyCode(), dossier.day(), sequence));
    }
    batch.batchUpdate(
        "INSERT INTO dossier_counter (agency_id, on_day, last_value) VALUES (?, ?, 0)"
            + " ON CONFLICT DO NOTHING",
        last.keySet().stream().map(key -> new Object[] {key.agencyId(), key.day()}).toList());
    batch.batchUpdate(
        "UPDATE dossier_counter SET last_value = ? WHERE agency_id = ? AND on_day = ?",
        last.entrySet().stream()
            .map(e -> new Object[] {e.getValue(), e.getKey().agencyId(), e.getKey().day()})
            .toList());
    return codes;
  }

  /** A dossier to number: its settling agency and the day it was handed in. */
  record Numbered(long agencyId, String agencyCode, LocalDate day) {}

  private int lastValue(Numbered key) {
    return jdbc.sql(
            "SELECT last_value FROM dossier_counter WHERE agency_id = :agency AND on_day = :day")
        .param("agency", key.agencyId())
        .param("day", key.day())
        .query(Integer.class)
        .optional()
        .orElse(0);
  }

  /** The secret that, with the code, lets the public look a dossier up: eight random digits. */
  String lookupPin() {
    return String.format(Locale.ROOT, "%08d", random.nextInt(100_000_000));
  }
}
