package vn.motcua.audit;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A search of the audit trail; every criterion is optional.
 *
 * @param actor the user name, exactly
 * @param action the beginning of the action, e.g. {@code DOSSIER_} or {@code SIGN_IN}
 * @param subject the subject, exactly (a dossier code, an officer's user name …)
 * @param from the first day (Vietnam's date), inclusive
 * @param to the last day, inclusive
 * @param page 0-based; pages of {@link #PAGE_SIZE}
 */
public record AuditQuery(
    @Nullable String actor,
    @Nullable String action,
    @Nullable String subject,
    @Nullable LocalDate from,
    @Nullable LocalDate to,
    int page) {

  public static final int PAGE_SIZE = 50;

  public AuditQuery {
    if (page < 0) {
      throw new IllegalArgumentException("The page is 0 or more");
    }
    if (from != null && to != null && to.isBefore(from)) {
      throw new IllegalArgumentException("The period ends before it begins");
    }
  }
}
