package vn.motcua.documents;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The register (sổ theo dõi hồ sơ) of an agency for a period and, optionally, one field: one row
 * per dossier received, in order of reception. Times are Vietnam's.
 *
 * @param to the last day, included
 * @param complete false when the period holds more dossiers than one register lists ({@link
 *     Registers#MAX_ROWS}): the first ones are listed, and the caller should ask for a shorter
 *     period
 */
public record Register(
    long agencyId,
    String agencyCode,
    String agencyName,
    @Nullable String fieldName,
    LocalDate from,
    LocalDate to,
    List<Row> rows,
    boolean complete) {

  public Register {
    rows = List.copyOf(rows);
  }

  /**
   * A dossier in the register.
   *
   * @param returnMethod the words for how the result was returned, empty while not returned
   */
  public record Row(
      int sequence,
      String code,
      String procedure,
      String applicant,
      String addressAndPhone,
      String leadAgency,
      @Nullable LocalDateTime received,
      @Nullable LocalDateTime appointment,
      @Nullable LocalDateTime returned,
      String returnMethod) {}
}
