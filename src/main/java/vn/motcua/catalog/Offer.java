package vn.motcua.catalog;

import java.util.List;

/**
 * An agency's offer of a procedure: it receives and settles it, at this online level, for these
 * fees.
 */
public record Offer(
    long agencyId,
    String procedureCode,
    OnlineLevel onlineLevel,
    List<Fee> fees,
    ProcessVersion process) {

  public Offer {
    fees = List.copyOf(fees);
  }
}
