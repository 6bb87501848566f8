package vn.motcua.organization.internal;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.motcua.organization.OrganizationRefusal;
import vn.motcua.security.PasswordChange;
import vn.motcua.security.SignedInOfficer;

/**
 * The page where officers change their own password; the only page an officer who must change it
 * can reach. After the change the officer signs in again with the new password.
 */
@Controller
class OwnPasswordPageController {

  private final OwnPassword passwords;
  private final PageRefusals refusals;
  private final OrganizationProperties properties;

  OwnPasswordPageController(
      OwnPassword passwords, PageRefusals refusals, OrganizationProperties properties) {
    this.passwords = passwords;
    this.refusals = refusals;
    this.properties = properties;
  }

  @ModelAttribute("minPasswordLength")
  int minPasswordLength() {
    return properties.minPasswordLength();
  }

  @GetMapping(PasswordChange.PAGE)
  String form(@AuthenticationPrincipal SignedInOfficer officer, Model model) {
    model.addAttribute("officer", officer);
    model.addAttribute("errors", Map.of());
    return "organization/password";
  }

  @PostMapping(PasswordChange.PAGE)
  String change(
      @AuthenticationPrincipal SignedInOfficer officer,
      @RequestParam(name = "currentPassword", required = false) @Nullable String currentPassword,
      @RequestParam(name = "newPassword", required = false) @Nullable String newPassword,
      @RequestParam(name = "confirmation", required = false) @Nullable String confirmation,
      HttpServletRequest request,
      Model model,
      Locale locale)
      throws ServletException {
    try {
      if (newPassword != null && !newPassword.equals(confirmation)) {
        throw OrganizationRefusal.invalid("confirmation", "organization.password.mismatch");
      }
      passwords.change(Actor.of(officer, request), currentPassword, newPassword);
    } catch (OrganizationRefusal refusal) {
      refusals.show(refusal, model, locale);
      model.addAttribute("officer", officer);
      return "organization/password";
    }
    request.logout();
    return "redirect:/login?passwordChanged";
  }
}
