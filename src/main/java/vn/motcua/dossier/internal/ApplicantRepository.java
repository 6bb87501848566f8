package vn.motcua.dossier.internal;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.motcua.dossier.Applicant;
import vn.motcua.dossier.ApplicantKind;
import vn.motcua.shared.Instants;

/**
 * Applicants known by their identification number, so that the counter fills in a returning
 * applicant's data (once-only: the citizen is not asked again for what the administration already
 * has).
 */
@Repository
class ApplicantRepository {

  private final JdbcClient jdbc;
  private final JdbcTemplate batch;

  ApplicantRepository(JdbcClient jdbc, JdbcTemplate batch) {
    this.jdbc = jdbc;
    this.batch = batch;
  }

  Optional<Applicant> find(String idNumber) {
    return jdbc.sql(
            "SELECT kind, name, id_number, birth_date, address, phone, email FROM applicant WHERE id_number = :id")
        .param("id", idNumber)
        .query(
            (rs, row) ->
                new Applicant(
                    ApplicantKind.valueOf(rs.getString("kind")),
                    rs.getString("name"),
                    rs.getString("id_number"),
                    rs.getObject("birth_date", java.time.LocalDate.class),
                    rs.getString("address"),
                    rs.getString("phone"),
                    rs.getString("email")))
        .optional();
  }

  /** Keeps the latest data of an applicant with an identification number. */
  void remember(Applicant applicant, Instant now) {
    if (applicant.idNumber() == null) {
      return;
    }
    int updated =
        bind(
                jdbc.sql(
                    """
                    UPDATE applicant SET kind = :kind, name = :name, birth_date = :birth, address = :address,
                        phone = :phone, email = :email, updated_at = :now
                     WHERE id_number = :id
                    """),
                applicant,
                now)
            .update();
    if (updated == 0) {
      bind(
              jdbc.sql(
                  """
                  INSERT INTO applicant (id_number, kind, name, birth_date, address, phone, email, updated_at)
                  VALUES (:id, :kind, :name, :birth, :address, :phone, :email, :now)
                  ON CONFLICT DO NOTHING
                  """),
              applicant,
              now)
          .update();
    }
  }

  /**
   * Applicants of dossiers handed in before, in one batch, as they were then: someone already known
   * keeps the data given since.
   */
  void rememberPast(Map<String, Applicant> byIdNumber, Map<String, Instant> lastSeen) {
    batch.batchUpdate(
        """
        INSERT INTO applicant (id_number, kind, name, birth_date, address, phone, email, updated_at)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING
        """,
        byIdNumber.values().stream()
            .map(
                applicant ->
                    new Object[] {
                      applicant.idNumber(),
                      applicant.kind().name(),
                      applicant.name(),
                      applicant.birthDate(),
                      applicant.address(),
                      applicant.phone(),
                      applicant.email(),
                      Instants.toDb(lastSeen.get(applicant.idNumber()))
                    })
            .toList());
  }

  private static JdbcClient.StatementSpec bind(
      JdbcClient.StatementSpec spec, Applicant applicant, Instant now) {
    return spec.param("id", applicant.idNumber())
        .param("kind", applicant.kind().name())
        .param("name", applicant.name())
        .param("birth", applicant.birthDate())
        .param("address", applicant.address())
        .param("phone", applicant.phone())
        .param("email", applicant.email())
        .param("now", Instants.toDb(now));
  }
}
