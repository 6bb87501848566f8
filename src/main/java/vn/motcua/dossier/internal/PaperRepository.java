package vn.motcua.dossier.internal;

import static vn.motcua.dossier.internal.DossierRepository.instant;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;
import vn.motcua.dossier.Component;
import vn.motcua.dossier.StoredFile;
import vn.motcua.shared.Instants;

/**
 * A dossier's papers: the {@code dossier_component} checklist and the {@code dossier_file} scans
 * and results.
 */
@Repository
class PaperRepository {

  private static final RowMapper<StoredFile> FILE =
      (rs, row) ->
          new StoredFile(
              rs.getLong("id"),
              rs.getString("kind"),
              rs.getObject("component_position", Integer.class),
              rs.getString("file_name"),
              rs.getString("content_type"),
              rs.getLong("size_bytes"),
              rs.getString("sha256"),
              instant(rs, "uploaded_at"),
              rs.getString("uploaded_by"));

  private final JdbcClient jdbc;
  private final JdbcTemplate batch;

  PaperRepository(JdbcClient jdbc, JdbcTemplate batch) {
    this.jdbc = jdbc;
    this.batch = batch;
  }

  /** The checklist in one batch: a procedure may list dozens of papers. */
  void insertComponents(long dossierId, List<Component> components) {
    insertComponents(Map.of(dossierId, components));
  }

  /** The checklists of several dossiers in one batch. */
  void insertComponents(Map<Long, List<Component>> checklists) {
    batch.batchUpdate(
        "INSERT INTO dossier_component (dossier_id, position, name, originals, certified_copies,"
            + " copies, provided) VALUES (?, ?, ?, ?, ?, ?, ?)",
        checklists.entrySet().stream()
            .flatMap(
                checklist ->
                    checklist.getValue().stream()
                        .map(
                            component ->
                                new Object[] {
                                  checklist.getKey(),
                                  component.position(),
                                  component.name(),
                                  component.originals(),
                                  component.certifiedCopies(),
                                  component.copies(),
                                  component.provided()
                                }))
            .toList());
  }

  List<Component> components(long dossierId) {
    return jdbc.sql(
            """
            SELECT position, name, originals, certified_copies, copies, provided
              FROM dossier_component WHERE dossier_id = :dossier ORDER BY position
            """)
        .param("dossier", dossierId)
        .query(
            (rs, row) ->
                new Component(
                    rs.getInt("position"),
                    rs.getString("name"),
                    rs.getInt("originals"),
                    rs.getInt("certified_copies"),
                    rs.getInt("copies"),
                    rs.getBoolean("provided")))
        .list();
  }

  long insertFile(
      long dossierId,
      String kind,
      @Nullable Integer componentPosition,
      String fileName,
      String contentType,
      long size,
      String sha256,
      String storageKey,
      Instant at,
      String by) {
    KeyHolder key = new GeneratedKeyHolder();
    jdbc.sql(
            """
            INSERT INTO dossier_file (dossier_id, kind, component_position, file_name, content_type, size_bytes,
                sha256, storage_key, uploaded_at, uploaded_by)
            VALUES (:dossier, :kind, :position, :name, :type, :size, :sha, :key, :at, :by)
            """)
        .param("dossier", dossierId)
        .param("kind", kind)
        .param("position", componentPosition)
        .param("name", fileName)
        .param("type", contentType)
        .param("size", size)
        .param("sha", sha256)
        .param("key", storageKey)
        .param("at", Instants.toDb(at))
        .param("by", by)
        .update(key, "id");
    return key.getKeyAs(Long.class);
  }

  List<StoredFile> files(long dossierId) {
    return jdbc.sql("SELECT * FROM dossier_file WHERE dossier_id = :dossier ORDER BY id")
        .param("dossier", dossierId)
        .query(FILE)
        .list();
  }

  /** A file of the dossier, with the key of its bytes in the storage. */
  Optional<Stored> file(long dossierId, long fileId) {
    return jdbc.sql("SELECT * FROM dossier_file WHERE dossier_id = :dossier AND id = :id")
        .param("dossier", dossierId)
        .param("id", fileId)
        .query((rs, row) -> new Stored(FILE.mapRow(rs, row), rs.getString("storage_key")))
        .optional();
  }

  record Stored(StoredFile file, String storageKey) {}
}
