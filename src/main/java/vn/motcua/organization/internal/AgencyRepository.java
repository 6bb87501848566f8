package vn.motcua.organization.internal;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;
import vn.motcua.organization.AgencyCode;
import vn.motcua.organization.NewAgency;

/** The {@code agency} table. */
@Repository
public class AgencyRepository {

  private final JdbcClient jdbc;

  AgencyRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
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
