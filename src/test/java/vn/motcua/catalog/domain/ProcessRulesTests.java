package vn.motcua.catalog.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import vn.motcua.calendar.LimitUnit;
import vn.motcua.calendar.TimeLimit;
import vn.motcua.catalog.ProcessIssue;
import vn.motcua.catalog.ProcessStep;
import vn.motcua.security.Role;

class ProcessRulesTests {

  private static ProcessStep step(int position, Role role, String share) {
    return new ProcessStep(position, "Bước " + position, role, null, new BigDecimal(share), null);
  }

  @Test
  void sharesThatAddUpToTheLimitPass() {
    assertThat(
            ProcessRules.check(
                List.of(step(1, Role.SPECIALIST, "0.75"), step(2, Role.LEADER, "0.25")),
                TimeLimit.workingDays(1)))
        .isEmpty();
  }

  @Test
  void sharesBeyondTheLimitAreRefused() {
    List<ProcessIssue> issues =
        ProcessRules.check(
            List.of(step(1, Role.SPECIALIST, "1"), step(2, Role.LEADER, "0.5")),
            TimeLimit.workingDays(1));

    assertThat(issues)
        .containsExactly(new ProcessIssue.SharesExceedLimit(new BigDecimal("1.5"), BigDecimal.ONE));
    assertThat(issues.getFirst().refuses()).isTrue();
  }

  @Test
  void sharesShortOfTheLimitOnlyWarn() {
    List<ProcessIssue> issues =
        ProcessRules.check(List.of(step(1, Role.SPECIALIST, "2")), TimeLimit.workingDays(3));

    assertThat(issues)
        .containsExactly(
            new ProcessIssue.SharesFallShort(new BigDecimal("2"), new BigDecimal("3")));
    assertThat(issues.getFirst().refuses()).isFalse();
  }

  @Test
  void stepsNeedANameAPositiveShareToTheThousandthAndAWorkingRole() {
    List<ProcessIssue> issues =
        ProcessRules.check(
            List.of(
                new ProcessStep(1, " ", Role.SPECIALIST, null, BigDecimal.ZERO, null),
                step(2, Role.ADMIN, "0.0001")),
            TimeLimit.workingDays(1));

    assertThat(issues)
        .contains(
            new ProcessIssue.BlankStepName(1),
            new ProcessIssue.ShareNotPositive(1),
            new ProcessIssue.RoleCannotProcess(2, Role.ADMIN),
            new ProcessIssue.ShareTooFine(2, new BigDecimal("0.0001")));
  }

  @Test
  void aProcedureWithoutTimeLimitOrAProcessWithoutStepsIsRefused() {
    assertThat(ProcessRules.check(List.of(step(1, Role.LEADER, "1")), null))
        .containsExactly(new ProcessIssue.NoTimeLimit());
    assertThat(ProcessRules.check(List.of(), TimeLimit.workingDays(1)))
        .containsExactly(new ProcessIssue.NoSteps());
  }

  @Test
  void limitsInOtherUnitsAreComparedInTheWorkingDaysTheyHoldAtMost() {
    assertThat(ProcessRules.workingDays(TimeLimit.workingHours(4))).isEqualByComparingTo("0.5");
    assertThat(ProcessRules.workingDays(new TimeLimit(BigDecimal.valueOf(10), LimitUnit.DAYS)))
        .isEqualByComparingTo("8");
    assertThat(ProcessRules.workingDays(new TimeLimit(BigDecimal.valueOf(7), LimitUnit.DAYS)))
        .isEqualByComparingTo("5");
    assertThat(ProcessRules.workingDays(new TimeLimit(BigDecimal.ONE, LimitUnit.MONTHS)))
        .isEqualByComparingTo("22");
  }

  @Test
  void theDefaultProcessOfBirthRegistrationGivesTheLeaderAQuarterDay() {
    assertThat(DefaultProcess.forLimit(TimeLimit.workingDays(1)))
        .extracting(ProcessStep::role, ProcessStep::shareDays)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(Role.SPECIALIST, new BigDecimal("0.75")),
            org.assertj.core.groups.Tuple.tuple(Role.LEADER, new BigDecimal("0.25")));
  }

  @Property
  void theDefaultProcessAlwaysFillsTheWholeLimit(
      @ForAll @IntRange(min = 1, max = 400) int eighths, @ForAll LimitUnit unit) {
    TimeLimit limit =
        switch (unit) {
          case WORKING_DAYS ->
              new TimeLimit(BigDecimal.valueOf(eighths).divide(BigDecimal.valueOf(8)), unit);
          case WORKING_HOURS, DAYS, MONTHS ->
              new TimeLimit(BigDecimal.valueOf(eighths % 60 + 1), unit);
        };

    List<ProcessStep> steps = DefaultProcess.forLimit(limit);

    assertThat(ProcessRules.check(steps, limit)).isEmpty();
  }
}
