package vn.motcua.reporting.internal;

import java.util.List;
import java.util.function.ToLongFunction;

/**
 * The figure columns of Biểu 06 in their official order, with the group each belongs to: one list
 * for the page and the Excel and PDF exports.
 */
public record Bieu06Column(String group, String key, ToLongFunction<Bieu06Figures> figure) {

  static final List<Bieu06Column> ALL =
      List.of(
          new Bieu06Column("received", "received", Bieu06Figures::received),
          new Bieu06Column("received", "carriedOver", Bieu06Figures::carriedOver),
          new Bieu06Column("received", "receivedOnline", Bieu06Figures::receivedOnline),
          new Bieu06Column("received", "receivedDirect", Bieu06Figures::receivedDirect),
          new Bieu06Column("settled", "settled", Bieu06Figures::settled),
          new Bieu06Column("settled", "settledEarly", Bieu06Figures::settledEarly),
          new Bieu06Column("settled", "settledOnTime", Bieu06Figures::settledOnTime),
          new Bieu06Column("settled", "settledLate", Bieu06Figures::settledLate),
          new Bieu06Column("inProgress", "inProgress", Bieu06Figures::inProgress),
          new Bieu06Column(
              "inProgress", "inProgressWithinTime", Bieu06Figures::inProgressWithinTime),
          new Bieu06Column("inProgress", "inProgressOverdue", Bieu06Figures::inProgressOverdue),
          new Bieu06Column(
              "closedWithoutResult", "closedWithoutResult", Bieu06Figures::closedWithoutResult));

  /** The message key of the column's heading. */
  public String label() {
    return "reporting.bieu06." + key;
  }

  public String groupLabel() {
    return "reporting.bieu06.group." + group;
  }

  public long of(Bieu06Figures figures) {
    return figure.applyAsLong(figures);
  }
}
