package vn.motcua.organization.internal;

import org.jspecify.annotations.Nullable;

/**
 * An agency as posted by the form or sent to the API: the new agency, or the new state of one with
 * the {@code version} it was based on.
 */
record AgencyInput(
    @Nullable String code,
    @Nullable String name,
    @Nullable String kind,
    @Nullable Long parentId,
    @Nullable Long adminUnitId,
    @Nullable String address,
    @Nullable String phone,
    @Nullable String email,
    @Nullable Integer version) {

  static AgencyInput of(AgencyRecord record) {
    var agency = record.agency();
    return new AgencyInput(
        agency.code().value(),
        agency.name(),
        agency.kind().name(),
        agency.parentId(),
        record.adminUnitId(),
        agency.address(),
        agency.phone(),
        agency.email(),
        record.version());
  }

  AgencyDraft draft() {
    return new AgencyDraft(code, name, kind, parentId, adminUnitId, address, phone, email);
  }
}
