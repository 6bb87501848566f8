package vn.motcua.reporting.internal;

import vn.motcua.calendar.Timeliness;

/**
 * The counters of the statistics read model, each a column of {@code stat_daily} and of {@code
 * stat_monthly}.
 */
enum Counter {
  RECEIVED("received"),
  SETTLED_EARLY("settled_early"),
  SETTLED_ON_TIME("settled_on_time"),
  SETTLED_LATE("settled_late"),
  RETURNED("returned"),
  REFUSED_AT_RECEPTION("refused_at_reception"),
  REFUSED_AFTER_APPRAISAL("refused_after_appraisal"),
  WITHDRAWN("withdrawn"),
  STOPPED("stopped"),
  SUPPLEMENT_REQUESTS("supplement_requests"),
  REPEATED_SUPPLEMENT_REQUESTS("repeated_supplement_requests"),
  APOLOGIES("apologies"),
  ELECTRONIC_RESULTS("electronic_results");

  private final String column;

  Counter(String column) {
    this.column = column;
  }

  String column() {
    return column;
  }

  static Counter settled(Timeliness timeliness) {
    return switch (timeliness) {
      case EARLY -> SETTLED_EARLY;
      case ON_TIME -> SETTLED_ON_TIME;
      case LATE -> SETTLED_LATE;
    };
  }
}
