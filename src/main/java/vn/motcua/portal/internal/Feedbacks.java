package vn.motcua.portal.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.calendar.Calendars;
import vn.motcua.calendar.DeadlineOptions;
import vn.motcua.calendar.TimeLimit;
import vn.motcua.calendar.WorkingTime;
import vn.motcua.dossier.DossierDetails;
import vn.motcua.portal.FeedbackEvent;
import vn.motcua.portal.FeedbackTopic;
import vn.motcua.security.Role;
import vn.motcua.security.SignedInOfficer;
import vn.motcua.shared.Instants;

/**
 * Citizens' feedback about a dossier (phản ánh, kiến nghị): sent from the lookup page, answered by
 * a supervisor of the settling agency within the deadline, the answer shown on the lookup page.
 * Each step is published as a {@link FeedbackEvent} for the statistics and the notifications.
 */
@Service
public class Feedbacks {

  public static final int MAX_LENGTH = 4000;

  /** Refused: the text is empty or too long. */
  public static final class Unacceptable extends RuntimeException {
    Unacceptable() {
      super("Feedback text must have 1 to " + MAX_LENGTH + " characters");
    }
  }

  private final JdbcClient jdbc;
  private final Calendars calendars;
  private final ApplicationEventPublisher events;
  private final FeedbackProperties properties;
  private final Clock clock;

  Feedbacks(
      JdbcClient jdbc,
      Calendars calendars,
      ApplicationEventPublisher events,
      FeedbackProperties properties,
      Clock clock) {
    this.jdbc = jdbc;
    this.calendars = calendars;
    this.events = events;
    this.properties = properties;
    this.clock = clock;
  }

  /** Records the applicant's feedback about their dossier (the caller checked who asks). */
  @Transactional
  public Feedback send(DossierDetails dossier, FeedbackTopic topic, String text) {
    String body = text.strip();
    if (body.isEmpty() || body.length() > MAX_LENGTH) {
      throw new Unacceptable();
    }
    Instant now = clock.instant();
    WorkingTime time = calendars.forAgency(dossier.agencyCode());
    Instant refuseBy =
        time.due(now, TimeLimit.workingDays(properties.refuseDays()), DeadlineOptions.NONE);
    Instant dueAt =
        time.due(now, TimeLimit.workingDays(properties.answerDays()), DeadlineOptions.NONE);
    KeyHolder key = new GeneratedKeyHolder();
    jdbc.sql(
            """
                INSERT INTO portal_feedback (dossier_id, dossier_code, agency_id, topic, body, status,
                    received_at, refuse_by, due_at)
                VALUES (:dossier, :code, :agency, :topic, :body, 'OPEN', :now, :refuseBy, :dueAt)
                """)
        .param("dossier", dossier.id())
        .param("code", dossier.code())
        .param("agency", dossier.agencyId())
        .param("topic", topic.name())
        .param("body", body)
        .param("now", Instants.toDb(now))
        .param("refuseBy", Instants.toDb(refuseBy))
        .param("dueAt", Instants.toDb(dueAt))
        .update(key, "id");
    long id = java.util.Objects.requireNonNull(key.getKeyAs(Long.class));
    events.publishEvent(
        new FeedbackEvent.Received(id, dossier.code(), dossier.agencyId(), topic, now, dueAt));
    return byId(id).orElseThrow();
  }

  /** The feedback about a dossier, oldest first, for its lookup page. */
  @Transactional(readOnly = true)
  public List<Feedback> about(DossierDetails dossier) {
    return jdbc.sql("SELECT * FROM portal_feedback WHERE dossier_id = :dossier ORDER BY id")
        .param("dossier", dossier.id())
        .query(Feedbacks::row)
        .list();
  }

  /** The feedback the supervisor answers for: open first, the most urgent first. */
  @Transactional(readOnly = true)
  public List<Feedback> forSupervisor(SignedInOfficer officer) {
    Set<Long> agencies = officer.agenciesFor(Role.SUPERVISOR);
    if (agencies.isEmpty()) {
      return List.of();
    }
    return jdbc.sql(
            """
            SELECT * FROM portal_feedback WHERE agency_id IN (:agencies)
             ORDER BY CASE WHEN status = 'OPEN' THEN 0 ELSE 1 END, due_at, id LIMIT 200
            """)
        .param("agencies", agencies)
        .query(Feedbacks::row)
        .list();
  }

  /** The feedback, if the officer supervises its agency; otherwise as if there were none. */
  @Transactional(readOnly = true)
  public Optional<Feedback> forSupervisor(long id, SignedInOfficer officer) {
    return byId(id).filter(feedback -> officer.covers(Role.SUPERVISOR, feedback.agencyId()));
  }

  /**
   * Answers the feedback, or refuses to handle it with the reason as the answer. Only open
   * feedback, at the version the supervisor saw: of two answers at once, one wins.
   *
   * @return false when it was answered meanwhile
   */
  @Transactional
  public boolean answer(Feedback feedback, String text, boolean refuse, SignedInOfficer officer) {
    String answer = text.strip();
    if (answer.isEmpty() || answer.length() > MAX_LENGTH) {
      throw new Unacceptable();
    }
    Instant now = clock.instant();
    boolean onTime = !now.isAfter(refuse ? feedback.refuseBy() : feedback.dueAt());
    int updated =
        jdbc.sql(
                """
                UPDATE portal_feedback
                   SET status = :status, answer = :answer, answered_by = :by, answered_at = :now,
                       on_time = :onTime, version = version + 1
                 WHERE id = :id AND status = 'OPEN' AND version = :version
                """)
            .param("status", refuse ? "REFUSED" : "ANSWERED")
            .param("answer", answer)
            .param("by", officer.fullName())
            .param("now", Instants.toDb(now))
            .param("onTime", onTime)
            .param("id", feedback.id())
            .param("version", feedback.version())
            .update();
    if (updated == 0) {
      return false;
    }
    events.publishEvent(
        new FeedbackEvent.Answered(
            feedback.id(), feedback.dossierCode(), feedback.agencyId(), refuse, onTime, now));
    return true;
  }

  private Optional<Feedback> byId(long id) {
    return jdbc.sql("SELECT * FROM portal_feedback WHERE id = :id")
        .param("id", id)
        .query(Feedbacks::row)
        .optional();
  }

  private static Feedback row(ResultSet rs, int row) throws SQLException {
    return new Feedback(
        rs.getLong("id"),
        rs.getLong("dossier_id"),
        rs.getString("dossier_code"),
        rs.getLong("agency_id"),
        FeedbackTopic.valueOf(rs.getString("topic")),
        rs.getString("body"),
        Feedback.Status.valueOf(rs.getString("status")),
        instant(rs, "received_at"),
        instant(rs, "refuse_by"),
        instant(rs, "due_at"),
        rs.getString("answer"),
        rs.getString("answered_by"),
        Instants.fromDb(rs.getObject("answered_at", java.time.OffsetDateTime.class)),
        rs.getObject("on_time", Boolean.class),
        rs.getInt("version"));
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    return rs.getObject(column, java.time.OffsetDateTime.class).toInstant();
  }
}
