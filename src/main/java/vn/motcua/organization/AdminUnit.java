package vn.motcua.organization;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * An administrative unit (đơn vị hành chính) during its validity period. Codes were reused across
 * the 2025 reform, so the code alone does not name a unit: {@code 31207} is Phường Thốt Nốt before
 * 1 July 2025 and a different, larger Phường Thốt Nốt after it.
 *
 * @param validFrom the first day in force, or null when the data does not say (the units in force
 *     before the reform)
 * @param validUntil the first day no longer in force, or null while in force
 */
public record AdminUnit(
    long id,
    String code,
    String name,
    AdminUnitKind kind,
    @Nullable Long parentId,
    @Nullable LocalDate validFrom,
    @Nullable LocalDate validUntil) {

  public boolean inForceOn(LocalDate day) {
    return (validFrom == null || !day.isBefore(validFrom))
        && (validUntil == null || day.isBefore(validUntil));
  }
}
