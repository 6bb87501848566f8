package vn.motcua.shared;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.jspecify.annotations.Nullable;

/**
 * Instants at the JDBC boundary and on screen. Both drivers bind and read {@code TIMESTAMP WITH
 * TIME ZONE} as {@link OffsetDateTime}, not as {@link Instant}, so repositories convert here;
 * instants are stored in UTC and shown in Vietnam's zone.
 */
public final class Instants {

  /** Asia/Ho_Chi_Minh: where every date on a form or a report is read. */
  public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

  private Instants() {}

  public static @Nullable OffsetDateTime toDb(@Nullable Instant instant) {
    return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
  }

  /**
   * An instant as the API shows it: ISO-8601 at Vietnam's offset, e.g. {@code
   * 2026-02-25T16:00:00+07:00}.
   */
  public static @Nullable OffsetDateTime inVietnam(@Nullable Instant instant) {
    return instant == null ? null : instant.atZone(VIETNAM).toOffsetDateTime();
  }

  public static @Nullable Instant fromDb(@Nullable OffsetDateTime value) {
    return value == null ? null : value.toInstant();
  }
}
