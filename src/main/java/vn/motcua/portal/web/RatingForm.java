package vn.motcua.portal.web;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;
import vn.motcua.portal.Rating;
import vn.motcua.portal.Satisfaction;

/** A rating as the forms and the API send it: one answer per criterion and a comment. */
record RatingForm(
    @Nullable Satisfaction time,
    @Nullable Satisfaction attitude,
    @Nullable Satisfaction guidance,
    @Nullable String comment) {

  /** The rating; 400 when a criterion is unanswered or the comment is too long. */
  Rating rating() {
    if (time == null
        || attitude == null
        || guidance == null
        || (comment != null && comment.length() > Rating.MAX_COMMENT)) {
      throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
    }
    return new Rating(time, attitude, guidance, comment);
  }
}
