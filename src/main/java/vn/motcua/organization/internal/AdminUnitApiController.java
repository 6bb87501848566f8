package vn.motcua.organization.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.motcua.organization.AdminUnit;
import vn.motcua.organization.AdministrativeUnits;
import vn.motcua.organization.Succession;
import vn.motcua.web.Problems;

/** The administrative units, public: official data that citizens' addresses refer to. */
@RestController
@RequestMapping("/api/v1/public/admin-units")
@Tag(name = "Administrative units", description = "Provinces, districts (until 2025), communes")
class AdminUnitApiController {

  static final int MAX_LIMIT = 100;

  record UnitResponse(
      AdminUnit unit,
      @Nullable AdminUnit parent,
      List<Succession> predecessors,
      List<Succession> successors) {}

  private final AdministrativeUnits units;

  AdminUnitApiController(AdministrativeUnits units) {
    this.units = units;
  }

  @GetMapping
  @Operation(
      summary = "Search units by code or name (with or without diacritics)",
      description = "inForceOn (yyyy-MM-dd) keeps only the units in force on that day.")
  List<AdminUnit> search(
      @RequestParam(name = "q", required = false) @Nullable String query,
      @RequestParam(name = "inForceOn", required = false) @Nullable String inForceOn,
      @RequestParam(name = "limit", defaultValue = "20") int limit) {
    if (query == null || query.strip().length() < 2) {
      throw Problems.badParameter("q", "Give at least two characters of a name or a code.");
    }
    if (limit < 1 || limit > MAX_LIMIT) {
      throw Problems.badParameter("limit", "The limit is between 1 and " + MAX_LIMIT + ".");
    }
    return units.search(query, day(inForceOn), limit);
  }

  @GetMapping("/{id}")
  @Operation(summary = "A unit with its parent, the units it came from and those it went into")
  UnitResponse unit(@PathVariable long id) {
    AdminUnit unit =
        units.unit(id).orElseThrow(() -> Problems.notFound("No administrative unit " + id + "."));
    return new UnitResponse(
        unit,
        unit.parentId() == null ? null : units.unit(unit.parentId()).orElse(null),
        units.predecessors(id),
        units.successors(id));
  }

  private static @Nullable LocalDate day(@Nullable String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(text.strip());
    } catch (DateTimeParseException e) {
      throw Problems.badParameter("inForceOn", "Not a date (yyyy-MM-dd): " + text);
    }
  }
}
