package vn.motcua.organization;

import org.jspecify.annotations.Nullable;

/**
 * What it takes to register an agency.
 *
 * @param parentId the agency above it, or null for the top of a tree (a province People's
 *     Committee)
 * @param adminUnitId the administrative unit it serves, or null when it inherits its parent's
 *     (internal departments, counters)
 */
public record NewAgency(
    AgencyCode code,
    String name,
    AgencyKind kind,
    @Nullable Long parentId,
    @Nullable String address,
    @Nullable String phone,
    @Nullable String email,
    @Nullable Long adminUnitId) {

  /** An agency without an administrative unit of its own. */
  public NewAgency(
      AgencyCode code,
      String name,
      AgencyKind kind,
      @Nullable Long parentId,
      @Nullable String address,
      @Nullable String phone,
      @Nullable String email) {
    this(code, name, kind, parentId, address, phone, email, null);
  }
}
