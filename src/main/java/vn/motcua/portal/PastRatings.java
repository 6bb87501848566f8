package vn.motcua.portal;

import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.dossier.DossierFacts;
import vn.motcua.portal.internal.Ratings;

/**
 * Records ratings given before, many at once, for past dossiers recorded with {@link
 * vn.motcua.dossier.PastDossiers}: stored in one batch and each published as {@link DossierRated},
 * as a rating given now is.
 */
@Service
public class PastRatings {

  /**
   * A rating of a returned dossier.
   *
   * @param online given on the public lookup page; otherwise on the counter's tablet
   */
  public record PastRating(DossierFacts dossier, Rating rating, boolean online, Instant at) {}

  private final Ratings ratings;

  PastRatings(Ratings ratings) {
    this.ratings = ratings;
  }

  /**
   * Stores the ratings and counts them.
   *
   * @throws IllegalArgumentException when a dossier's result was not returned
   */
  @Transactional
  public void record(List<PastRating> past) {
    ratings.recordPast(past);
  }
}
