package vn.motcua.organization.internal.units;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.motcua.organization.AdminUnit;
import vn.motcua.organization.AdminUnitKind;
import vn.motcua.organization.Succession;
import vn.motcua.organization.SuccessionKind;
import vn.motcua.shared.VietnameseText;

/** The {@code admin_unit} and {@code admin_unit_succession} tables (read only: V21 fills them). */
@Repository
public class AdminUnitRepository {

  private static final String COLUMNS = "id, code, name, kind, parent_id, valid_from, valid_until";

  private static final String IN_FORCE =
      " AND (valid_from IS NULL OR valid_from <= :on) AND (valid_until IS NULL OR valid_until > :on)";

  private static final RowMapper<AdminUnit> UNIT = (rs, row) -> unit(rs, "");

  private final JdbcClient jdbc;

  AdminUnitRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public Optional<AdminUnit> find(long id) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM admin_unit WHERE id = :id")
        .param("id", id)
        .query(UNIT)
        .optional();
  }

  public Optional<AdminUnit> find(String code, LocalDate on) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM admin_unit WHERE code = :code" + IN_FORCE)
        .param("code", code)
        .param("on", on)
        .query(UNIT)
        .optional();
  }

  /**
   * Units whose code is the text or whose name contains it (with or without diacritics), those in
   * force first, then by name.
   */
  public List<AdminUnit> search(String text, @Nullable LocalDate on, int limit) {
    String key = VietnameseText.fold(text).replaceAll("[%_\\\\]", "");
    return jdbc.sql(
            "SELECT "
                + COLUMNS
                + " FROM admin_unit WHERE (code = :code OR name_key LIKE :pattern)"
                + (on == null ? "" : IN_FORCE)
                + " ORDER BY CASE WHEN valid_until IS NULL THEN 0 ELSE 1 END, name, code"
                + " FETCH FIRST :limit ROWS ONLY")
        .param("code", text.strip())
        .param("pattern", "%" + key + "%")
        .param("on", on)
        .param("limit", limit)
        .query(UNIT)
        .list();
  }

  /** Where the unit went (its successors). */
  public List<Succession> successionsFrom(long id) {
    return successions("s.predecessor_id = :id ORDER BY n.name", id);
  }

  /** What went into the unit (its predecessors). */
  public List<Succession> successionsTo(long id) {
    return successions("s.successor_id = :id ORDER BY o.name", id);
  }

  private List<Succession> successions(String condition, long id) {
    return jdbc.sql(
            """
            SELECT o.id AS o_id, o.code AS o_code, o.name AS o_name, o.kind AS o_kind,
                   o.parent_id AS o_parent_id, o.valid_from AS o_valid_from, o.valid_until AS o_valid_until,
                   n.id AS n_id, n.code AS n_code, n.name AS n_name, n.kind AS n_kind,
                   n.parent_id AS n_parent_id, n.valid_from AS n_valid_from, n.valid_until AS n_valid_until,
                   s.kind, s.effective_on, s.note
              FROM admin_unit_succession s
              JOIN admin_unit o ON o.id = s.predecessor_id
              JOIN admin_unit n ON n.id = s.successor_id
             WHERE\s"""
                + condition)
        .param("id", id)
        .query(
            (rs, row) ->
                new Succession(
                    unit(rs, "o_"),
                    unit(rs, "n_"),
                    SuccessionKind.valueOf(rs.getString("kind")),
                    rs.getObject("effective_on", LocalDate.class),
                    rs.getString("note")))
        .list();
  }

  private static AdminUnit unit(ResultSet rs, String prefix) throws SQLException {
    return new AdminUnit(
        rs.getLong(prefix + "id"),
        rs.getString(prefix + "code"),
        rs.getString(prefix + "name"),
        AdminUnitKind.valueOf(rs.getString(prefix + "kind")),
        rs.getObject(prefix + "parent_id", Long.class),
        rs.getObject(prefix + "valid_from", LocalDate.class),
        rs.getObject(prefix + "valid_until", LocalDate.class));
  }
}
