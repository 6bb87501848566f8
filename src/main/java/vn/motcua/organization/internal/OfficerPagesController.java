package vn.motcua.organization.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.motcua.organization.FieldDirectory;
import vn.motcua.organization.OrganizationRefusal;
import vn.motcua.security.Role;
import vn.motcua.security.SignedInOfficer;

/** The administration pages of officers ({@code /admin/officers}). */
@Controller
@RequestMapping("/admin/officers")
class OfficerPagesController {

  private final OfficerAdministration administration;
  private final AgencyAdministration agencies;
  private final ObjectProvider<FieldDirectory> fieldDirectory;
  private final PageRefusals refusals;

  OfficerPagesController(
      OfficerAdministration administration,
      AgencyAdministration agencies,
      ObjectProvider<FieldDirectory> fieldDirectory,
      PageRefusals refusals) {
    this.administration = administration;
    this.agencies = agencies;
    this.fieldDirectory = fieldDirectory;
    this.refusals = refusals;
  }

  @GetMapping
  String list(
      @AuthenticationPrincipal SignedInOfficer officer,
      @RequestParam(name = "agency", required = false) @Nullable Long agency,
      Model model) {
    model.addAttribute("officers", administration.officers(Scope.administeredBy(officer), agency));
    model.addAttribute("agencies", agencyNames(officer));
    model.addAttribute("selectedAgency", agency);
    return "organization/officers";
  }

  @GetMapping("/new")
  String blank(@AuthenticationPrincipal SignedInOfficer officer, Model model) {
    return form(officer, OfficerForm.blank(), null, model);
  }

  @PostMapping
  String create(
      @AuthenticationPrincipal SignedInOfficer officer,
      @ModelAttribute OfficerForm form,
      HttpServletRequest request,
      Model model,
      Locale locale) {
    try {
      OfficerAdministration.TemporaryPassword created =
          administration.create(Actor.of(officer, request), form.draft());
      return temporaryPassword(created, true, model);
    } catch (OrganizationRefusal refusal) {
      refusals.show(refusal, model, locale);
      return form(officer, form, null, model);
    }
  }

  @GetMapping("/{id}")
  String edit(
      @AuthenticationPrincipal SignedInOfficer officer, @PathVariable long id, Model model) {
    OfficerRecord record = administration.officer(Scope.administeredBy(officer), id);
    return form(officer, OfficerForm.of(record), record, model);
  }

  @PostMapping("/{id}")
  String update(
      @AuthenticationPrincipal SignedInOfficer officer,
      @PathVariable long id,
      @ModelAttribute OfficerForm form,
      HttpServletRequest request,
      Model model,
      Locale locale) {
    try {
      administration.update(
          Actor.of(officer, request),
          id,
          AgencyApiController.version(form.version()),
          form.draft());
      return "redirect:/admin/officers/" + id + "?saved";
    } catch (OrganizationRefusal refusal) {
      refusals.show(refusal, model, locale);
      return form(officer, form, administration.officer(Scope.administeredBy(officer), id), model);
    }
  }

  @PostMapping("/{id}/password-reset")
  String resetPassword(
      @AuthenticationPrincipal SignedInOfficer officer,
      @PathVariable long id,
      HttpServletRequest request,
      Model model) {
    return temporaryPassword(
        administration.resetPassword(Actor.of(officer, request), id), false, model);
  }

  @PostMapping("/{id}/{change:deactivate|reactivate}")
  String activation(
      @AuthenticationPrincipal SignedInOfficer officer,
      @PathVariable long id,
      @PathVariable String change,
      @RequestParam("version") int version,
      HttpServletRequest request,
      Model model,
      Locale locale) {
    boolean active = change.equals("reactivate");
    Actor actor = Actor.of(officer, request);
    try {
      if (active) {
        administration.reactivate(actor, id, version);
      } else {
        administration.deactivate(actor, id, version);
      }
      return "redirect:/admin/officers/" + id + "?" + change + "d";
    } catch (OrganizationRefusal refusal) {
      refusals.show(refusal, model, locale);
      OfficerRecord record = administration.officer(Scope.administeredBy(officer), id);
      return form(officer, OfficerForm.of(record), record, model);
    }
  }

  /** The password to hand to the officer: shown on this page once, never stored in clear. */
  private static String temporaryPassword(
      OfficerAdministration.TemporaryPassword password, boolean created, Model model) {
    model.addAttribute("password", password);
    model.addAttribute("created", created);
    return "organization/temporary-password";
  }

  private String form(
      SignedInOfficer officer, OfficerForm form, @Nullable OfficerRecord record, Model model) {
    List<AgencyRecord> scope =
        AgencyTree.depthFirst(agencies.agencies(Scope.administeredBy(officer)));
    model.addAttribute("form", form);
    model.addAttribute("officer", record);
    model.addAttribute("agencies", scope);
    model.addAttribute("topDepth", scope.stream().mapToInt(AgencyRecord::depth).min().orElse(0));
    model.addAttribute("roles", Role.values());
    model.addAttribute("fieldOptions", fieldOptions(form));
    if (!model.containsAttribute("errors")) {
      model.addAttribute("errors", Map.of());
    }
    return "organization/officer";
  }

  /** The catalogue's fields, and any field the officer has that the catalogue does not list. */
  private List<FieldDirectory.FieldOption> fieldOptions(OfficerForm form) {
    FieldDirectory directory = fieldDirectory.getIfAvailable();
    List<FieldDirectory.FieldOption> options =
        new ArrayList<>(directory == null ? List.of() : directory.fields());
    if (form.fields() != null) {
      form.fields().stream()
          .filter(code -> options.stream().noneMatch(o -> o.code().equals(code)))
          .sorted()
          .forEach(code -> options.add(new FieldDirectory.FieldOption(code, code)));
    }
    return options;
  }

  private Map<Long, String> agencyNames(SignedInOfficer officer) {
    Map<Long, String> names = new java.util.LinkedHashMap<>();
    AgencyTree.depthFirst(agencies.agencies(Scope.administeredBy(officer)))
        .forEach(a -> names.put(a.id(), a.agency().name()));
    return names;
  }
}
