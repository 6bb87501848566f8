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
 * a supervisor of the settling agency within the deadline (or refused, or the citizen asked once
 * for more, each within its own shorter deadline), the answer shown on the lookup page. Each step
 * is published as a {@link FeedbackEvent} for the statistics and the notifications.
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
    String body = checked(text);
    Instant now = clock.instant();
    WorkingTime time = calendars.forAgency(dossier.agencyCode());
    Instant refuseBy = workingDaysAfter(time, now, properties.refuseDays());
    Instant askBy = workingDaysAfter(time, now, properties.askDays());
    Instant dueAt = workingDaysAfter(time, now, properties.answerDays());
    KeyHolder key = new GeneratedKeyHolder();
    jdbc.sql(
            """
                INSERT INTO portal_feedback (dossier_id, dossier_code, agency_id, topic, body, status,
                    received_at, refuse_by, ask_by, due_at)
                VALUES (:dossier, :code, :agency, :topic, :body, 'OPEN', :now, :refuseBy, :askBy,
                    :dueAt)
                """)
        .param("dossier", dossier.id())
        .param("code", dossier.code())
        .param("agency", dossier.agencyId())
        .param("topic", topic.name())
        .param("body", body)
        .param("now", Instants.toDb(now))
        .param("refuseBy", Instants.toDb(refuseBy))
        .param("askBy", Instants.toDb(askBy))
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
             ORDER BY CASE status WHEN 'OPEN' THEN 0 WHEN 'MORE_REQUESTED' THEN 1 ELSE 2 END, due_at, id
             LIMIT 200
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
   * The supervisor's decision on open feedback: the answer, the refusal to handle it (the text is
   * the reason), or a question to the citizen (once). Only at the version the supervisor saw: of
   * two decisions at once, one wins.
   *
   * @return false when it was decided meanwhile, or a second question was asked
   */
  @Transactional
  public boolean decide(
      Feedback feedback, Feedback.Decision decision, String text, SignedInOfficer officer) {
    String said = checked(text);
    if (decision == Feedback.Decision.ASK && !feedback.mayAsk()) {
      return false;
    }
    Instant now = clock.instant();
    boolean onTime =
        !now.isAfter(
            switch (decision) {
              case ANSWER -> feedback.dueAt();
              case REFUSE -> feedback.refuseBy();
              case ASK -> feedback.askBy();
            });
    String sql =
        decision == Feedback.Decision.ASK
            ? """
              UPDATE portal_feedback SET status = 'MORE_REQUESTED', question = :text, asked_at = :now,
                     version = version + 1
               WHERE id = :id AND status = 'OPEN' AND version = :version
              """
            : """
              UPDATE portal_feedback
                 SET status = :status, answer = :text, answered_by = :by, answered_at = :now,
                     on_time = :onTime, version = version + 1
               WHERE id = :id AND status = 'OPEN' AND version = :version
              """;
    JdbcClient.StatementSpec update =
        jdbc.sql(sql)
            .param("text", said)
            .param("now", Instants.toDb(now))
            .param("id", feedback.id())
            .param("version", feedback.version());
    if (decision != Feedback.Decision.ASK) {
      update =
          update
              .param("status", decision == Feedback.Decision.REFUSE ? "REFUSED" : "ANSWERED")
              .param("by", officer.fullName())
              .param("onTime", onTime);
    }
    if (update.update() == 0) {
      return false;
    }
    events.publishEvent(
        decision == Feedback.Decision.ASK
            ? new FeedbackEvent.MoreRequested(
                feedback.id(), feedback.dossierCode(), feedback.agencyId(), onTime, now)
            : new FeedbackEvent.Answered(
                feedback.id(),
                feedback.dossierCode(),
                feedback.agencyId(),
                decision == Feedback.Decision.REFUSE,
                onTime,
                now));
    return true;
  }

  /**
   * The citizen's reply to the supervisor's question about feedback on their dossier; the feedback
   * is open again and the answer is due the full answering time after the reply.
   *
   * @return false when the reply is empty or too long, or no question waits for it
   */
  @Transactional
  public boolean reply(DossierDetails dossier, long feedbackId, String text) {
    String reply = text.strip();
    if (reply.isEmpty() || reply.length() > MAX_LENGTH) {
      return false;
    }
    Instant now = clock.instant();
    Instant dueAt =
        workingDaysAfter(calendars.forAgency(dossier.agencyCode()), now, properties.answerDays());
    int updated =
        jdbc.sql(
                """
                UPDATE portal_feedback
                   SET status = 'OPEN', reply = :reply, replied_at = :now, due_at = :dueAt,
                       version = version + 1
                 WHERE id = :id AND dossier_id = :dossier AND status = 'MORE_REQUESTED'
                """)
            .param("reply", reply)
            .param("now", Instants.toDb(now))
            .param("dueAt", Instants.toDb(dueAt))
            .param("id", feedbackId)
            .param("dossier", dossier.id())
            .update();
    if (updated == 0) {
      return false;
    }
    events.publishEvent(
        new FeedbackEvent.Replied(feedbackId, dossier.code(), dossier.agencyId(), now, dueAt));
    return true;
  }

  private static String checked(String text) {
    String value = text.strip();
    if (value.isEmpty() || value.length() > MAX_LENGTH) {
      throw new Unacceptable();
    }
    return value;
  }

  private static Instant workingDaysAfter(WorkingTime time, Instant from, int days) {
    return time.due(from, TimeLimit.workingDays(days), DeadlineOptions.NONE);
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
        instant(rs, "ask_by"),
        instant(rs, "due_at"),
        rs.getString("question"),
        Instants.fromDb(rs.getObject("asked_at", java.time.OffsetDateTime.class)),
        rs.getString("reply"),
        Instants.fromDb(rs.getObject("replied_at", java.time.OffsetDateTime.class)),
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
