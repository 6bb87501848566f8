package vn.motcua.catalog;

import java.math.BigDecimal;
import java.util.Arrays;
import vn.motcua.security.Role;

/**
 * What is wrong with an internal process, or worth a second look. Each kind has its message in the
 * catalog bundle under {@code catalog.process.<kind>} with the record's components as arguments.
 */
public sealed interface ProcessIssue {

  /** Whether the process cannot be saved with this issue (otherwise it is a warning). */
  default boolean refuses() {
    return true;
  }

  /** The message key in the catalog bundle. */
  default String messageKey() {
    return "catalog.process." + getClass().getSimpleName();
  }

  /** The message arguments: the record's components, in their order. */
  default Object[] arguments() {
    return Arrays.stream(getClass().getRecordComponents())
        .map(
            component -> {
              try {
                return component.getAccessor().invoke(this);
              } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("A record's accessor is public", e);
              }
            })
        .toArray();
  }

  record NoSteps() implements ProcessIssue {}

  /** The procedure has no time limit, so shares cannot be checked and nothing can be received. */
  record NoTimeLimit() implements ProcessIssue {}

  record BlankStepName(int position) implements ProcessIssue {}

  record ShareNotPositive(int position) implements ProcessIssue {}

  /** Shares are counted to the thousandth of a working day at most. */
  record ShareTooFine(int position, BigDecimal share) implements ProcessIssue {
    @Override
    public Object[] arguments() {
      return new Object[] {position, share.toPlainString()};
    }
  }

  /** Only reception, specialists and leaders work on dossiers. */
  record RoleCannotProcess(int position, Role role) implements ProcessIssue {}

  record UnknownDepartment(int position, long departmentId) implements ProcessIssue {}

  record UnknownOtherAgency(int position, String agencyCode) implements ProcessIssue {}

  /** The shares add up to more working days than the legal time limit holds. */
  record SharesExceedLimit(BigDecimal total, BigDecimal limitDays) implements ProcessIssue {}

  /** The shares add up to less than the legal time limit: allowed, but time is left unassigned. */
  record SharesFallShort(BigDecimal total, BigDecimal limitDays) implements ProcessIssue {
    @Override
    public boolean refuses() {
      return false;
    }
  }
}
