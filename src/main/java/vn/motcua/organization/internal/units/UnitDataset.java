package vn.motcua.organization.internal.units;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.motcua.organization.AdminUnitKind;
import vn.motcua.organization.SuccessionKind;

/**
 * What the official lists hold, ready to insert: units with ids numbered from 1 (parents before
 * children), the links between old and new units, and what could not be read.
 */
record UnitDataset(List<Unit> units, List<Link> links, List<String> problems) {

  UnitDataset {
    units = List.copyOf(units);
    links = List.copyOf(links);
    problems = List.copyOf(problems);
  }

  record Unit(
      long id,
      String code,
      String name,
      AdminUnitKind kind,
      @Nullable Long parentId,
      @Nullable LocalDate validFrom,
      @Nullable LocalDate validUntil) {}

  record Link(long predecessorId, long successorId, SuccessionKind kind, @Nullable String note) {}
}
