package vn.motcua.reporting.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.motcua.catalog.Catalog;
import vn.motcua.organization.Agency;
import vn.motcua.security.SignedInOfficer;
import vn.motcua.shared.Instants;

/**
 * The reporting pages for supervisors and leaders: the dashboard, Biểu 06 on screen (printable; the
 * Excel and PDF files come from the API) and the overdue list. Without parameters it opens on the
 * officer's own agency for the month so far.
 */
@Controller
@PreAuthorize("hasAnyRole('SUPERVISOR', 'LEADER')")
class ReportPageController {

  private final Bieu06 bieu06;
  private final ReportScope scope;
  private final Catalog catalog;
  private final DueLists dueLists;
  private final Dashboards dashboards;
  private final Workloads workloads;
  private final Clock clock;

  ReportPageController(
      Bieu06 bieu06,
      ReportScope scope,
      Catalog catalog,
      DueLists dueLists,
      Dashboards dashboards,
      Workloads workloads,
      Clock clock) {
    this.bieu06 = bieu06;
    this.scope = scope;
    this.catalog = catalog;
    this.dueLists = dueLists;
    this.dashboards = dashboards;
    this.workloads = workloads;
    this.clock = clock;
  }

  @GetMapping("/reports")
  String dashboard(
      @RequestParam(required = false) @Nullable String agency,
      @AuthenticationPrincipal SignedInOfficer officer,
      Model model) {
    String code = agency == null ? preferredCode(officer) : agency;
    Dashboard dashboard =
        code == null ? null : scope.agency(code, officer).map(dashboards::of).orElse(null);
    model.addAttribute("agencies", scope.choices(officer));
    model.addAttribute("agency", code);
    model.addAttribute("dashboard", dashboard);
    model.addAttribute(
        "points", dashboard == null ? null : DashboardJson.points(dashboard.indicators()));
    return "reporting/dashboard";
  }

  @GetMapping("/reports/bieu06")
  String page(
      @RequestParam(required = false) @Nullable String agency,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          @Nullable LocalDate from,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          @Nullable LocalDate to,
      @RequestParam(required = false) @Nullable String field,
      @AuthenticationPrincipal SignedInOfficer officer,
      Model model) {
    LocalDate today = LocalDate.now(clock.withZone(Instants.VIETNAM));
    LocalDate start = from == null ? today.withDayOfMonth(1) : from;
    LocalDate end = to == null ? today : to;
    String code = agency == null ? preferredCode(officer) : agency;
    boolean valid = ReportPeriod.valid(start, end);
    Optional<Bieu06Report> report =
        valid && code != null ? bieu06.report(code, start, end, field, officer) : Optional.empty();
    model.addAttribute("agencies", scope.choices(officer));
    model.addAttribute("fields", catalog.fields());
    model.addAttribute("agency", code);
    model.addAttribute("from", start);
    model.addAttribute("to", end);
    model.addAttribute("field", field);
    model.addAttribute("invalidPeriod", !valid);
    model.addAttribute("columns", Bieu06Column.ALL);
    model.addAttribute("report", report.orElse(null));
    return "reporting/bieu06";
  }

  @GetMapping("/reports/officers")
  String officers(
      @RequestParam(required = false) @Nullable String agency,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          @Nullable LocalDate from,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          @Nullable LocalDate to,
      @AuthenticationPrincipal SignedInOfficer officer,
      Model model) {
    LocalDate today = LocalDate.now(clock.withZone(Instants.VIETNAM));
    LocalDate start = from == null ? today.withDayOfMonth(1) : from;
    LocalDate end = to == null ? today : to;
    String code = agency == null ? preferredCode(officer) : agency;
    boolean valid = ReportPeriod.valid(start, end);
    model.addAttribute("agencies", scope.choices(officer));
    model.addAttribute("agency", code);
    model.addAttribute("from", start);
    model.addAttribute("to", end);
    model.addAttribute("invalidPeriod", !valid);
    model.addAttribute(
        "workload",
        valid && code != null
            ? scope.agency(code, officer).map(a -> workloads.of(a, start, end)).orElse(null)
            : null);
    return "reporting/officers";
  }

  @GetMapping("/reports/overdue")
  String overdue(
      @RequestParam(required = false) @Nullable String agency,
      @AuthenticationPrincipal SignedInOfficer officer,
      Model model) {
    String code = agency == null ? preferredCode(officer) : agency;
    model.addAttribute("agencies", scope.choices(officer));
    model.addAttribute("agency", code);
    model.addAttribute(
        "list", code == null ? null : scope.agency(code, officer).map(dueLists::of).orElse(null));
    return "reporting/overdue";
  }

  private @Nullable String preferredCode(SignedInOfficer officer) {
    return scope.preferred(officer).map(Agency::code).map(c -> c.value()).orElse(null);
  }
}
