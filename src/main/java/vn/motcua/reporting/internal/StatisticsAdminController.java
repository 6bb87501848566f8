package vn.motcua.reporting.internal;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.motcua.organization.Agency;
import vn.motcua.organization.AgencyCode;
import vn.motcua.organization.Organization;
import vn.motcua.security.Role;
import vn.motcua.security.SignedInOfficer;
import vn.motcua.web.Problems;

/**
 * Lets an administrator rebuild the statistics of the agencies he or she administers from the
 * dossiers' history (after restoring a backup, say).
 */
@RestController
@PreAuthorize("hasRole('ADMIN')")
class StatisticsAdminController {

  record Rebuilt(String agency, int dossiers) {}

  private final StatisticsRebuild rebuild;
  private final Organization organization;

  StatisticsAdminController(StatisticsRebuild rebuild, Organization organization) {
    this.rebuild = rebuild;
    this.organization = organization;
  }

  @PostMapping("/api/v1/reports/statistics/rebuild")
  @Operation(
      summary =
          "Rebuild the statistics of an agency and those below it from the dossiers' history"
              + " (while no one acts on their dossiers)")
  Rebuilt rebuild(
      @RequestParam String agency,
      @AuthenticationPrincipal SignedInOfficer officer,
      HttpServletRequest request) {
    Agency found = administered(agency, officer);
    int counted =
        rebuild.rebuild(
            found,
            organization.agencyAndBelow(found.id()),
            officer.getUsername(),
            request.getRemoteAddr());
    return new Rebuilt(found.code().value(), counted);
  }

  private Agency administered(String code, SignedInOfficer officer) {
    try {
      return organization
          .agency(new AgencyCode(code.strip()))
          .filter(agency -> officer.covers(Role.ADMIN, agency.id()))
          .orElseThrow(() -> Problems.notFound("No agency " + code + " you administer."));
    } catch (IllegalArgumentException malformed) {
      throw Problems.notFound("No agency " + code + " you administer.");
    }
  }
}
