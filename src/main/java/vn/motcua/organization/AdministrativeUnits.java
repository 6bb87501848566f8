package vn.motcua.organization;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import vn.motcua.organization.internal.units.AdminUnitRepository;

/**
 * The official administrative units (provinces, districts until 2025, communes) with their validity
 * periods and the conversion of the old ones into the new ones on 1 July 2025.
 */
@Service
public class AdministrativeUnits {

  private final AdminUnitRepository units;

  AdministrativeUnits(AdminUnitRepository units) {
    this.units = units;
  }

  public Optional<AdminUnit> unit(long id) {
    return units.find(id);
  }

  /** The unit with this code that was in force on that day (codes were reused by the reform). */
  public Optional<AdminUnit> unit(String code, LocalDate inForceOn) {
    return units.find(code, inForceOn);
  }

  /**
   * Units whose code is the text or whose name contains it, with or without diacritics ("thot not"
   * finds Phường Thốt Nốt), those in force first.
   *
   * @param inForceOn only units in force on that day, or all when null
   */
  public List<AdminUnit> search(String text, @Nullable LocalDate inForceOn, int limit) {
    return units.search(text, inForceOn, limit);
  }

  /** The old units that went into this one. */
  public List<Succession> predecessors(long unitId) {
    return units.successionsTo(unitId);
  }

  /** The new units this one went into. */
  public List<Succession> successors(long unitId) {
    return units.successionsFrom(unitId);
  }
}
