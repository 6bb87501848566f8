package vn.motcua.organization.internal;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import vn.motcua.organization.NewOfficer;
import vn.motcua.organization.OrganizationRefusal;
import vn.motcua.security.Role;

/**
 * An officer as typed into the form or sent to the API, before it is checked. The names of its
 * components are the names of the form and JSON fields that refusals point at.
 */
public record OfficerDraft(
    @Nullable String username,
    @Nullable String fullName,
    @Nullable String email,
    @Nullable String phone,
    @Nullable Long agencyId,
    @Nullable Long departmentId,
    @Nullable List<GrantDraft> grants,
    @Nullable Set<String> fields) {

  /** A role for an agency, as typed. */
  public record GrantDraft(@Nullable String role, @Nullable Long agencyId) {}

  /** Lower-case ASCII, so that nobody signs in as a look-alike of someone else. */
  private static final Pattern USERNAME = Pattern.compile("[a-z][a-z0-9._-]{2,49}");

  /** Field codes are slugs of the field names ("ho-tich"). */
  private static final Pattern FIELD = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

  public static OfficerDraft of(NewOfficer officer) {
    return new OfficerDraft(
        officer.username(),
        officer.fullName(),
        officer.email(),
        officer.phone(),
        officer.agencyId(),
        officer.departmentId(),
        officer.grants().stream().map(g -> new GrantDraft(g.role().name(), g.agencyId())).toList(),
        officer.fields());
  }

  /** The officer this draft describes (with the given password), or the first thing wrong. */
  public NewOfficer validated(String password) {
    String name = username(username);
    String full = Inputs.required("fullName", fullName, 200);
    String mail = Inputs.email("email", email);
    String telephone = Inputs.phone("phone", phone);
    long agency = Inputs.id("agencyId", agencyId);
    List<NewOfficer.Grant> granted =
        grants == null
            ? List.of()
            : grants.stream()
                .map(
                    g ->
                        new NewOfficer.Grant(
                            Inputs.choice("grants", g.role(), Role.class),
                            Inputs.id("grants", g.agencyId())))
                .distinct()
                .toList();
    if (granted.isEmpty()) {
      throw OrganizationRefusal.invalid("grants", "organization.refusal.noRoles");
    }
    Set<String> handled = fields == null ? Set.of() : Set.copyOf(fields);
    for (String field : handled) {
      if (!FIELD.matcher(field).matches()) {
        throw OrganizationRefusal.invalid("fields", "organization.refusal.unknownField", field);
      }
    }
    if (!handled.isEmpty() && granted.stream().noneMatch(g -> g.role() == Role.SPECIALIST)) {
      throw OrganizationRefusal.invalid("fields", "organization.refusal.fieldsForSpecialists");
    }
    return new NewOfficer(
        name, password, full, mail, telephone, agency, departmentId, granted, handled);
  }

  private static String username(@Nullable String value) {
    String username = Inputs.required("username", value, 50).toLowerCase(Locale.ROOT);
    if (!USERNAME.matcher(username).matches()) {
      throw OrganizationRefusal.invalid("username", "organization.refusal.username");
    }
    return username;
  }
}
