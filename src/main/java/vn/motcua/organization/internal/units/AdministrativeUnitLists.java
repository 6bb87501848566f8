package vn.motcua.organization.internal.units;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.motcua.organization.AdminUnitKind;
import vn.motcua.organization.AdminUnitLevel;
import vn.motcua.organization.SuccessionKind;

/**
 * Reads the official lists of administrative units (see {@code seed/vn-admin-units/SOURCE.md}) into
 * one {@link UnitDataset}:
 *
 * <ul>
 *   <li>the NSO list of January 2025: provinces, districts and communes in force until 1 July 2025;
 *   <li>the list since 1 July 2025: provinces and communes, no districts;
 *   <li>the conversion table: which old commune (or, for the special zones, which old district)
 *       went into which new commune, and how ({@link SuccessionNotes}).
 * </ul>
 *
 * Old communes that only the conversion table names (rearranged in early 2025) are added from the
 * table. A row that cannot be read is reported in {@link UnitDataset#problems()} and left out; the
 * rest is imported. A province's successors are derived from its communes' successors.
 */
final class AdministrativeUnitLists {

  /** The day the two-tier local government began (Resolution 202/2025/QH15). */
  static final LocalDate REFORM = LocalDate.of(2025, 7, 1);

  /** "Quận Thốt Nốt (923)" → 923. */
  private static final Pattern CODE_IN_PARENTHESES = Pattern.compile("\\((\\d+)\\)\\s*$");

  private static final Pattern COMMUNE_CODE = Pattern.compile("\\d{5}");

  private final List<UnitDataset.Unit> units = new ArrayList<>();
  private final List<UnitDataset.Link> links = new ArrayList<>();
  private final List<String> problems = new ArrayList<>();

  /**
   * Units before the reform by code. Provinces, districts and communes have codes of 2, 3 and 5
   * digits, so one map holds them all.
   */
  private final Map<String, UnitDataset.Unit> oldUnits = new HashMap<>();

  /** Units since the reform by code. */
  private final Map<String, UnitDataset.Unit> newUnits = new HashMap<>();

  private AdministrativeUnitLists() {}

  /**
   * Reads the three lists (UTF-8).
   *
   * @throws IOException when a list cannot be read at all, or lacks its columns
   */
  static UnitDataset read(InputStream before, InputStream since, InputStream conversion)
      throws IOException {
    AdministrativeUnitLists lists = new AdministrativeUnitLists();
    lists.readBefore(before);
    lists.readSince(since);
    lists.readConversion(conversion);
    lists.deriveProvinceSuccessions();
    return new UnitDataset(lists.units, lists.links, lists.problems);
  }

  private void readBefore(InputStream csv) throws IOException {
    CSVFormat format =
        CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true).get();
    try (Reader reader = utf8(csv)) {
      for (CSVRecord row : format.parse(reader)) {
        UnitDataset.Unit province =
            oldUnit(
                row.get("Mã TP"), row.get("Tỉnh Thành Phố"), AdminUnitLevel.PROVINCE, null, row);
        UnitDataset.Unit district =
            province == null
                ? null
                : oldUnit(
                    row.get("Mã QH"),
                    row.get("Quận Huyện"),
                    AdminUnitLevel.DISTRICT,
                    province,
                    row);
        if (district != null && !row.get("Mã PX").isEmpty()) {
          oldUnit(row.get("Mã PX"), row.get("Phường Xã"), AdminUnitLevel.COMMUNE, district, row);
        }
      }
    } catch (IllegalArgumentException e) {
      throw new IOException("The list before July 2025 lacks a column: " + e.getMessage(), e);
    }
  }

  /** The unit before the reform with this code, added the first time it is named. */
  private UnitDataset.@Nullable Unit oldUnit(
      String code,
      String name,
      AdminUnitLevel level,
      UnitDataset.@Nullable Unit parent,
      CSVRecord row) {
    UnitDataset.Unit known = oldUnits.get(code);
    if (known != null) {
      return known;
    }
    String cleanName = UnitNames.clean(name);
    Optional<AdminUnitKind> kind = UnitNames.kindOf(cleanName, level);
    if (code.isEmpty() || kind.isEmpty()) {
      problems.add(
          "Line "
              + row.getRecordNumber()
              + " of the list before July 2025: no code or unknown kind of unit: "
              + cleanName);
      return null;
    }
    UnitDataset.Unit unit =
        add(code, cleanName, kind.get(), parent == null ? null : parent.id(), null, REFORM);
    oldUnits.put(code, unit);
    return unit;
  }

  private void readSince(InputStream json) throws IOException {
    JsonNode provinces;
    try {
      provinces = JsonMapper.builder().build().readTree(json);
    } catch (RuntimeException e) {
      throw new IOException("The list since July 2025 is not JSON: " + e.getMessage(), e);
    }
    for (JsonNode province : provinces) {
      String provinceName = UnitNames.clean(province.path("name").asString(""));
      Optional<AdminUnitKind> provinceKind =
          UnitNames.kindOf(province.path("division_type").asString(""), AdminUnitLevel.PROVINCE);
      if (provinceKind.isEmpty() || !province.path("code").isIntegralNumber()) {
        problems.add("The list since July 2025: unreadable province " + provinceName);
        continue;
      }
      UnitDataset.Unit parent =
          newUnit(
              "%02d".formatted(province.path("code").asInt()),
              provinceName,
              provinceKind.get(),
              null);
      for (JsonNode ward : province.path("wards")) {
        String wardName = UnitNames.clean(ward.path("name").asString(""));
        Optional<AdminUnitKind> wardKind =
            UnitNames.kindOf(ward.path("division_type").asString(""), AdminUnitLevel.COMMUNE);
        if (wardKind.isEmpty() || !ward.path("code").isIntegralNumber()) {
          problems.add("The list since July 2025: unreadable commune " + wardName);
          continue;
        }
        newUnit("%05d".formatted(ward.path("code").asInt()), wardName, wardKind.get(), parent);
      }
    }
  }

  private UnitDataset.Unit newUnit(
      String code, String name, AdminUnitKind kind, UnitDataset.@Nullable Unit parent) {
    UnitDataset.Unit unit =
        add(code, name, kind, parent == null ? null : parent.id(), REFORM, null);
    newUnits.put(code, unit);
    return unit;
  }

  private void readConversion(InputStream csv) throws IOException {
    try (Reader reader = utf8(csv)) {
      Set<String> linked = new LinkedHashSet<>();
      for (CSVRecord row : CSVFormat.DEFAULT.builder().setTrim(true).get().parse(reader)) {
        if (row.getRecordNumber() <= 2 || row.size() < 8 || row.get(2).isEmpty()) {
          continue; // the two header lines and the provinces' banner rows
        }
        UnitDataset.Unit successor = newUnits.get(row.get(2));
        UnitDataset.Unit predecessor = predecessorIn(row);
        Optional<SuccessionKind> kind = SuccessionNotes.kindOf(row.get(5));
        if (successor == null || predecessor == null || kind.isEmpty()) {
          problems.add(
              "Line %d of the conversion table: %s"
                  .formatted(
                      row.getRecordNumber(),
                      successor == null
                          ? "unknown new commune " + row.get(2)
                          : predecessor == null
                              ? "not an administrative unit: " + UnitNames.clean(row.get(3))
                              : "unknown kind of conversion: " + row.get(5)));
          continue;
        }
        if (linked.add(predecessor.id() + "/" + successor.id())) {
          links.add(
              new UnitDataset.Link(
                  predecessor.id(), successor.id(), kind.get(), UnitNames.clean(row.get(5))));
        }
      }
    }
  }

  /**
   * The old unit of a conversion row: the commune by its code (added from the row when the January
   * list lacks it), or, for a special zone made from a whole district, that district.
   */
  private UnitDataset.@Nullable Unit predecessorIn(CSVRecord row) {
    String code = row.get(4);
    String name = UnitNames.clean(row.get(3));
    if (code.isEmpty()) {
      return name.isEmpty() ? oldUnits.get(codeIn(row.get(6))) : null;
    }
    UnitDataset.Unit known = oldUnits.get(code);
    if (known != null || !COMMUNE_CODE.matcher(code).matches()) {
      return known;
    }
    UnitDataset.Unit parent =
        oldUnits.getOrDefault(codeIn(row.get(6)), oldUnits.get(codeIn(row.get(7))));
    Optional<AdminUnitKind> kind = UnitNames.kindOf(name, AdminUnitLevel.COMMUNE);
    if (parent == null || kind.isEmpty()) {
      return null;
    }
    UnitDataset.Unit unit = add(code, name, kind.get(), parent.id(), null, REFORM);
    oldUnits.put(code, unit);
    return unit;
  }

  /**
   * A province went where its communes went: wholly into one province (unchanged when that province
   * kept its code and took in no other), or partly into several.
   */
  private void deriveProvinceSuccessions() {
    Map<Long, UnitDataset.Unit> byId = new HashMap<>();
    units.forEach(unit -> byId.put(unit.id(), unit));
    Map<Long, Set<Long>> successors = new LinkedHashMap<>();
    Map<Long, Set<Long>> predecessors = new HashMap<>();
    for (UnitDataset.Link link : links) {
      long from = provinceOf(byId.get(link.predecessorId()), byId);
      long to = provinceOf(byId.get(link.successorId()), byId);
      successors.computeIfAbsent(from, id -> new LinkedHashSet<>()).add(to);
      predecessors.computeIfAbsent(to, id -> new LinkedHashSet<>()).add(from);
    }
    successors.forEach(
        (from, targets) -> {
          for (long to : targets) {
            boolean kept =
                byId.get(from).code().equals(byId.get(to).code())
                    && predecessors.get(to).size() == 1;
            SuccessionKind kind =
                targets.size() > 1
                    ? SuccessionKind.PARTIAL
                    : kept ? SuccessionKind.UNCHANGED : SuccessionKind.WHOLE;
            links.add(new UnitDataset.Link(from, to, kind, null));
          }
        });
  }

  private static long provinceOf(UnitDataset.Unit unit, Map<Long, UnitDataset.Unit> byId) {
    UnitDataset.Unit current = unit;
    while (current.parentId() != null) {
      current = byId.get(current.parentId());
    }
    return current.id();
  }

  private UnitDataset.Unit add(
      String code,
      String name,
      AdminUnitKind kind,
      @Nullable Long parentId,
      @Nullable LocalDate validFrom,
      @Nullable LocalDate validUntil) {
    UnitDataset.Unit unit =
        new UnitDataset.Unit(units.size() + 1L, code, name, kind, parentId, validFrom, validUntil);
    units.add(unit);
    return unit;
  }

  private static String codeIn(String text) {
    Matcher matcher = CODE_IN_PARENTHESES.matcher(text);
    return matcher.find() ? matcher.group(1) : "";
  }

  private static Reader utf8(InputStream stream) {
    return new InputStreamReader(stream, StandardCharsets.UTF_8);
  }
}
