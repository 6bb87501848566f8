package vn.motcua.organization.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import vn.motcua.organization.AdminUnit;
import vn.motcua.organization.AdministrativeUnits;
import vn.motcua.shared.Instants;

/**
 * The administrative units for administrators ({@code /admin/units}): search by name or code, a
 * unit with its parents, predecessors and successors, and the choice of a unit in the agency form.
 */
@Controller
@RequestMapping("/admin/units")
class AdminUnitPagesController {

  static final int RESULTS = 50;
  static final int OPTIONS = 15;

  private final AdministrativeUnits units;
  private final Clock clock;

  AdminUnitPagesController(AdministrativeUnits units, Clock clock) {
    this.units = units;
    this.clock = clock;
  }

  @GetMapping
  String search(
      @RequestParam(name = "q", required = false) @Nullable String query,
      @RequestParam(name = "current", defaultValue = "false") boolean currentOnly,
      Model model) {
    model.addAttribute("query", query == null ? "" : query);
    model.addAttribute("currentOnly", currentOnly);
    model.addAttribute(
        "results",
        query == null || query.isBlank()
            ? List.of()
            : units.search(query, currentOnly ? today() : null, RESULTS));
    return "organization/units";
  }

  @GetMapping("/{id}")
  String unit(@PathVariable long id, Model model) {
    AdminUnit unit =
        units.unit(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    model.addAttribute("unit", unit);
    model.addAttribute("ancestors", ancestors(unit));
    model.addAttribute("predecessors", units.predecessors(id));
    model.addAttribute("successors", units.successors(id));
    return "organization/unit";
  }

  /** The units in force today that match, as radio buttons of the agency form (htmx). */
  @GetMapping("/options")
  String options(@RequestParam(name = "unitQuery", defaultValue = "") String query, Model model) {
    model.addAttribute(
        "options", query.strip().length() < 2 ? List.of() : units.search(query, today(), OPTIONS));
    return "organization/unit-options :: options";
  }

  private List<AdminUnit> ancestors(AdminUnit unit) {
    List<AdminUnit> ancestors = new ArrayList<>();
    Optional<AdminUnit> parent =
        unit.parentId() == null ? Optional.empty() : units.unit(unit.parentId());
    while (parent.isPresent()) {
      ancestors.addFirst(parent.get());
      parent =
          parent.get().parentId() == null ? Optional.empty() : units.unit(parent.get().parentId());
    }
    return ancestors;
  }

  private LocalDate today() {
    return LocalDate.now(clock.withZone(Instants.VIETNAM));
  }
}
