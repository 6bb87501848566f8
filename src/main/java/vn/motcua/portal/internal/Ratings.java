package vn.motcua.portal.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.dossier.DossierDetails;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.portal.DossierRated;
import vn.motcua.portal.PastRatings;
import vn.motcua.portal.Rating;
import vn.motcua.portal.Satisfaction;
import vn.motcua.shared.Instants;

/**
 * Applicants' ratings: once per dossier, after the result was returned, from the lookup page, the
 * counter's tablet or the API. Each rating is published as {@link DossierRated} for the statistics.
 */
@Service
public class Ratings {

  /** Where a rating is given. */
  public enum Channel {
    LOOKUP,
    COUNTER,
    API
  }

  /** What became of a rating. */
  public enum Outcome {
    RATED,
    ALREADY_RATED,
    NOT_RETURNED
  }

  private final JdbcClient jdbc;
  private final JdbcTemplate batch;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  Ratings(JdbcClient jdbc, JdbcTemplate batch, ApplicationEventPublisher events, Clock clock) {
    this.jdbc = jdbc;
    this.batch = batch;
    this.events = events;
    this.clock = clock;
  }

  /**
   * Records the rating of a dossier whose applicant the caller checked (code and PIN, their own
   * dossier, or the officer at the counter with the applicant). The dossier's primary key keeps the
   * first of two ratings, even when they arrive at once.
   */
  @Transactional
  public Outcome rate(DossierDetails dossier, Rating rating, Channel channel) {
    if (dossier.status() != DossierStatus.RETURNED) {
      return Outcome.NOT_RETURNED;
    }
    Instant now = clock.instant();
    int inserted =
        jdbc.sql(
                """
                INSERT INTO portal_rating (dossier_id, dossier_code, agency_id, receiving_agency_id,
                    time_rating, attitude_rating, guidance_rating, comment, channel, rated_at)
                VALUES (:dossier, :code, :agency, :receiving, :time, :attitude, :guidance, :comment,
                    :channel, :at)
                ON CONFLICT DO NOTHING
                """)
            .param("dossier", dossier.id())
            .param("code", dossier.code())
            .param("agency", dossier.agencyId())
            .param("receiving", dossier.receivingAgencyId())
            .param("time", rating.time().name())
            .param("attitude", rating.attitude().name())
            .param("guidance", rating.guidance().name())
            .param("comment", rating.comment())
            .param("channel", channel.name())
            .param("at", Instants.toDb(now))
            .update();
    if (inserted == 0) {
      return Outcome.ALREADY_RATED;
    }
    events.publishEvent(new DossierRated(dossier.facts(), rating, channel.name(), now));
    return Outcome.RATED;
  }

  /** Ratings given before, in one batch, each published as it would have been then. */
  public void recordPast(List<PastRatings.PastRating> past) {
    for (PastRatings.PastRating rating : past) {
      if (rating.dossier().status() != DossierStatus.RETURNED) {
        throw new IllegalArgumentException(
            "Only a returned dossier is rated: " + rating.dossier().code());
      }
    }
    batch.batchUpdate(
        """
        INSERT INTO portal_rating (dossier_id, dossier_code, agency_id, receiving_agency_id,
            time_rating, attitude_rating, guidance_rating, comment, channel, rated_at)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        """,
        past.stream()
            .map(
                rating ->
                    new Object[] {
                      rating.dossier().id(),
                      rating.dossier().code(),
                      rating.dossier().agencyId(),
                      rating.dossier().receivingAgencyId(),
                      rating.rating().time().name(),
                      rating.rating().attitude().name(),
                      rating.rating().guidance().name(),
                      rating.rating().comment(),
                      channel(rating).name(),
                      Instants.toDb(rating.at())
                    })
            .toList());
    past.forEach(
        rating ->
            events.publishEvent(
                new DossierRated(
                    rating.dossier(), rating.rating(), channel(rating).name(), rating.at())));
  }

  private static Channel channel(PastRatings.PastRating rating) {
    return rating.online() ? Channel.LOOKUP : Channel.COUNTER;
  }

  @Transactional(readOnly = true)
  public Optional<Rating> find(DossierDetails dossier) {
    return jdbc.sql(
            """
            SELECT time_rating, attitude_rating, guidance_rating, comment
              FROM portal_rating WHERE dossier_id = :dossier
            """)
        .param("dossier", dossier.id())
        .query(
            (rs, row) ->
                new Rating(
                    Satisfaction.valueOf(rs.getString("time_rating")),
                    Satisfaction.valueOf(rs.getString("attitude_rating")),
                    Satisfaction.valueOf(rs.getString("guidance_rating")),
                    rs.getString("comment")))
        .optional();
  }
}
