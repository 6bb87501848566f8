package vn.motcua.organization.internal.units;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.util.List;
import java.util.zip.CRC32;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import vn.motcua.shared.VietnameseText;

/**
 * Flyway migration 21: imports all administrative units before and after the 2025 reform, and the
 * links between them, from the official lists shipped in {@code seed/vn-admin-units/}. About 14,000
 * units and 10,600 links, inserted in JDBC batches in a fraction of a second, once per database:
 * Flyway records it, so later starts do nothing, and its lock keeps two nodes starting together
 * from importing twice. The checksum covers the lists, so that replacing them is noticed; a newer
 * export comes with a migration of its own.
 */
@Component
class AdministrativeUnitsMigration implements JavaMigration {

  private static final Logger log = LoggerFactory.getLogger(AdministrativeUnitsMigration.class);

  static final String FOLDER = "seed/vn-admin-units/";
  static final List<String> FILES =
      List.of(
          "pre-2025-07_wards_Xa_2025-01-04.csv",
          "post-2025-07_nested-divisions.json",
          "2025-07_conversion_new_old_wards.csv");

  private static final int BATCH = 1000;

  @Override
  public MigrationVersion getVersion() {
    return MigrationVersion.fromVersion("21");
  }

  @Override
  public String getDescription() {
    return "administrative units";
  }

  @Override
  public Integer getChecksum() {
    CRC32 crc = new CRC32();
    for (String file : FILES) {
      try (InputStream in = open(file)) {
        crc.update(in.readAllBytes());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return (int) crc.getValue();
  }

  @Override
  public boolean canExecuteInTransaction() {
    return true;
  }

  @Override
  public void migrate(Context context) throws Exception {
    long started = System.nanoTime();
    UnitDataset dataset;
    try (InputStream before = open(FILES.get(0));
        InputStream since = open(FILES.get(1));
        InputStream conversion = open(FILES.get(2))) {
      dataset = AdministrativeUnitLists.read(before, since, conversion);
    }
    Connection connection = context.getConnection();
    insertUnits(connection, dataset.units());
    insertLinks(connection, dataset.links());
    try (Statement statement = connection.createStatement()) {
      // The ids were given here; new rows must continue after them.
      statement.execute(
          "ALTER TABLE admin_unit ALTER COLUMN id RESTART WITH " + (dataset.units().size() + 1));
    }
    dataset.problems().forEach(problem -> log.info("Administrative units: skipped {}", problem));
    log.info(
        "Administrative units: {} units and {} links imported in {} ms",
        dataset.units().size(),
        dataset.links().size(),
        (System.nanoTime() - started) / 1_000_000);
  }

  private static void insertUnits(Connection connection, List<UnitDataset.Unit> units)
      throws SQLException {
    insertAll(
        connection,
        """
        INSERT INTO admin_unit (id, code, name, name_key, kind, parent_id, valid_from, valid_until)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?)
        """,
        units,
        (insert, unit) -> {
          insert.setLong(1, unit.id());
          insert.setString(2, unit.code());
          insert.setString(3, unit.name());
          insert.setString(4, VietnameseText.fold(unit.name()));
          insert.setString(5, unit.kind().name());
          insert.setObject(6, unit.parentId(), Types.BIGINT);
          setDate(insert, 7, unit.validFrom());
          setDate(insert, 8, unit.validUntil());
        });
  }

  private static void insertLinks(Connection connection, List<UnitDataset.Link> links)
      throws SQLException {
    insertAll(
        connection,
        """
        INSERT INTO admin_unit_succession (predecessor_id, successor_id, kind, effective_on, note)
        VALUES (?, ?, ?, ?, ?)
        """,
        links,
        (insert, link) -> {
          insert.setLong(1, link.predecessorId());
          insert.setLong(2, link.successorId());
          insert.setString(3, link.kind().name());
          setDate(insert, 4, AdministrativeUnitLists.REFORM);
          insert.setString(5, link.note());
        });
  }

  /** Sets the parameters of one row. */
  private interface Row<T> {
    void bind(PreparedStatement insert, T item) throws SQLException;
  }

  private static <T> void insertAll(Connection connection, String sql, List<T> items, Row<T> row)
      throws SQLException {
    try (PreparedStatement insert = connection.prepareStatement(sql)) {
      int pending = 0;
      for (T item : items) {
        row.bind(insert, item);
        insert.addBatch();
        if (++pending == BATCH) {
          insert.executeBatch();
          pending = 0;
        }
      }
      insert.executeBatch();
    }
  }

  private static void setDate(PreparedStatement statement, int index, @Nullable LocalDate date)
      throws SQLException {
    if (date == null) {
      statement.setNull(index, Types.DATE);
    } else {
      statement.setDate(index, Date.valueOf(date));
    }
  }

  static InputStream open(String file) throws IOException {
    return new ClassPathResource(FOLDER + file).getInputStream();
  }
}
