package vn.motcua.organization.internal;

import org.jspecify.annotations.Nullable;
import vn.motcua.organization.AgencyCode;
import vn.motcua.organization.AgencyKind;
import vn.motcua.organization.NewAgency;
import vn.motcua.organization.OrganizationRefusal;

/**
 * An agency as typed into the form or sent to the API, before it is checked: a new one, or the new
 * state of one with the {@code version} it was based on. The names of its components are the names
 * of the form and JSON fields that refusals point at.
 */
public record AgencyDraft(
    @Nullable String code,
    @Nullable String name,
    @Nullable String kind,
    @Nullable Long parentId,
    @Nullable Long adminUnitId,
    @Nullable String address,
    @Nullable String phone,
    @Nullable String email,
    @Nullable Integer version) {

  public static AgencyDraft of(NewAgency agency) {
    return new AgencyDraft(
        agency.code().value(),
        agency.name(),
        agency.kind().name(),
        agency.parentId(),
        agency.adminUnitId(),
        agency.address(),
        agency.phone(),
        agency.email(),
        null);
  }

  static AgencyDraft of(AgencyRecord record) {
    var agency = record.agency();
    return new AgencyDraft(
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

  /** The agency this draft describes, or the first thing wrong with it. */
  public NewAgency validated() {
    return new NewAgency(
        code(code),
        Inputs.required("name", name, 300),
        Inputs.choice("kind", kind, AgencyKind.class),
        parentId,
        Inputs.optional("address", address, 500),
        Inputs.phone("phone", phone),
        Inputs.email("email", email),
        adminUnitId);
  }

  private static AgencyCode code(@Nullable String value) {
    String code = Inputs.required("code", value, 100);
    try {
      return new AgencyCode(code);
    } catch (IllegalArgumentException e) {
      throw OrganizationRefusal.invalid("code", "organization.refusal.agencyCode", code);
    }
  }
}
