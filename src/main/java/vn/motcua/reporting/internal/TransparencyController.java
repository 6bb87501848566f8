package vn.motcua.reporting.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import vn.motcua.organization.Agency;
import vn.motcua.organization.AgencyKind;
import vn.motcua.organization.Organization;
import vn.motcua.shared.Instants;

/**
 * The public transparency page: for the month so far, each People's Committee's and department's
 * on-time rate and its Decision 766 satisfaction criterion, as the supervisors see them.
 */
@Controller
class TransparencyController {

  /** One agency's line. */
  record Line(Agency agency, Bieu06Figures figures, Indicator satisfaction) {}

  private final Organization organization;
  private final Dashboards dashboards;
  private final Bieu06 bieu06;
  private final Clock clock;

  TransparencyController(
      Organization organization, Dashboards dashboards, Bieu06 bieu06, Clock clock) {
    this.organization = organization;
    this.dashboards = dashboards;
    this.bieu06 = bieu06;
    this.clock = clock;
  }

  @GetMapping("/public/transparency")
  String page(Model model) {
    LocalDate today = LocalDate.now(clock.withZone(Instants.VIETNAM));
    LocalDate from = today.withDayOfMonth(1);
    List<Line> lines =
        Stream.of(
                AgencyKind.PROVINCE_COMMITTEE, AgencyKind.DEPARTMENT, AgencyKind.COMMUNE_COMMITTEE)
            .flatMap(kind -> organization.agencies(kind).stream())
            .filter(Agency::active)
            .map(
                agency ->
                    new Line(
                        agency,
                        bieu06.report(agency, from, today, null).total(),
                        dashboards.indicators(agency, from, today).stream()
                            .filter(indicator -> indicator.key().equals("satisfaction"))
                            .findFirst()
                            .orElseThrow()))
            .toList();
    model.addAttribute("from", from);
    model.addAttribute("to", today);
    model.addAttribute("lines", lines);
    return "reporting/transparency";
  }
}
