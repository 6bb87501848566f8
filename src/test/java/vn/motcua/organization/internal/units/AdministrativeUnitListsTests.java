package vn.motcua.organization.internal.units;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.motcua.organization.AdminUnitKind;
import vn.motcua.organization.AdminUnitLevel;
import vn.motcua.organization.SuccessionKind;

class AdministrativeUnitListsTests {

  static UnitDataset shipped;
  static Map<Long, UnitDataset.Unit> byId;

  @BeforeAll
  static void readTheShippedLists() throws IOException {
    try (InputStream before =
            AdministrativeUnitsMigration.open(AdministrativeUnitsMigration.FILES.get(0));
        InputStream since =
            AdministrativeUnitsMigration.open(AdministrativeUnitsMigration.FILES.get(1));
        InputStream conversion =
            AdministrativeUnitsMigration.open(AdministrativeUnitsMigration.FILES.get(2))) {
      shipped = AdministrativeUnitLists.read(before, since, conversion);
    }
    byId =
        shipped.units().stream()
            .collect(Collectors.toMap(UnitDataset.Unit::id, Function.identity()));
  }

  @Test
  void everyUnitOfBothPeriodsIsImported() {
    assertThat(count(AdminUnitLevel.PROVINCE, false)).isEqualTo(63);
    assertThat(count(AdminUnitLevel.PROVINCE, true)).isEqualTo(34);
    assertThat(count(AdminUnitLevel.DISTRICT, false)).isEqualTo(696);
    assertThat(count(AdminUnitLevel.COMMUNE, true)).isEqualTo(3321);
    // the January 2025 list and the ten communes of early-2025 rearrangements that only the
    // conversion table names
    assertThat(count(AdminUnitLevel.COMMUNE, false)).isEqualTo(10_051 + 10);
  }

  @Test
  void onlyTheAreaThatWasNoUnitIsLeftOut() {
    assertThat(shipped.problems())
        .singleElement()
        .asString()
        .contains("not an administrative unit: Khu vực bãi bồi ven biển do huyện Kim Sơn quản lý");
  }

  @Test
  void codesAreReusedAcrossTheReformByDifferentUnits() {
    List<UnitDataset.Unit> thotNot =
        shipped.units().stream().filter(u -> u.code().equals("31207")).toList();

    assertThat(thotNot).hasSize(2);
    assertThat(thotNot)
        .extracting(UnitDataset.Unit::validFrom, UnitDataset.Unit::validUntil)
        .containsExactlyInAnyOrder(
            Tuple.tuple(null, AdministrativeUnitLists.REFORM),
            Tuple.tuple(AdministrativeUnitLists.REFORM, null));
  }

  @Test
  void thotNotWardTookInTwoWholeWardsAndPartOfTheOldOne() {
    assertThat(predecessorsOf("31207"))
        .containsOnly(
            Map.entry("Phường Thốt Nốt", SuccessionKind.PARTIAL),
            Map.entry("Phường Thới Thuận", SuccessionKind.WHOLE),
            Map.entry("Phường Thuận An", SuccessionKind.WHOLE));
    assertThat(predecessorsOf("31213"))
        .containsOnly(Map.entry("Phường Tân Lộc", SuccessionKind.UNCHANGED));
    UnitDataset.Unit oldThotNot = oldUnit("31207");
    assertThat(byId.get(oldThotNot.parentId()).name()).isEqualTo("Quận Thốt Nốt");
    assertThat(oldThotNot.kind()).isEqualTo(AdminUnitKind.WARD);
  }

  @Test
  void provincesSucceedWhereTheirCommunesWent() {
    assertThat(link(oldUnit("93"), newUnit("92")).kind()).isEqualTo(SuccessionKind.WHOLE);
    assertThat(link(oldUnit("92"), newUnit("92")).kind()).isEqualTo(SuccessionKind.WHOLE);
    assertThat(link(oldUnit("01"), newUnit("01")).kind()).isEqualTo(SuccessionKind.UNCHANGED);
    assertThat(newUnit("92").kind()).isEqualTo(AdminUnitKind.CENTRAL_CITY);
  }

  @Test
  void specialZoneMadeFromAWholeDistrictSucceedsThatDistrict() {
    UnitDataset.Link link = link(oldUnit("755"), newUnit("26732"));

    assertThat(link.kind()).isEqualTo(SuccessionKind.WHOLE);
    assertThat(newUnit("26732").kind()).isEqualTo(AdminUnitKind.SPECIAL_ZONE);
    assertThat(oldUnit("755").name()).isEqualTo("Huyện Côn Đảo");
  }

  @Test
  void communeMissingFromTheJanuaryListIsTakenFromTheConversionTable() {
    UnitDataset.Unit ward14 = oldUnit("26929");

    assertThat(ward14.name()).isEqualTo("Phường 14");
    assertThat(ward14.validUntil()).isEqualTo(AdministrativeUnitLists.REFORM);
    assertThat(byId.get(ward14.parentId()).name()).isEqualTo("Quận Bình Thạnh");
  }

  @Test
  void parentsComeBeforeTheirChildren() {
    assertThat(shipped.units())
        .allSatisfy(u -> assertThat(u.parentId() == null || u.parentId() < u.id()).isTrue());
  }

  @Test
  void brokenRecordsAreReportedAndTheRestImported() throws IOException {
    UnitDataset dataset =
        AdministrativeUnitLists.read(
            text(
                """
                Tỉnh Thành Phố,Mã TP,Quận Huyện,Mã QH,Phường Xã,Mã PX,Cấp,Tên Tiếng Anh
                Thành phố Cần Thơ,92,Quận Thốt Nốt,923,Phường Thốt Nốt,31207,Phường,
                Thành phố Cần Thơ,92,Quận Thốt Nốt,923,Phường Tân Lộc,31213,Phường,
                Thành phố Cần Thơ,92,Vùng Lạ,924,Phường Lạ,31299,Phường,
                """),
            text(
                """
                [{"name":"Thành phố Cần Thơ","code":92,"division_type":"thành phố trung ương",
                  "wards":[{"name":"Phường Thốt Nốt","code":31207,"division_type":"phường"},
                           {"name":"Phường Tân Lộc","code":31213,"division_type":"phường"},
                           {"name":"Hẻm","code":"x","division_type":"hẻm"}]}]
                """),
            text(
                """
                Đơn vị hành chính từ ngày 01/7/2025,,,Đơn vị hành chính trước ngày 01/7/2025,,,,,
                "Tỉnh, thành phố",Tên Xã mới,Mã Xã mới,Tên Xã cũ,Mã Xã cũ,Ghi chú,Quận/huyện,Tỉnh cũ,
                THÀNH PHỐ CẦN THƠ,,,,,,,,
                Thành phố Cần Thơ (92),"Phường Thốt Nốt
                ",31207,Phường Thốt Nốt,31207,Nhập một  phần,Quận Thốt Nốt (923),Thành phố Cần Thơ (92),
                Thành phố Cần Thơ (92),Phường Tân Lộc,31213,Phường Tân Lộc,31213,Chưa rõ,Quận Thốt Nốt (923),Thành phố Cần Thơ (92),
                Thành phố Cần Thơ (92),Phường Mới,31999,Phường Tân Lộc,31213,Giữ nguyên,Quận Thốt Nốt (923),Thành phố Cần Thơ (92),
                """));

    assertThat(dataset.problems())
        .hasSize(4)
        .anySatisfy(p -> assertThat(p).contains("unknown kind of unit: Vùng Lạ"))
        .anySatisfy(p -> assertThat(p).contains("unreadable commune Hẻm"))
        .anySatisfy(p -> assertThat(p).contains("unknown kind of conversion: Chưa rõ"))
        .anySatisfy(p -> assertThat(p).contains("unknown new commune 31999"));
    assertThat(dataset.units())
        .extracting(UnitDataset.Unit::code)
        .containsExactly("92", "923", "31207", "31213", "92", "31207", "31213");
    assertThat(dataset.links())
        .extracting(UnitDataset.Link::kind, UnitDataset.Link::note)
        .containsExactly(
            Tuple.tuple(SuccessionKind.PARTIAL, "Nhập một phần"),
            // the province, derived: it kept its code and took in no other
            Tuple.tuple(SuccessionKind.UNCHANGED, null));
  }

  @Test
  void listsThatCannotBeReadAtAllAreRefused() {
    assertThatThrownBy(
            () -> AdministrativeUnitLists.read(text("Tỉnh,Mã\nA,1\n"), text("[]"), text("")))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("lacks a column");
    assertThatThrownBy(
            () ->
                AdministrativeUnitLists.read(
                    text("Tỉnh Thành Phố,Mã TP,Quận Huyện,Mã QH,Phường Xã,Mã PX,Cấp\n"),
                    text("{not json"),
                    text("")))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("not JSON");
  }

  private static long count(AdminUnitLevel level, boolean sinceReform) {
    return shipped.units().stream()
        .filter(u -> u.kind().level() == level)
        .filter(u -> (u.validFrom() != null) == sinceReform)
        .count();
  }

  private static UnitDataset.Unit oldUnit(String code) {
    return shipped.units().stream()
        .filter(u -> u.code().equals(code) && u.validFrom() == null)
        .findFirst()
        .orElseThrow();
  }

  private static UnitDataset.Unit newUnit(String code) {
    return shipped.units().stream()
        .filter(u -> u.code().equals(code) && u.validFrom() != null)
        .findFirst()
        .orElseThrow();
  }

  private static UnitDataset.Link link(UnitDataset.Unit from, UnitDataset.Unit to) {
    return shipped.links().stream()
        .filter(l -> l.predecessorId() == from.id() && l.successorId() == to.id())
        .findFirst()
        .orElseThrow();
  }

  private static Map<String, SuccessionKind> predecessorsOf(String newCode) {
    long id = newUnit(newCode).id();
    return shipped.links().stream()
        .filter(l -> l.successorId() == id)
        .collect(Collectors.toMap(l -> byId.get(l.predecessorId()).name(), UnitDataset.Link::kind));
  }

  private static InputStream text(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }
}
