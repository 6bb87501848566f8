package vn.motcua.catalog.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import vn.motcua.calendar.TimeLimit;
import vn.motcua.catalog.ProcessStep;
import vn.motcua.security.Role;

/**
 * The process an agency starts with when it offers a procedure, before its administrator writes its
 * own: a specialist appraises the dossier and drafts the result, a leader reviews and signs. The
 * leader gets a quarter of the time, at most one working day, in whole working hours (eighths of a
 * day); the specialist the rest, so the shares add up to the whole limit.
 */
public final class DefaultProcess {

  static final String APPRAISAL = "Thẩm định hồ sơ, dự thảo kết quả";
  static final String APPROVAL = "Xem xét, ký duyệt kết quả";

  private static final BigDecimal EIGHTHS = BigDecimal.valueOf(8);

  private DefaultProcess() {}

  public static List<ProcessStep> forLimit(TimeLimit limit) {
    BigDecimal days = ProcessRules.workingDays(limit);
    BigDecimal leader =
        days.min(BigDecimal.valueOf(4))
            .multiply(EIGHTHS)
            .divide(BigDecimal.valueOf(4), 0, RoundingMode.DOWN)
            .divide(EIGHTHS, 3, RoundingMode.UNNECESSARY);
    if (leader.signum() == 0) {
      return List.of(new ProcessStep(1, APPRAISAL, Role.SPECIALIST, null, days, null));
    }
    return List.of(
        new ProcessStep(
            1, APPRAISAL, Role.SPECIALIST, null, Amounts.plain(days.subtract(leader)), null),
        new ProcessStep(2, APPROVAL, Role.LEADER, null, Amounts.plain(leader), null));
  }
}
