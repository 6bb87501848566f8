package vn.motcua.organization.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import vn.motcua.organization.Officer;

/**
 * The officer form as posted: the roles as rows of a role and the agency it covers ({@code
 * grantRole[i]} with {@code grantAgency[i]}), rows left blank being ignored.
 */
public record OfficerForm(
    @Nullable String username,
    @Nullable String fullName,
    @Nullable String email,
    @Nullable String phone,
    @Nullable Long agencyId,
    @Nullable Long departmentId,
    @Nullable List<String> grantRole,
    @Nullable List<String> grantAgency,
    @Nullable Set<String> fields,
    @Nullable Integer version) {

  /** Empty rows offered below the officer's roles, to add more. */
  static final int NEW_ROWS = 2;

  static OfficerForm blank() {
    return new OfficerForm(null, null, null, null, null, null, null, null, Set.of(), null);
  }

  static OfficerForm of(OfficerRecord record) {
    Officer officer = record.officer();
    return new OfficerForm(
        officer.username(),
        officer.fullName(),
        officer.email(),
        officer.phone(),
        officer.agencyId(),
        officer.departmentId(),
        officer.grants().stream().map(g -> g.role().name()).toList(),
        officer.grants().stream().map(g -> String.valueOf(g.agencyId())).toList(),
        officer.fields(),
        record.version());
  }

  /** One row of the roles table, as shown. */
  public record GrantRow(String role, String agencyId) {}

  /** The role rows to show: the posted (or current) ones and {@link #NEW_ROWS} blank ones. */
  public List<GrantRow> rows() {
    List<String> roles = grantRole == null ? List.of() : grantRole;
    List<String> agencies = grantAgency == null ? List.of() : grantAgency;
    List<GrantRow> rows = new ArrayList<>();
    for (int i = 0; i < Math.max(roles.size(), agencies.size()); i++) {
      String role = i < roles.size() ? roles.get(i) : "";
      String agency = i < agencies.size() ? agencies.get(i) : "";
      if (!role.isBlank() || !agency.isBlank()) {
        rows.add(new GrantRow(role, agency));
      }
    }
    for (int i = 0; i < NEW_ROWS; i++) {
      rows.add(new GrantRow("", ""));
    }
    return rows;
  }

  OfficerDraft draft() {
    List<OfficerDraft.GrantDraft> grants =
        rows().stream()
            .filter(row -> !row.role().isBlank() || !row.agencyId().isBlank())
            .map(
                row ->
                    new OfficerDraft.GrantDraft(
                        row.role().isBlank() ? null : row.role(), parse(row.agencyId())))
            .toList();
    return new OfficerDraft(
        username, fullName, email, phone, agencyId, departmentId, grants, fields);
  }

  private static @Nullable Long parse(String id) {
    if (id.isBlank()) {
      return null;
    }
    try {
      return Long.valueOf(id.strip());
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
