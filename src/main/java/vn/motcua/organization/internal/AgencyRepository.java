package vn.motcua.organization.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;
import vn.motcua.organization.Agency;
import vn.motcua.organization.AgencyCode;
import vn.motcua.organization.AgencyKind;
import vn.motcua.organization.NewAgency;
import vn.motcua.shared.NodeCache;

/** The {@code agency} table. */
@Repository
public class AgencyRepository {

  private final JdbcClient jdbc;

  // Every action's messages name the agency, every reception reads the officer's: this node keeps
  // an agency it read by id for motcua.organization.cache-lifetime; the writes below clear it.
  private final NodeCache<Long, Optional<Agency>> byId;

  AgencyRepository(JdbcClient jdbc, OrganizationProperties properties) {
    this.byId = new NodeCache<>(properties.cacheLifetime());
    this.jdbc = jdbc;
  }

  private static final String SELECT =
      "SELECT a.id, a.code, a.name, a.kind, a.parent_id, a.address, a.phone, a.email, a.active,"
          + " a.admin_unit_id, a.path, a.version FROM agency a";

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

  private static final RowMapper<AgencyRecord> RECORD =
      (rs, row) ->
          new AgencyRecord(
              AGENCY.mapRow(rs, row),
              rs.getObject("admin_unit_id", Long.class),
              rs.getString("path"),
              rs.getInt("version"));

  public Optional<Agency> find(long id) {
    return byId.get(
        id,
        key -> jdbc.sql(SELECT + " WHERE a.id = :id").param("id", key).query(AGENCY).optional());
  }

  public Optional<Agency> find(AgencyCode code) {
    return jdbc.sql(SELECT + " WHERE a.code = :code")
        .param("code", code.value())
        .query(AGENCY)
        .optional();
  }

  public List<Agency> ofKind(AgencyKind kind) {
    return jdbc.sql(SELECT + " WHERE a.kind = :kind ORDER BY a.name")
        .param("kind", kind.name())
        .query(AGENCY)
        .list();
  }

  /** The agency with everything the administration needs, if it is in the scope. */
  public Optional<AgencyRecord> find(long id, Scope scope) {
    return scope
        .bind(jdbc.sql(SELECT + " WHERE a.id = :id AND " + scope.covers("a")).param("id", id))
        .query(RECORD)
        .optional();
  }

  /** All agencies in the scope, active or not, parents before their children. */
  public List<AgencyRecord> within(Scope scope) {
    return scope
        .bind(jdbc.sql(SELECT + " WHERE " + scope.covers("a") + " ORDER BY a.path"))
        .query(RECORD)
        .list();
  }

  /** The codes of the agency and its ancestors, nearest first. */
  public List<String> lineage(String code) {
    return jdbc.sql("SELECT path FROM agency WHERE code = :code")
        .param("code", code)
        .query(String.class)
        .optional()
        .map(path -> ancestry(path, "code", String.class))
        .orElse(List.of());
  }

  /**
   * The administrative unit of the agency, or of its nearest ancestor that has one (departments and
   * counters serve their parent's unit).
   */
  public Optional<Long> adminUnitOf(long agencyId) {
    return jdbc.sql("SELECT path FROM agency WHERE id = :id")
        .param("id", agencyId)
        .query(String.class)
        .optional()
        .flatMap(
            path ->
                ancestry(path, "admin_unit_id", Long.class).stream()
                    .filter(java.util.Objects::nonNull)
                    .findFirst());
  }

  /** One column of the agencies on a path, nearest (the last id of the path) first. */
  private <T> List<@Nullable T> ancestry(String path, String column, Class<T> type) {
    List<Long> ids =
        Arrays.stream(path.split("/")).filter(s -> !s.isEmpty()).map(Long::valueOf).toList();
    Map<Long, T> values = new HashMap<>();
    jdbc.sql("SELECT id, " + column + " FROM agency WHERE id IN (:ids)")
        .param("ids", ids)
        .query(
            rs -> {
              values.put(rs.getLong(1), rs.getObject(2, type));
            });
    List<@Nullable T> nearestFirst = new ArrayList<>();
    for (int i = ids.size() - 1; i >= 0; i--) {
      nearestFirst.add(values.get(ids.get(i)));
    }
    return nearestFirst;
  }

  /** The ids of the agency and of every agency below it; empty when there is no such agency. */
  public List<Long> subtree(long id) {
    return jdbc.sql(
            "SELECT a.id FROM agency a, agency top WHERE top.id = :id AND a.path LIKE top.path || '%'")
        .param("id", id)
        .query(Long.class)
        .list();
  }

  public Optional<Long> idOf(AgencyCode code) {
    return jdbc.sql("SELECT id FROM agency WHERE code = :code")
        .param("code", code.value())
        .query(Long.class)
        .optional();
  }

  public Optional<String> pathOf(long id) {
    return jdbc.sql("SELECT path FROM agency WHERE id = :id")
        .param("id", id)
        .query(String.class)
        .optional();
  }

  /** Inserts the agency below its parent and returns its id. */
  public long insert(NewAgency agency) {
    byId.changed();
    String parentPath = agency.parentId() == null ? "/" : pathOf(agency.parentId()).orElseThrow();
    KeyHolder key = new GeneratedKeyHolder();
    jdbc.sql(
            """
            INSERT INTO agency (code, name, kind, parent_id, path, address, phone, email, admin_unit_id)
            VALUES (:code, :name, :kind, :parent, '/', :address, :phone, :email, :unit)
            """)
        .param("code", agency.code().value())
        .param("name", agency.name())
        .param("kind", agency.kind().name())
        .param("parent", agency.parentId())
        .param("address", agency.address())
        .param("phone", agency.phone())
        .param("email", agency.email())
        .param("unit", agency.adminUnitId())
        .update(key, "id");
    long id = key.getKeyAs(Long.class);
    jdbc.sql("UPDATE agency SET path = :path WHERE id = :id")
        .param("path", parentPath + id + "/")
        .param("id", id)
        .update();
    return id;
  }

  /**
   * Changes the agency if it still has the version the change was based on; returns whether it did.
   */
  public boolean update(long id, int version, NewAgency agency) {
    byId.changed();
    return jdbc.sql(
                """
                UPDATE agency SET code = :code, name = :name, kind = :kind, parent_id = :parent,
                       address = :address, phone = :phone, email = :email, admin_unit_id = :unit,
                       version = version + 1
                 WHERE id = :id AND version = :version
                """)
            .param("code", agency.code().value())
            .param("name", agency.name())
            .param("kind", agency.kind().name())
            .param("parent", agency.parentId())
            .param("address", agency.address())
            .param("phone", agency.phone())
            .param("email", agency.email())
            .param("unit", agency.adminUnitId())
            .param("id", id)
            .param("version", version)
            .update()
        == 1;
  }

  /** Moves the subtree at {@code oldPath} below the agency at {@code newParentPath}. */
  public void moveSubtree(String oldPath, String newParentPath, long id) {
    byId.changed();
    String newPath = newParentPath + id + "/";
    jdbc.sql(
            """
            UPDATE agency SET path = :newPath || SUBSTRING(path, :rest)
             WHERE path LIKE :oldPath || '%'
            """)
        .param("newPath", newPath)
        .param("rest", oldPath.length() + 1)
        .param("oldPath", oldPath)
        .update();
  }

  public boolean setActive(long id, int version, boolean active) {
    byId.changed();
    return jdbc.sql(
                "UPDATE agency SET active = :active, version = version + 1"
                    + " WHERE id = :id AND version = :version")
            .param("active", active)
            .param("id", id)
            .param("version", version)
            .update()
        == 1;
  }

  public boolean codeTaken(AgencyCode code, long exceptId) {
    return jdbc.sql("SELECT COUNT(*) FROM agency WHERE code = :code AND id <> :id")
            .param("code", code.value())
            .param("id", exceptId)
            .query(Long.class)
            .single()
        > 0;
  }

  public long activeChildren(long id) {
    return jdbc.sql("SELECT COUNT(*) FROM agency WHERE parent_id = :id AND active")
        .param("id", id)
        .query(Long.class)
        .single();
  }
}
