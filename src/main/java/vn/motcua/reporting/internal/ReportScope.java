package vn.motcua.reporting.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.motcua.organization.Agency;
import vn.motcua.organization.AgencyCode;
import vn.motcua.organization.Organization;
import vn.motcua.security.Role;
import vn.motcua.security.SignedInOfficer;

/**
 * Which agencies an officer may see figures of: those his or her supervisor and leader roles cover
 * (each with everything below it). An agency outside them answers as one that does not exist.
 */
@Component
class ReportScope {

  private final Organization organization;

  ReportScope(Organization organization) {
    this.organization = organization;
  }

  Set<Long> agencies(SignedInOfficer officer) {
    Set<Long> agencies = new HashSet<>(officer.agenciesFor(Role.SUPERVISOR));
    agencies.addAll(officer.agenciesFor(Role.LEADER));
    return agencies;
  }

  /** The agencies the officer may choose for a report, by code. */
  java.util.List<Agency> choices(SignedInOfficer officer) {
    return agencies(officer).stream()
        .map(organization::agency)
        .flatMap(Optional::stream)
        .sorted(java.util.Comparator.comparing(agency -> agency.code().value()))
        .toList();
  }

  /** The agency the officer's reports open with: his or her own, else the first in scope. */
  Optional<Agency> preferred(SignedInOfficer officer) {
    List<Agency> choices = choices(officer);
    return choices.stream()
        .filter(agency -> agency.id() == officer.agencyId())
        .findFirst()
        .or(() -> choices.stream().findFirst());
  }

  /** The agency with this code, if the officer may see its figures. */
  Optional<Agency> agency(String code, SignedInOfficer officer) {
    Optional<Agency> agency;
    try {
      agency = organization.agency(new AgencyCode(code.strip()));
    } catch (IllegalArgumentException malformed) {
      return Optional.empty();
    }
    return agency.filter(found -> agencies(officer).contains(found.id()));
  }

  /** The agencies whose parent is this one, by code. */
  List<Agency> directlyBelow(Agency agency) {
    return below(agency).stream()
        .map(organization::agency)
        .flatMap(Optional::stream)
        .filter(child -> Long.valueOf(agency.id()).equals(child.parentId()))
        .sorted(java.util.Comparator.comparing(child -> child.code().value()))
        .toList();
  }

  /** The agency and everything below it. */
  Set<Long> below(Agency agency) {
    return organization.agencyAndBelow(agency.id());
  }
}
