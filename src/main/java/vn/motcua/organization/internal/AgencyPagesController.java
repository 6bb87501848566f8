package vn.motcua.organization.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.motcua.organization.AdminUnit;
import vn.motcua.organization.AdministrativeUnits;
import vn.motcua.organization.AgencyKind;
import vn.motcua.organization.OrganizationRefusal;
import vn.motcua.security.SignedInOfficer;

/** The administration pages of the agency tree ({@code /admin/agencies}). */
@Controller
@RequestMapping("/admin/agencies")
class AgencyPagesController {

  private final AgencyAdministration administration;
  private final AdministrativeUnits units;
  private final PageRefusals refusals;

  AgencyPagesController(
      AgencyAdministration administration, AdministrativeUnits units, PageRefusals refusals) {
    this.administration = administration;
    this.units = units;
    this.refusals = refusals;
  }

  @GetMapping
  String list(@AuthenticationPrincipal SignedInOfficer officer, Model model) {
    List<AgencyRecord> agencies =
        AgencyTree.depthFirst(administration.agencies(Scope.administeredBy(officer)));
    model.addAttribute("agencies", agencies);
    model.addAttribute("units", unitsOf(agencies));
    model.addAttribute("topDepth", agencies.stream().mapToInt(AgencyRecord::depth).min().orElse(0));
    return "organization/agencies";
  }

  @GetMapping("/new")
  String blank(
      @AuthenticationPrincipal SignedInOfficer officer,
      @RequestParam(name = "parent", required = false) @Nullable Long parent,
      Model model) {
    return form(
        officer,
        new AgencyDraft(null, null, null, parent, null, null, null, null, null),
        null,
        model);
  }

  @PostMapping
  String create(
      @AuthenticationPrincipal SignedInOfficer officer,
      @ModelAttribute AgencyDraft form,
      HttpServletRequest request,
      Model model,
      Locale locale) {
    try {
      long id = administration.create(Actor.of(officer, request), form);
      return "redirect:/admin/agencies/" + id + "?created";
    } catch (OrganizationRefusal refusal) {
      refusals.show(refusal, model, locale);
      return form(officer, form, null, model);
    }
  }

  @GetMapping("/{id}")
  String edit(
      @AuthenticationPrincipal SignedInOfficer officer, @PathVariable long id, Model model) {
    AgencyRecord agency = administration.agency(Scope.administeredBy(officer), id);
    return form(officer, AgencyDraft.of(agency), agency, model);
  }

  @PostMapping("/{id}")
  String update(
      @AuthenticationPrincipal SignedInOfficer officer,
      @PathVariable long id,
      @ModelAttribute AgencyDraft form,
      HttpServletRequest request,
      Model model,
      Locale locale) {
    try {
      administration.update(
          Actor.of(officer, request), id, AgencyApiController.version(form.version()), form);
      return "redirect:/admin/agencies/" + id + "?saved";
    } catch (OrganizationRefusal refusal) {
      refusals.show(refusal, model, locale);
      return form(officer, form, administration.agency(Scope.administeredBy(officer), id), model);
    }
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
      return "redirect:/admin/agencies/" + id + "?" + change + "d";
    } catch (OrganizationRefusal refusal) {
      refusals.show(refusal, model, locale);
      AgencyRecord agency = administration.agency(Scope.administeredBy(officer), id);
      return form(officer, AgencyDraft.of(agency), agency, model);
    }
  }

  private String form(
      SignedInOfficer officer, AgencyDraft form, @Nullable AgencyRecord agency, Model model) {
    List<AgencyRecord> parents =
        AgencyTree.depthFirst(administration.agencies(Scope.administeredBy(officer))).stream()
            .filter(a -> a.agency().active())
            .filter(a -> agency == null || !agency.contains(a))
            .toList();
    model.addAttribute("form", form);
    model.addAttribute("agency", agency);
    model.addAttribute("parents", parents);
    Long parentId = agency == null ? null : agency.agency().parentId();
    model.addAttribute(
        "parentOutside",
        parentId != null && parents.stream().noneMatch(parent -> parent.id() == parentId));
    model.addAttribute("kinds", AgencyKind.values());
    model.addAttribute(
        "unit", form.adminUnitId() == null ? null : units.unit(form.adminUnitId()).orElse(null));
    model.addAttribute("unitsByAgency", unitsOf(parents));
    model.addAttribute("topDepth", parents.stream().mapToInt(AgencyRecord::depth).min().orElse(0));
    if (!model.containsAttribute("errors")) {
      model.addAttribute("errors", Map.of());
    }
    return "organization/agency";
  }

  /** The administrative unit of each agency that has one of its own, by agency id. */
  private Map<Long, AdminUnit> unitsOf(List<AgencyRecord> agencies) {
    Map<Long, AdminUnit> byUnitId = new HashMap<>();
    Map<Long, AdminUnit> byAgency = new HashMap<>();
    for (AgencyRecord agency : agencies) {
      if (agency.adminUnitId() != null) {
        AdminUnit unit =
            byUnitId.computeIfAbsent(agency.adminUnitId(), id -> units.unit(id).orElseThrow());
        byAgency.put(agency.id(), unit);
      }
    }
    return byAgency;
  }
}
