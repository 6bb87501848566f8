package vn.motcua.portal;

import org.jspecify.annotations.Nullable;

/**
 * An applicant's rating of the service for one dossier, per criterion of the satisfaction survey.
 *
 * @param time whether the dossier was settled in good time
 * @param attitude the officers' manner
 * @param guidance whether the officers explained clearly what was needed
 */
public record Rating(
    Satisfaction time, Satisfaction attitude, Satisfaction guidance, @Nullable String comment) {

  public static final int MAX_COMMENT = 2000;

  public Rating {
    comment = comment == null || comment.isBlank() ? null : comment.strip();
    if (comment != null && comment.length() > MAX_COMMENT) {
      throw new IllegalArgumentException("A comment has at most " + MAX_COMMENT + " characters");
    }
  }
}
