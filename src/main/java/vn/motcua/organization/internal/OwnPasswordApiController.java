package vn.motcua.organization.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import vn.motcua.security.PasswordChange;
import vn.motcua.security.SignedInOfficer;

/** The caller changes his or her own password. */
@RestController
@Tag(name = "Me")
class OwnPasswordApiController {

  record PasswordRequest(@Nullable String currentPassword, @Nullable String newPassword) {}

  private final OwnPassword passwords;

  OwnPasswordApiController(OwnPassword passwords) {
    this.passwords = passwords;
  }

  @PostMapping(PasswordChange.API)
  @Operation(
      summary = "Change my password",
      description =
          "Allowed also while a password change is required. All the caller's sessions end; sign"
              + " in again with the new password.")
  ResponseEntity<Void> change(
      @AuthenticationPrincipal SignedInOfficer officer,
      @RequestBody PasswordRequest request,
      HttpServletRequest http)
      throws ServletException {
    passwords.change(Actor.of(officer, http), request.currentPassword(), request.newPassword());
    http.logout();
    return ResponseEntity.noContent().build();
  }
}
