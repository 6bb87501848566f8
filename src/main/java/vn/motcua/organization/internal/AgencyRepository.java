package vn.motcua.organization.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;
import vn.motcua.organization.Agency;
import vn.motcua.organization.AgencyCode;
import vn.motcua.organization.AgencyKind;
import vn.motcua.organization.NewAgency;

/** The {@code agency} table. */
@Repository
public class AgencyRepository {

  private final JdbcClient jdbc;

  AgencyRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  private static final String SELECT =
      "SELECT id, code, name, kind, parent_id, address, phone, email, active FROM agency";

  private static final RowMapper<Agency> AGENCY =
      (rs, row) ->
          new Agency(
              rs.getLong("id"),
              new AgencyCode(rs.getString("code")),
              rs.getString("name"),
              AgencyKind.valueOf(rs.getString("kind")),
              rs.getObject("parent_id", Long.class),
              rs.getString("address"),
              rs.getString("phone"),
              rs.getString("email"),
              rs.getBoolean("active"));

  public Optional<Agency> find(long id) {
    return jdbc.sql(SELECT + " WHERE id = :id").param("id", id).query(AGENCY).optional();
  }

  public Optional<Agency> find(AgencyCode code) {
    return jdbc.sql(SELECT + " WHERE code = :code")
        .param("code", code.value())
        .query(AGENCY)
        .optional();
  }

  public List<Agency> ofKind(AgencyKind kind) {
    return jdbc.sql(SELECT + " WHERE kind = :kind ORDER BY name")
        .param("kind", kind.name())
        .query(AGENCY)
        .list();
  }

  /** The codes of the agency and its ancestors, nearest first. */
  public List<String> lineage(String code) {
    Optional<String> path =
        jdbc.sql("SELECT path FROM agency WHERE code = :code")
            .param("code", code)
            .query(String.class)
            .optional();
    if (path.isEmpty()) {
      return List.of();
    }
    List<Long> ids =
        Arrays.stream(path.get().split("/")).filter(s -> !s.isEmpty()).map(Long::valueOf).toList();
    Map<Long, String> codes = new HashMap<>();
    jdbc.sql("SELECT id, code FROM agency WHERE id IN (:ids)")
        .param("ids", ids)
        .query(
            rs -> {
              codes.put(rs.getLong(1), rs.getString(2));
            });
    List<String> lineage = new ArrayList<>();
    for (int i = ids.size() - 1; i >= 0; i--) {
      lineage.add(codes.get(ids.get(i)));
    }
    return lineage;
  }

  public Optional<Long> idOf(AgencyCode code) {
    return jdbc.sql("SELECT id FROM agency WHERE code = :code")
        .param("code", code.value())
        .query(Long.class)
        .optional();
  }

  /** Inserts the agency below its parent and returns its id. */
  public long insert(NewAgency agency) {
    String parentPath =
        agency.parentId() == null
            ? "/"
            : jdbc.sql("SELECT path FROM agency WHERE id = :id")
                .param("id", agency.parentId())
                .query(String.class)
                .single();
    KeyHolder key = new GeneratedKeyHolder();
    jdbc.sql(
            """
            INSERT INTO agency (code, name, kind, parent_id, path, address, phone, email)
            VALUES (:code, :name, :kind, :parent, '/', :address, :phone, :email)
            """)
        .param("code", agency.code().value())
        .param("name", agency.name())
        .param("kind", agency.kind().name())
        .param("parent", agency.parentId())
        .param("address", agency.address())
        .param("phone", agency.phone())
        .param("email", agency.email())
        .update(key, "id");
    long id = key.getKeyAs(Long.class);
    jdbc.sql("UPDATE agency SET path = :path WHERE id = :id")
        .param("path", parentPath + id + "/")
        .param("id", id)
        .update();
    return id;
  }
}
