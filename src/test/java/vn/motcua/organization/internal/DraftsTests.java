package vn.motcua.organization.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.motcua.organization.AgencyKind;
import vn.motcua.organization.NewAgency;
import vn.motcua.organization.NewOfficer;
import vn.motcua.organization.OrganizationRefusal;
import vn.motcua.security.Role;

/** What the forms and the API accept, and how each refusal names its field. */
class DraftsTests {

  @Test
  void agencyDraftIsCleanedUp() {
    NewAgency agency =
        new AgencyDraft(
                " 000.01.31.H13 ",
                "  UBND phuờng Thốt Nốt ",
                "COMMUNE_COMMITTEE",
                1L,
                null,
                " ",
                "0292 3857 000",
                "ubnd@thotnot.cantho.gov.vn",
                null)
            .validated();

    assertThat(agency.code().value()).isEqualTo("000.01.31.H13");
    assertThat(agency.name()).isEqualTo("UBND phuờng Thốt Nốt");
    assertThat(agency.kind()).isEqualTo(AgencyKind.COMMUNE_COMMITTEE);
    assertThat(agency.address()).isNull();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      nullValues = "NULL",
      value = {
        "000.01.31.h13 | Tên       | DEPARTMENT | 0292 3857 000 | a@b.vn | code          | organization.refusal.agencyCode",
        "NULL          | Tên       | DEPARTMENT | 0292 3857 000 | a@b.vn | code          | organization.refusal.required",
        "000.01.31.H13 | ' '       | DEPARTMENT | 0292 3857 000 | a@b.vn | name          | organization.refusal.required",
        "000.01.31.H13 | Tên       | CASTLE     | 0292 3857 000 | a@b.vn | kind          | organization.refusal.unknownChoice",
        "000.01.31.H13 | Tên       | DEPARTMENT | gọi tôi       | a@b.vn | phone         | organization.refusal.phone",
        "000.01.31.H13 | Tên       | DEPARTMENT | 0292 3857 000 | a@b    | email         | organization.refusal.email"
      })
  void agencyDraftRefusalNamesTheField(
      String code, String name, String kind, String phone, String email, String field, String key) {
    assertThatThrownBy(
            () -> new AgencyDraft(code, name, kind, 1L, null, null, phone, email, null).validated())
        .isInstanceOfSatisfying(
            OrganizationRefusal.class,
            refusal -> {
              assertThat(refusal.field()).isEqualTo(field);
              assertThat(refusal.messageKey()).isEqualTo(key);
              assertThat(refusal.kind()).isEqualTo(OrganizationRefusal.Kind.INVALID);
            });
  }

  @Test
  void longNamesAreRefused() {
    assertThatThrownBy(
            () ->
                new AgencyDraft(
                        "A", "x".repeat(301), "DEPARTMENT", 1L, null, null, null, null, null)
                    .validated())
        .hasFieldOrPropertyWithValue("field", "name");
  }

  @Test
  void officerDraftLowersTheUserNameAndKeepsRolesAndFields() {
    NewOfficer officer =
        officer(
                "ChuyenVien3",
                List.of(grant("SPECIALIST", 7L), grant("SPECIALIST", 7L)),
                Set.of("ho-tich"))
            .validated("secret");

    assertThat(officer.username()).isEqualTo("chuyenvien3");
    assertThat(officer.grants()).containsExactly(new NewOfficer.Grant(Role.SPECIALIST, 7L));
    assertThat(officer.fields()).containsExactly("ho-tich");
    assertThat(officer.toString()).doesNotContain("secret");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "ab          | RECEPTION  | 7  | ''         | username",
        "nguyễn      | RECEPTION  | 7  | ''         | username",
        "1tiepnhan   | RECEPTION  | 7  | ''         | username",
        "tiepnhan9   | KING       | 7  | ''         | grants",
        "tiepnhan9   | RECEPTION  | -1 | ''         | grants",
        "tiepnhan9   | RECEPTION  | 7  | ho-tich    | fields",
        "tiepnhan9   | SPECIALIST | 7  | Hộ tịch    | fields"
      })
  void officerDraftRefusalNamesTheField(
      String username, String role, long agency, String field, String refusedField) {
    List<OfficerDraft.GrantDraft> grants = List.of(grant(role, agency < 0 ? null : agency));
    Set<String> fields = field.isEmpty() ? Set.of() : Set.of(field);

    assertThatThrownBy(() -> officer(username, grants, fields).validated("x"))
        .hasFieldOrPropertyWithValue("field", refusedField);
  }

  @Test
  void officerNeedsARole() {
    assertThatThrownBy(() -> officer("tiepnhan9", List.of(), Set.of()).validated("x"))
        .hasFieldOrPropertyWithValue("field", "grants")
        .hasFieldOrPropertyWithValue("messageKey", "organization.refusal.noRoles");
  }

  private static OfficerDraft officer(
      String username, List<OfficerDraft.GrantDraft> grants, Set<String> fields) {
    return new OfficerDraft(
        username, "Trần Văn A", null, "+84 912 345 678", 7L, null, grants, fields);
  }

  private static OfficerDraft.GrantDraft grant(String role, Long agency) {
    return new OfficerDraft.GrantDraft(role, agency);
  }
}
