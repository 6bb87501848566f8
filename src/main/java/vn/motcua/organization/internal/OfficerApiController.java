package vn.motcua.organization.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.List;
import java.util.Set;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.motcua.organization.NewOfficer;
import vn.motcua.organization.Officer;
import vn.motcua.security.SignedInOfficer;

/**
 * Officers through the API: supervisors and administrators read those working in the agencies their
 * roles cover (404 for anyone else); administrators create, edit, deactivate, reactivate them and
 * reset their passwords within what they administer.
 */
@RestController
@RequestMapping("/api/v1/officers")
@Tag(name = "Officers", description = "Officer accounts, roles and fields")
class OfficerApiController {

  /**
   * An officer to create or the new state of one (the user name cannot change); {@code version} is
   * needed to change one.
   */
  record OfficerRequest(
      @Nullable String username,
      @Nullable String fullName,
      @Nullable String email,
      @Nullable String phone,
      @Nullable Long agencyId,
      @Nullable Long departmentId,
      @Nullable List<OfficerDraft.GrantDraft> grants,
      @Nullable Set<String> fields,
      @Nullable Integer version) {

    OfficerDraft draft() {
      return new OfficerDraft(
          username, fullName, email, phone, agencyId, departmentId, grants, fields);
    }
  }

  record OfficerResponse(
      long id,
      String username,
      String fullName,
      @Nullable String email,
      @Nullable String phone,
      long agencyId,
      @Nullable Long departmentId,
      boolean active,
      boolean mustChangePassword,
      List<NewOfficer.Grant> grants,
      Set<String> fields,
      int version,
      @Nullable String temporaryPassword) {

    static OfficerResponse of(OfficerRecord record, @Nullable String temporaryPassword) {
      Officer officer = record.officer();
      return new OfficerResponse(
          officer.id(),
          officer.username(),
          officer.fullName(),
          officer.email(),
          officer.phone(),
          officer.agencyId(),
          officer.departmentId(),
          officer.active(),
          record.mustChangePassword(),
          officer.grants(),
          officer.fields(),
          record.version(),
          temporaryPassword);
    }
  }

  record PasswordResetResponse(String username, String temporaryPassword) {}

  private final OfficerAdministration administration;

  OfficerApiController(OfficerAdministration administration) {
    this.administration = administration;
  }

  @GetMapping
  @PreAuthorize("hasAnyRole('ADMIN', 'SUPERVISOR')")
  @Operation(summary = "Officers of the agencies the caller supervises or administers")
  List<OfficerResponse> officers(
      @AuthenticationPrincipal SignedInOfficer officer,
      @RequestParam(name = "agency", required = false) @Nullable Long agencyId) {
    return administration.officers(Scope.overseenBy(officer), agencyId).stream()
        .map(record -> OfficerResponse.of(record, null))
        .toList();
  }

  @GetMapping("/{id}")
  @PreAuthorize("hasAnyRole('ADMIN', 'SUPERVISOR')")
  @Operation(summary = "One officer (404 when outside the caller's scope)")
  OfficerResponse officer(@AuthenticationPrincipal SignedInOfficer officer, @PathVariable long id) {
    return OfficerResponse.of(administration.officer(Scope.overseenBy(officer), id), null);
  }

  @PostMapping
  @PreAuthorize("hasRole('ADMIN')")
  @Operation(
      summary = "Create an officer",
      description =
          "The answer carries the temporary password, shown only here; the officer must change it"
              + " at the first sign-in.")
  ResponseEntity<OfficerResponse> create(
      @AuthenticationPrincipal SignedInOfficer officer,
      @RequestBody OfficerRequest request,
      HttpServletRequest http) {
    OfficerAdministration.TemporaryPassword created =
        administration.create(Actor.of(officer, http), request.draft());
    return ResponseEntity.created(URI.create("/api/v1/officers/" + created.officerId()))
        .body(
            OfficerResponse.of(
                administration.officer(Scope.administeredBy(officer), created.officerId()),
                created.password()));
  }

  @PutMapping("/{id}")
  @PreAuthorize("hasRole('ADMIN')")
  @Operation(summary = "Change an officer's details, agency, roles and fields")
  OfficerResponse update(
      @AuthenticationPrincipal SignedInOfficer officer,
      @PathVariable long id,
      @RequestBody OfficerRequest request,
      HttpServletRequest http) {
    administration.update(
        Actor.of(officer, http),
        id,
        AgencyApiController.version(request.version()),
        request.draft());
    return OfficerResponse.of(administration.officer(Scope.administeredBy(officer), id), null);
  }

  @PostMapping("/{id}/{change:deactivate|reactivate}")
  @PreAuthorize("hasRole('ADMIN')")
  @Operation(
      summary = "Deactivate or reactivate an officer",
      description = "A deactivated officer cannot sign in; the officer's open sessions end.")
  OfficerResponse activation(
      @AuthenticationPrincipal SignedInOfficer officer,
      @PathVariable long id,
      @PathVariable String change,
      @RequestBody AgencyApiController.VersionRequest request,
      HttpServletRequest http) {
    Actor actor = Actor.of(officer, http);
    int version = AgencyApiController.version(request.version());
    if (change.equals("reactivate")) {
      administration.reactivate(actor, id, version);
    } else {
      administration.deactivate(actor, id, version);
    }
    return OfficerResponse.of(administration.officer(Scope.administeredBy(officer), id), null);
  }

  @PostMapping("/{id}/password-reset")
  @PreAuthorize("hasRole('ADMIN')")
  @Operation(
      summary = "Reset an officer's password",
      description =
          "Answers a temporary password, shown only here, that the officer must change at the"
              + " next sign-in; the officer's open sessions end.")
  PasswordResetResponse resetPassword(
      @AuthenticationPrincipal SignedInOfficer officer,
      @PathVariable long id,
      HttpServletRequest http) {
    OfficerAdministration.TemporaryPassword reset =
        administration.resetPassword(Actor.of(officer, http), id);
    return new PasswordResetResponse(reset.username(), reset.password());
  }
}
