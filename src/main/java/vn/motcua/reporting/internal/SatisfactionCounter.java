package vn.motcua.reporting.internal;

import java.util.ArrayList;
import java.util.List;
import vn.motcua.portal.DossierRated;
import vn.motcua.portal.FeedbackEvent;
import vn.motcua.portal.Satisfaction;

/** What applicants said of the service, each a column of {@code stat_satisfaction}. */
enum SatisfactionCounter {
  RATINGS("ratings"),
  /** Satisfied or very satisfied on every criterion (time, attitude, guidance). */
  RATINGS_SATISFIED("ratings_satisfied"),
  FEEDBACK_RECEIVED("feedback_received"),
  FEEDBACK_ANSWERED("feedback_answered"),
  FEEDBACK_ANSWERED_LATE("feedback_answered_late");

  private final String column;

  SatisfactionCounter(String column) {
    this.column = column;
  }

  String column() {
    return column;
  }

  static List<SatisfactionCounter> of(DossierRated rated) {
    List<SatisfactionCounter> counters = new ArrayList<>(List.of(RATINGS));
    var rating = rated.rating();
    if (List.of(rating.time(), rating.attitude(), rating.guidance()).stream()
        .noneMatch(Satisfaction.NOT_SATISFIED::equals)) {
      counters.add(RATINGS_SATISFIED);
    }
    return counters;
  }

  /** Feedback counts when it arrives and when it is settled; the exchange in between does not. */
  static List<SatisfactionCounter> of(FeedbackEvent event) {
    return switch (event) {
      case FeedbackEvent.Received received -> List.of(FEEDBACK_RECEIVED);
      case FeedbackEvent.MoreRequested asked -> List.of();
      case FeedbackEvent.Replied replied -> List.of();
      case FeedbackEvent.Answered answered ->
          answered.onTime()
              ? List.of(FEEDBACK_ANSWERED)
              : List.of(FEEDBACK_ANSWERED, FEEDBACK_ANSWERED_LATE);
    };
  }
}
