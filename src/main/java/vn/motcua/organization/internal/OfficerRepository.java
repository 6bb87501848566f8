package vn.motcua.organization.internal;

import java.time.Instant;
import java.util.Locale;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;
import vn.motcua.organization.NewOfficer;
import vn.motcua.shared.Instants;

/** The {@code officer} and {@code officer_role} tables. */
@Repository
public class OfficerRepository {

  private final JdbcClient jdbc;

  OfficerRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public boolean exists(String username) {
    return jdbc.sql("SELECT COUNT(*) FROM officer WHERE username = :username")
            .param("username", username.toLowerCase(Locale.ROOT))
            .query(Long.class)
            .single()
        > 0;
  }

  /**
   * Inserts the officer with an already hashed password and the granted roles; returns the
   * officer's id.
   */
  public long insert(NewOfficer officer, String passwordHash, Instant now) {
    KeyHolder key = new GeneratedKeyHolder();
    jdbc.sql(
            """
            INSERT INTO officer (username, password_hash, full_name, email, phone, agency_id,
                                 department_id, created_at)
            VALUES (:username, :hash, :name, :email, :phone, :agency, :department, :now)
            """)
        .param("username", officer.username().toLowerCase(Locale.ROOT))
        .param("hash", passwordHash)
        .param("name", officer.fullName())
        .param("email", officer.email())
        .param("phone", officer.phone())
        .param("agency", officer.agencyId())
        .param("department", officer.departmentId())
        .param("now", Instants.toDb(now))
        .update(key, "id");
    long id = key.getKeyAs(Long.class);
    for (NewOfficer.Grant grant : officer.grants()) {
      jdbc.sql(
              "INSERT INTO officer_role (officer_id, role, agency_id) VALUES (:id, :role, :agency)")
          .param("id", id)
          .param("role", grant.role().name())
          .param("agency", grant.agencyId())
          .update();
    }
    return id;
  }
}
