package vn.motcua.calendar.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.motcua.calendar.CalendarDay;
import vn.motcua.calendar.DayKind;
import vn.motcua.calendar.domain.Confidence;
import vn.motcua.calendar.domain.RecordedDay;
import vn.motcua.calendar.domain.WeekSchedule;
import vn.motcua.shared.Instants;

/** The tables {@code calendar_revision}, {@code working_calendar} and {@code calendar_day}. */
@Repository
class CalendarRepository {

  private static final String DAY_COLUMNS =
      "day_date, kind, name, paired_date, notice_number, notice_date, source, confidence,"
          + " confirmed_at, confirmed_by, recorded_at, recorded_by, version";

  private static final RowMapper<RecordedDay> DAY =
      (rs, row) ->
          new RecordedDay(
              new CalendarDay(
                  rs.getObject("day_date", LocalDate.class),
                  DayKind.valueOf(rs.getString("kind")),
                  rs.getString("name"),
                  rs.getObject("paired_date", LocalDate.class)),
              rs.getString("notice_number"),
              rs.getObject("notice_date", LocalDate.class),
              rs.getString("source"),
              Confidence.valueOf(rs.getString("confidence")),
              Instants.fromDb(rs.getObject("confirmed_at", OffsetDateTime.class)),
              rs.getString("confirmed_by"),
              instant(rs.getObject("recorded_at", OffsetDateTime.class)),
              rs.getString("recorded_by"),
              rs.getInt("version"));

  private static final RowMapper<StoredHours> HOURS =
      (rs, row) ->
          new StoredHours(
              rs.getString("agency_code"),
              WeekSchedule.parse(rs.getString("office_hours")),
              WeekSchedule.parse(rs.getString("reception_hours")),
              instant(rs.getObject("updated_at", OffsetDateTime.class)),
              rs.getString("updated_by"),
              rs.getInt("version"));

  private final JdbcClient jdbc;

  CalendarRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  private static Instant instant(OffsetDateTime value) {
    return value.toInstant();
  }

  /** The revision of the calendar data, which every change increments. */
  long revision() {
    return jdbc.sql("SELECT revision FROM calendar_revision WHERE id = 1")
        .query(Long.class)
        .single();
  }

  /** Increments the revision; also serialises concurrent changes to the calendar data. */
  void bumpRevision() {
    jdbc.sql("UPDATE calendar_revision SET revision = revision + 1 WHERE id = 1").update();
  }

  List<StoredHours> hours() {
    return jdbc.sql(
            "SELECT agency_code, office_hours, reception_hours, updated_at, updated_by, version"
                + " FROM working_calendar ORDER BY agency_code")
        .query(HOURS)
        .list();
  }

  Optional<StoredHours> hours(String key) {
    return jdbc.sql(
            "SELECT agency_code, office_hours, reception_hours, updated_at, updated_by, version"
                + " FROM working_calendar WHERE agency_code = :key")
        .param("key", key)
        .query(HOURS)
        .optional();
  }

  void insertHours(String key, WeekSchedule office, WeekSchedule reception, Instant at, String by) {
    jdbc.sql(
            """
            INSERT INTO working_calendar
                (agency_code, office_hours, reception_hours, updated_at, updated_by, version)
            VALUES (:key, :office, :reception, :at, :by, 0)
            """)
        .param("key", key)
        .param("office", office.toString())
        .param("reception", reception.toString())
        .param("at", Instants.toDb(at))
        .param("by", by)
        .update();
  }

  /** Updates the hours if they are still at {@code version}; the number of rows changed. */
  int updateHours(
      String key, WeekSchedule office, WeekSchedule reception, Instant at, String by, int version) {
    return jdbc.sql(
            """
            UPDATE working_calendar
            SET office_hours = :office, reception_hours = :reception, updated_at = :at,
                updated_by = :by, version = version + 1
            WHERE agency_code = :key AND version = :version
            """)
        .param("key", key)
        .param("office", office.toString())
        .param("reception", reception.toString())
        .param("at", Instants.toDb(at))
        .param("by", by)
        .param("version", version)
        .update();
  }

  int deleteHours(String key, int version) {
    return jdbc.sql("DELETE FROM working_calendar WHERE agency_code = :key AND version = :version")
        .param("key", key)
        .param("version", version)
        .update();
  }

  List<RecordedDay> days() {
    return jdbc.sql("SELECT " + DAY_COLUMNS + " FROM calendar_day ORDER BY day_date")
        .query(DAY)
        .list();
  }

  List<RecordedDay> days(int year) {
    return jdbc.sql(
            "SELECT "
                + DAY_COLUMNS
                + " FROM calendar_day WHERE day_date >= :first AND day_date < :next"
                + " ORDER BY day_date")
        .param("first", LocalDate.of(year, 1, 1))
        .param("next", LocalDate.of(year + 1, 1, 1))
        .query(DAY)
        .list();
  }

  Optional<RecordedDay> day(LocalDate date) {
    return jdbc.sql("SELECT " + DAY_COLUMNS + " FROM calendar_day WHERE day_date = :date")
        .param("date", date)
        .query(DAY)
        .optional();
  }

  void insertDay(RecordedDay day) {
    jdbc.sql(
            """
            INSERT INTO calendar_day
                (day_date, kind, name, paired_date, notice_number, notice_date, source, confidence,
                 confirmed_at, confirmed_by, recorded_at, recorded_by, version)
            VALUES (:date, :kind, :name, :paired, :number, :noticeDate, :source, :confidence,
                    :confirmedAt, :confirmedBy, :recordedAt, :recordedBy, 0)
            """)
        .param("date", day.date())
        .param("kind", day.day().kind().name())
        .param("name", day.day().name())
        .param("paired", day.day().pairedDate())
        .param("number", day.noticeNumber())
        .param("noticeDate", day.noticeDate())
        .param("source", day.source())
        .param("confidence", day.confidence().name())
        .param("confirmedAt", Instants.toDb(day.confirmedAt()))
        .param("confirmedBy", day.confirmedBy())
        .param("recordedAt", Instants.toDb(day.recordedAt()))
        .param("recordedBy", day.recordedBy())
        .update();
  }

  int deleteDay(LocalDate date, int version) {
    return jdbc.sql("DELETE FROM calendar_day WHERE day_date = :date AND version = :version")
        .param("date", date)
        .param("version", version)
        .update();
  }

  int confirmDay(LocalDate date, int version, Instant at, String by) {
    return jdbc.sql(
            """
            UPDATE calendar_day SET confirmed_at = :at, confirmed_by = :by, version = version + 1
            WHERE day_date = :date AND version = :version AND confirmed_at IS NULL
            """)
        .param("date", date)
        .param("version", version)
        .param("at", Instants.toDb(at))
        .param("by", by)
        .update();
  }
}
