package vn.motcua.calendar.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.sql.Types;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.zip.CRC32;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import vn.motcua.calendar.domain.OfficialDaysCsv;
import vn.motcua.calendar.domain.RecordedDay;

/**
 * Flyway migration 11: loads the shipped official days off 2024–2026 ({@code
 * seed/vn-holidays-lunar/}, see its SOURCE.md) into {@code calendar_day}, once per database, in
 * every installation. Being a migration, it never runs again: days an administrator removes stay
 * removed. Its checksum is the file's, so that an edited seed fails validation instead of being
 * silently ignored; newer official days come in a new migration or through the admin page.
 */
@Component
class OfficialDaysSeed implements JavaMigration {

  static final String RESOURCE = "seed/vn-holidays-lunar/vn_official_days_off_2024_2026.csv";

  static final String RECORDED_BY = "seed";

  private final Clock clock;

  OfficialDaysSeed(Clock clock) {
    this.clock = clock;
  }

  @Override
  public MigrationVersion getVersion() {
    return MigrationVersion.fromVersion("11");
  }

  @Override
  public String getDescription() {
    return "official days off 2024-2026";
  }

  @Override
  public Integer getChecksum() {
    CRC32 crc = new CRC32();
    crc.update(text().getBytes(StandardCharsets.UTF_8));
    return (int) crc.getValue();
  }

  @Override
  public boolean canExecuteInTransaction() {
    return true;
  }

  @Override
  public void migrate(Context context) throws Exception {
    try (PreparedStatement insert =
        context
            .getConnection()
            .prepareStatement(
                """
                INSERT INTO calendar_day
                    (day_date, kind, name, paired_date, source, confidence, recorded_at,
                     recorded_by, version)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0)
                """)) {
      for (RecordedDay day : OfficialDaysCsv.parse(text(), clock.instant(), RECORDED_BY)) {
        insert.setObject(1, day.date());
        insert.setString(2, day.day().kind().name());
        insert.setString(3, day.day().name());
        if (day.day().pairedDate() == null) {
          insert.setNull(4, Types.DATE);
        } else {
          insert.setObject(4, day.day().pairedDate());
        }
        insert.setString(5, day.source());
        insert.setString(6, day.confidence().name());
        insert.setObject(7, day.recordedAt().atOffset(ZoneOffset.UTC));
        insert.setString(8, day.recordedBy());
        insert.addBatch();
      }
      insert.executeBatch();
    }
  }

  private static String text() {
    try (InputStream in = new ClassPathResource(RESOURCE).getInputStream()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + RESOURCE, e);
    }
  }
}
