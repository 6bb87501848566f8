package vn.motcua.catalog;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;
import vn.motcua.security.Role;

/**
 * One step of an internal process.
 *
 * @param position 1-based order
 * @param role who does the step (a specialist, a leader, the reception for registering the result
 *     …)
 * @param departmentId the internal department whose queue receives the step, or {@code null} for
 *     the role anywhere in the settling agency
 * @param shareDays the step's share of the time limit in working days (e.g. 0.25, 0.5)
 * @param otherAgencyCode for an inter-agency step, the agency the dossier is transferred to; {@code
 *     null} otherwise
 */
public record ProcessStep(
    int position,
    String name,
    Role role,
    @Nullable Long departmentId,
    BigDecimal shareDays,
    @Nullable String otherAgencyCode) {

  public boolean interAgency() {
    return otherAgencyCode != null;
  }
}
