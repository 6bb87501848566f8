package vn.motcua.organization.internal;

import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;
import vn.motcua.organization.NewOfficer;
import vn.motcua.organization.Officer;
import vn.motcua.security.Role;
import vn.motcua.shared.Instants;

/** The {@code officer}, {@code officer_role} and {@code officer_field} tables. */
@Repository
public class OfficerRepository {

  // The grants and fields come in the same statement, each folded into one column: one round trip
  // per officer read, however many officers it returns.
  private static final String SELECT =
      """
      SELECT o.id, o.username, o.full_name, o.email, o.phone, o.agency_id, o.department_id,
             o.active, o.must_change_password, o.version,
             (SELECT STRING_AGG(r.role || ':' || CAST(r.agency_id AS VARCHAR), ',' ORDER BY r.role, r.agency_id)
                FROM officer_role r WHERE r.officer_id = o.id) AS grants,
             (SELECT STRING_AGG(f.field_code, ',') FROM officer_field f WHERE f.officer_id = o.id) AS fields
        FROM officer o JOIN agency a ON a.id = o.agency_id
      """;

  /**
   * The officer's grants all lie in the scope too: an administrator of one ward may not take over
   * (reset the password of, edit) an officer who also holds a role for the whole province.
   */
  private static final String GRANTS_WITHIN =
      " AND NOT EXISTS (SELECT 1 FROM officer_role gr JOIN agency ga ON ga.id = gr.agency_id"
          + " WHERE gr.officer_id = o.id AND NOT %s)";

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
   * Inserts the officer with an already hashed password, the granted roles and the fields; returns
   * the officer's id.
   */
  public long insert(
      NewOfficer officer, String passwordHash, boolean mustChangePassword, Instant now) {
    KeyHolder key = new GeneratedKeyHolder();
    jdbc.sql(
            """
            INSERT INTO officer (username, password_hash, full_name, email, phone, agency_id,
                                 department_id, must_change_password, created_at)
            VALUES (:username, :hash, :name, :email, :phone, :agency, :department, :mustChange, :now)
            """)
        .param("username", officer.username().toLowerCase(Locale.ROOT))
        .param("hash", passwordHash)
        .param("name", officer.fullName())
        .param("email", officer.email())
        .param("phone", officer.phone())
        .param("agency", officer.agencyId())
        .param("department", officer.departmentId())
        .param("mustChange", mustChangePassword)
        .param("now", Instants.toDb(now))
        .update(key, "id");
    long id = key.getKeyAs(Long.class);
    insertGrantsAndFields(id, officer.grants(), officer.fields());
    return id;
  }

  /**
   * Changes the officer's details, roles and fields if the officer still has the version the change
   * was based on; returns whether it did.
   */
  public boolean update(long id, int version, NewOfficer officer) {
    int updated =
        jdbc.sql(
                """
                UPDATE officer SET full_name = :name, email = :email, phone = :phone,
                       agency_id = :agency, department_id = :department, version = version + 1
                 WHERE id = :id AND version = :version
                """)
            .param("name", officer.fullName())
            .param("email", officer.email())
            .param("phone", officer.phone())
            .param("agency", officer.agencyId())
            .param("department", officer.departmentId())
            .param("id", id)
            .param("version", version)
            .update();
    if (updated == 0) {
      return false;
    }
    jdbc.sql("DELETE FROM officer_role WHERE officer_id = :id").param("id", id).update();
    jdbc.sql("DELETE FROM officer_field WHERE officer_id = :id").param("id", id).update();
    insertGrantsAndFields(id, officer.grants(), officer.fields());
    return true;
  }

  private void insertGrantsAndFields(
      long id, Collection<NewOfficer.Grant> grants, Collection<String> fields) {
    for (NewOfficer.Grant grant : Set.copyOf(grants)) {
      jdbc.sql(
              "INSERT INTO officer_role (officer_id, role, agency_id) VALUES (:id, :role, :agency)")
          .param("id", id)
          .param("role", grant.role().name())
          .param("agency", grant.agencyId())
          .update();
    }
    for (String field : fields) {
      jdbc.sql("INSERT INTO officer_field (officer_id, field_code) VALUES (:id, :field)")
          .param("id", id)
          .param("field", field)
          .update();
    }
  }

  public boolean setActive(long id, int version, boolean active) {
    return jdbc.sql(
                "UPDATE officer SET active = :active, version = version + 1"
                    + " WHERE id = :id AND version = :version")
            .param("active", active)
            .param("id", id)
            .param("version", version)
            .update()
        == 1;
  }

  public void setPassword(long id, String passwordHash, boolean mustChangePassword) {
    jdbc.sql(
            """
            UPDATE officer SET password_hash = :hash, must_change_password = :mustChange,
                   version = version + 1
             WHERE id = :id
            """)
        .param("hash", passwordHash)
        .param("mustChange", mustChangePassword)
        .param("id", id)
        .update();
  }

  public Optional<String> passwordHash(long id) {
    return jdbc.sql("SELECT password_hash FROM officer WHERE id = :id AND active")
        .param("id", id)
        .query(String.class)
        .optional();
  }

  public Optional<OfficerRecord> find(long id) {
    return one(jdbc.sql(SELECT + " WHERE o.id = :id").param("id", id));
  }

  /** The officer, if the scope covers the agency the officer works in. */
  public Optional<OfficerRecord> find(long id, Scope scope) {
    return one(
        scope.bind(
            jdbc.sql(SELECT + " WHERE o.id = :id AND " + scope.covers("a")).param("id", id)));
  }

  /**
   * The officer, if the scope covers the agency the officer works in and every agency of the
   * officer's roles.
   */
  public Optional<OfficerRecord> findManageable(long id, Scope scope) {
    return one(
        scope.bind(
            jdbc.sql(
                    SELECT
                        + " WHERE o.id = :id AND "
                        + scope.covers("a")
                        + GRANTS_WITHIN.formatted(scope.covers("ga")))
                .param("id", id)));
  }

  /** The officers working in the scope (in one agency of it when {@code agencyId} is given). */
  public List<OfficerRecord> within(Scope scope, @Nullable Long agencyId) {
    String sql =
        SELECT
            + " WHERE "
            + scope.covers("a")
            + (agencyId == null ? "" : " AND (o.agency_id = :agency OR o.department_id = :agency)")
            + " ORDER BY o.full_name, o.username";
    return withGrantsAndFields(scope.bind(jdbc.sql(sql)).param("agency", agencyId));
  }

  /** The active officers who may act in the role in the agency. */
  public List<OfficerRecord> covering(Role role, long agencyId) {
    return withGrantsAndFields(
        jdbc.sql(
                SELECT
                    + """
                     WHERE o.active AND EXISTS (
                       SELECT 1 FROM officer_role r
                         JOIN agency g ON g.id = r.agency_id
                         JOIN agency target ON target.id = :agency
                        WHERE r.officer_id = o.id AND r.role = :role AND target.path LIKE g.path || '%')
                     ORDER BY o.full_name
                    """)
            .param("role", role.name())
            .param("agency", agencyId));
  }

  /** How many active officers work in the agency or in it as their department. */
  public long activeIn(long agencyId) {
    return jdbc.sql(
            "SELECT COUNT(*) FROM officer WHERE active AND (agency_id = :id OR department_id = :id)")
        .param("id", agencyId)
        .query(Long.class)
        .single();
  }

  private Optional<OfficerRecord> one(JdbcClient.StatementSpec statement) {
    return withGrantsAndFields(statement).stream().findFirst();
  }

  private List<OfficerRecord> withGrantsAndFields(JdbcClient.StatementSpec statement) {
    return statement
        .query(
            (rs, n) ->
                new OfficerRecord(
                    new Officer(
                        rs.getLong("id"),
                        rs.getString("username"),
                        rs.getString("full_name"),
                        rs.getString("email"),
                        rs.getString("phone"),
                        rs.getLong("agency_id"),
                        rs.getObject("department_id", Long.class),
                        rs.getBoolean("active"),
                        grants(rs.getString("grants")),
                        fields(rs.getString("fields"))),
                    rs.getBoolean("must_change_password"),
                    rs.getInt("version")))
        .list();
  }

  /** The grants folded as {@code ROLE:agencyId,...}, in order of role and agency. */
  private static List<NewOfficer.Grant> grants(@Nullable String folded) {
    if (folded == null) {
      return List.of();
    }
    return Arrays.stream(folded.split(","))
        .map(
            grant -> {
              int colon = grant.indexOf(':');
              return new NewOfficer.Grant(
                  Role.valueOf(grant.substring(0, colon)),
                  Long.parseLong(grant.substring(colon + 1)));
            })
        .toList();
  }

  private static Set<String> fields(@Nullable String folded) {
    return folded == null ? Set.of() : Set.of(folded.split(","));
  }
}
