package vn.motcua.organization.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.motcua.organization.AdminUnit;
import vn.motcua.organization.AdministrativeUnits;
import vn.motcua.organization.OrganizationRefusal;
import vn.motcua.security.SignedInOfficer;

/**
 * Agencies through the API: every officer reads those their roles cover; administrators create,
 * edit, deactivate and reactivate them within what they administer.
 */
@RestController
@RequestMapping("/api/v1/agencies")
@Tag(name = "Agencies", description = "The agency tree (cơ quan, đơn vị)")
class AgencyApiController {

  record VersionRequest(@Nullable Integer version) {}

  record AgencyResponse(
      long id,
      String code,
      String name,
      String kind,
      @Nullable Long parentId,
      @Nullable AdminUnit adminUnit,
      @Nullable String address,
      @Nullable String phone,
      @Nullable String email,
      boolean active,
      int version) {}

  private final AgencyAdministration administration;
  private final AdministrativeUnits units;

  AgencyApiController(AgencyAdministration administration, AdministrativeUnits units) {
    this.administration = administration;
    this.units = units;
  }

  @GetMapping
  @Operation(summary = "The agencies the caller's roles cover, parents before children")
  List<AgencyResponse> agencies(@AuthenticationPrincipal SignedInOfficer officer) {
    return administration.agencies(Scope.visibleTo(officer)).stream().map(this::response).toList();
  }

  @GetMapping("/{id}")
  @Operation(summary = "One agency (404 when outside the caller's scope)")
  AgencyResponse agency(@AuthenticationPrincipal SignedInOfficer officer, @PathVariable long id) {
    return response(administration.agency(Scope.visibleTo(officer), id));
  }

  @PostMapping
  @PreAuthorize("hasRole('ADMIN')")
  @Operation(summary = "Create an agency below one the caller administers")
  ResponseEntity<AgencyResponse> create(
      @AuthenticationPrincipal SignedInOfficer officer,
      @RequestBody AgencyDraft request,
      HttpServletRequest http) {
    long id = administration.create(Actor.of(officer, http), request);
    return ResponseEntity.created(URI.create("/api/v1/agencies/" + id))
        .body(response(administration.agency(Scope.administeredBy(officer), id)));
  }

  @PutMapping("/{id}")
  @PreAuthorize("hasRole('ADMIN')")
  @Operation(summary = "Change an agency (also move it below another one)")
  AgencyResponse update(
      @AuthenticationPrincipal SignedInOfficer officer,
      @PathVariable long id,
      @RequestBody AgencyDraft request,
      HttpServletRequest http) {
    administration.update(Actor.of(officer, http), id, version(request.version()), request);
    return response(administration.agency(Scope.administeredBy(officer), id));
  }

  @PostMapping("/{id}/{change:deactivate|reactivate}")
  @PreAuthorize("hasRole('ADMIN')")
  @Operation(
      summary = "Deactivate or reactivate an agency",
      description = "An agency is deactivated only when no active agency or officer is below it.")
  AgencyResponse activation(
      @AuthenticationPrincipal SignedInOfficer officer,
      @PathVariable long id,
      @PathVariable String change,
      @RequestBody VersionRequest request,
      HttpServletRequest http) {
    Actor actor = Actor.of(officer, http);
    if (change.equals("reactivate")) {
      administration.reactivate(actor, id, version(request.version()));
    } else {
      administration.deactivate(actor, id, version(request.version()));
    }
    return response(administration.agency(Scope.administeredBy(officer), id));
  }

  static int version(@Nullable Integer version) {
    if (version == null) {
      throw OrganizationRefusal.invalid("version", "organization.refusal.required");
    }
    return version;
  }

  private AgencyResponse response(AgencyRecord record) {
    var agency = record.agency();
    return new AgencyResponse(
        agency.id(),
        agency.code().value(),
        agency.name(),
        agency.kind().name(),
        agency.parentId(),
        record.adminUnitId() == null ? null : units.unit(record.adminUnitId()).orElse(null),
        agency.address(),
        agency.phone(),
        agency.email(),
        agency.active(),
        record.version());
  }
}
