package vn.motcua.organization.internal.units;

import java.util.Map;
import java.util.Optional;
import vn.motcua.organization.AdminUnitKind;
import vn.motcua.organization.AdminUnitLevel;
import vn.motcua.shared.VietnameseText;

/** Official unit names and what their first words say about the kind of unit. */
final class UnitNames {

  private static final Map<String, AdminUnitKind> PROVINCES =
      Map.of("tinh", AdminUnitKind.PROVINCE, "thanh pho", AdminUnitKind.CENTRAL_CITY);

  private static final Map<String, AdminUnitKind> DISTRICTS =
      Map.of(
          "quan", AdminUnitKind.URBAN_DISTRICT,
          "huyen", AdminUnitKind.RURAL_DISTRICT,
          "thi xa", AdminUnitKind.DISTRICT_TOWN,
          "thanh pho", AdminUnitKind.PROVINCIAL_CITY);

  private static final Map<String, AdminUnitKind> COMMUNES =
      Map.of(
          "xa", AdminUnitKind.COMMUNE,
          "phuong", AdminUnitKind.WARD,
          "thi tran", AdminUnitKind.TOWNSHIP,
          "dac khu", AdminUnitKind.SPECIAL_ZONE);

  private UnitNames() {}

  /** NFC, single spaces, no line breaks: the conversion table ends many names with one. */
  static String clean(String name) {
    return VietnameseText.nfc(name).replaceAll("\\s+", " ").strip();
  }

  /** The kind a name starts with ("Phường Thốt Nốt" → ward), or what a division type says. */
  static Optional<AdminUnitKind> kindOf(String nameOrType, AdminUnitLevel level) {
    String key = VietnameseText.fold(nameOrType);
    Map<String, AdminUnitKind> kinds =
        switch (level) {
          case PROVINCE -> PROVINCES;
          case DISTRICT -> DISTRICTS;
          case COMMUNE -> COMMUNES;
        };
    return kinds.entrySet().stream()
        .filter(e -> key.equals(e.getKey()) || key.startsWith(e.getKey() + " "))
        .map(Map.Entry::getValue)
        .findFirst();
  }
}
