package vn.motcua.organization.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import vn.motcua.organization.Agency;
import vn.motcua.organization.AgencyCode;
import vn.motcua.organization.AgencyKind;

class AgencyTreeTests {

  @Test
  void eachAgencyIsFollowedByThoseBelowItCommitteesFirstThenByName() {
    List<AgencyRecord> agencies =
        List.of(
            agency(12, 10, "/1/10/12/", "Phòng Văn hóa - Xã hội", AgencyKind.INTERNAL_DEPARTMENT),
            agency(2, 1, "/1/2/", "UBND phường Thuận Hưng", AgencyKind.COMMUNE_COMMITTEE),
            agency(10, 1, "/1/10/", "UBND phường Thốt Nốt", AgencyKind.COMMUNE_COMMITTEE),
            agency(
                11,
                10,
                "/1/10/11/",
                "Trung tâm Phục vụ hành chính công",
                AgencyKind.COMMUNE_SERVICE_CENTRE),
            agency(3, 1, "/1/3/", "Sở Tư pháp", AgencyKind.DEPARTMENT),
            agency(1, null, "/1/", "UBND thành phố Cần Thơ", AgencyKind.PROVINCE_COMMITTEE));

    assertThat(AgencyTree.depthFirst(agencies))
        .extracting(AgencyRecord::id)
        .containsExactly(1L, 3L, 2L, 10L, 11L, 12L);
  }

  @Test
  void agenciesWhoseParentIsNotShownStartTheList() {
    List<AgencyRecord> ward =
        List.of(
            agency(11, 10, "/1/10/11/", "Trung tâm", AgencyKind.COMMUNE_SERVICE_CENTRE),
            agency(10, 1, "/1/10/", "UBND phường Thốt Nốt", AgencyKind.COMMUNE_COMMITTEE));

    List<AgencyRecord> ordered = AgencyTree.depthFirst(ward);

    assertThat(ordered).extracting(AgencyRecord::id).containsExactly(10L, 11L);
    assertThat(ordered).extracting(AgencyRecord::depth).containsExactly(1, 2);
    assertThat(ordered.get(0).contains(ordered.get(1))).isTrue();
    assertThat(ordered.get(1).contains(ordered.get(0))).isFalse();
  }

  private static AgencyRecord agency(
      long id, @Nullable Integer parent, String path, String name, AgencyKind kind) {
    return new AgencyRecord(
        new Agency(
            id,
            new AgencyCode("A" + id),
            name,
            kind,
            parent == null ? null : parent.longValue(),
            null,
            null,
            null,
            true),
        null,
        path,
        0);
  }
}
