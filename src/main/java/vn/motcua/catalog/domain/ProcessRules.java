package vn.motcua.catalog.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import vn.motcua.calendar.TimeLimit;
import vn.motcua.catalog.ProcessIssue;
import vn.motcua.catalog.ProcessStep;
import vn.motcua.security.Role;

/**
 * What an internal process must satisfy: named steps done by reception, specialists or leaders,
 * each with a positive share of the time limit in working days (to the thousandth), and shares that
 * add up to no more than the legal time limit (and, ideally, to all of it).
 *
 * <p>Limits in calendar days or months have no exact equivalent in working days, which depend on
 * the weekdays and holidays they span. They are compared as the most working days they can hold:
 * counted from a Monday without holidays (7 days hold 5, 10 days hold 8, a month is 30 days). A
 * process longer than that can never fit.
 */
public final class ProcessRules {

  private static final Set<Role> WORKING_ROLES =
      Set.of(Role.RECEPTION, Role.SPECIALIST, Role.LEADER);
  private static final int SHARE_SCALE = 3;
  private static final BigDecimal HOURS_PER_DAY = BigDecimal.valueOf(8);

  private ProcessRules() {}

  /** Every issue of the steps against the limit; refusing ones and warnings alike. */
  public static List<ProcessIssue> check(List<ProcessStep> steps, @Nullable TimeLimit limit) {
    List<ProcessIssue> issues = new ArrayList<>();
    if (steps.isEmpty()) {
      issues.add(new ProcessIssue.NoSteps());
    }
    for (ProcessStep step : steps) {
      if (step.name().isBlank()) {
        issues.add(new ProcessIssue.BlankStepName(step.position()));
      }
      if (!WORKING_ROLES.contains(step.role())) {
        issues.add(new ProcessIssue.RoleCannotProcess(step.position(), step.role()));
      }
      if (step.shareDays().signum() <= 0) {
        issues.add(new ProcessIssue.ShareNotPositive(step.position()));
      } else if (step.shareDays().stripTrailingZeros().scale() > SHARE_SCALE) {
        issues.add(new ProcessIssue.ShareTooFine(step.position(), step.shareDays()));
      }
    }
    if (limit == null) {
      issues.add(new ProcessIssue.NoTimeLimit());
    } else if (!steps.isEmpty()) {
      BigDecimal total =
          steps.stream().map(ProcessStep::shareDays).reduce(BigDecimal.ZERO, BigDecimal::add);
      BigDecimal days = workingDays(limit);
      if (total.compareTo(days) > 0) {
        issues.add(new ProcessIssue.SharesExceedLimit(Amounts.plain(total), days));
      } else if (total.compareTo(days) < 0) {
        issues.add(new ProcessIssue.SharesFallShort(Amounts.plain(total), days));
      }
    }
    return issues;
  }

  /** The working days a limit holds (at most, for calendar days and months; see above). */
  public static BigDecimal workingDays(TimeLimit limit) {
    return switch (limit.unit()) {
      case WORKING_DAYS -> Amounts.plain(limit.amount());
      case WORKING_HOURS ->
          Amounts.plain(limit.amount().divide(HOURS_PER_DAY, SHARE_SCALE, RoundingMode.DOWN));
      case DAYS -> BigDecimal.valueOf(mostWorkingDaysIn(limit.amount().intValueExact()));
      case MONTHS -> BigDecimal.valueOf(mostWorkingDaysIn(30 * limit.amount().intValueExact()));
    };
  }

  private static int mostWorkingDaysIn(int calendarDays) {
    return calendarDays / 7 * 5 + Math.min(calendarDays % 7, 5);
  }
}
