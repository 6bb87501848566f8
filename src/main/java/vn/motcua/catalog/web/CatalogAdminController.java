package vn.motcua.catalog.web;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.motcua.calendar.LimitUnit;
import vn.motcua.calendar.TimeLimit;
import vn.motcua.catalog.Actor;
import vn.motcua.catalog.Catalog;
import vn.motcua.catalog.CatalogAdministration;
import vn.motcua.catalog.Channel;
import vn.motcua.catalog.Fee;
import vn.motcua.catalog.ImportReport;
import vn.motcua.catalog.ImportScope;
import vn.motcua.catalog.Offer;
import vn.motcua.catalog.OnlineLevel;
import vn.motcua.catalog.Procedure;
import vn.motcua.catalog.ProcedureCode;
import vn.motcua.catalog.ProcedureDetails;
import vn.motcua.catalog.ProcessIssue;
import vn.motcua.catalog.ProcessRefused;
import vn.motcua.catalog.ProcessRevision;
import vn.motcua.catalog.ProcessStep;
import vn.motcua.organization.Agency;
import vn.motcua.organization.AgencyKind;
import vn.motcua.organization.Organization;
import vn.motcua.security.Role;
import vn.motcua.security.SignedInOfficer;
import vn.motcua.shared.VietnameseText;

/**
 * The catalogue's administration (ADMIN only, by the security configuration): imports and their
 * reports, time limits and cut-off hours of procedures, and the offers and internal processes of
 * the agencies the administrator covers. Agencies outside the administrator's scope are not found.
 */
@Controller
@RequestMapping("/admin/catalog")
class CatalogAdminController {

  /** Agencies that receive and settle procedures (not their departments or counters). */
  private static final Set<AgencyKind> OFFERING_KINDS =
      EnumSet.complementOf(EnumSet.of(AgencyKind.INTERNAL_DEPARTMENT, AgencyKind.RECEPTION_POINT));

  /** Blank rows offered under the existing ones of a form. */
  private static final int BLANK_ROWS = 2;

  private final Catalog catalog;
  private final CatalogAdministration administration;
  private final Organization organization;
  private final MessageSource messages;

  CatalogAdminController(
      Catalog catalog,
      CatalogAdministration administration,
      Organization organization,
      MessageSource messages) {
    this.catalog = catalog;
    this.administration = administration;
    this.organization = organization;
    this.messages = messages;
  }

  /** A row of the process form, as typed. */
  record StepRow(String name, String role, String department, String share, String otherAgency) {}

  /** A row of the fee form, as typed. */
  record FeeRow(String amount, String description) {}

  @GetMapping
  String index(@AuthenticationPrincipal SignedInOfficer officer, Model model) {
    model.addAttribute("latest", catalog.latestImport().orElse(null));
    model.addAttribute("missing", catalog.withoutTimeLimit());
    model.addAttribute("agencies", administeredAgencies(officer));
    model.addAttribute("bundled", administration.bundledSource());
    return "catalog/admin/index";
  }

  @PostMapping("/import")
  String importBundled(
      @AuthenticationPrincipal SignedInOfficer officer, HttpServletRequest request) {
    ImportReport report = administration.importBundled(ImportScope.WHOLE, actor(officer, request));
    return "redirect:/admin/catalog/imports/" + report.id();
  }

  @PostMapping("/import-file")
  String importFile(
      @RequestParam("export") MultipartFile export,
      @AuthenticationPrincipal SignedInOfficer officer,
      HttpServletRequest request,
      RedirectAttributes redirect)
      throws IOException {
    if (export.isEmpty()) {
      redirect.addFlashAttribute("error", "catalog.admin.import.noFile");
      return "redirect:/admin/catalog";
    }
    String name = Optional.ofNullable(export.getOriginalFilename()).orElse("upload");
    try (InputStream content = export.getInputStream()) {
      ImportReport report = administration.importExport(content, name, actor(officer, request));
      return "redirect:/admin/catalog/imports/" + report.id();
    }
  }

  @GetMapping("/imports/{id}")
  String report(@PathVariable long id, Model model) {
    model.addAttribute(
        "report", catalog.importReport(id).orElseThrow(CatalogAdminController::notFound));
    return "catalog/admin/report";
  }

  /** The form that opens a procedure's settings by its code. */
  @GetMapping("/procedures")
  String findProcedure(@RequestParam String code, RedirectAttributes redirect) {
    String trimmed = code.strip();
    if (!ProcedureCode.isWellFormed(trimmed) || catalog.procedure(trimmed).isEmpty()) {
      redirect.addFlashAttribute("error", "catalog.admin.procedure.unknown");
      return "redirect:/admin/catalog";
    }
    return "redirect:/admin/catalog/procedures/" + trimmed;
  }

  @GetMapping("/procedures/{code}")
  String procedure(@PathVariable String code, Model model) {
    ProcedureDetails details = catalog.details(code).orElseThrow(CatalogAdminController::notFound);
    model.addAttribute("details", details);
    model.addAttribute("procedure", details.procedure());
    model.addAttribute("channels", Channel.values());
    model.addAttribute("units", LimitUnit.values());
    return "catalog/admin/procedure";
  }

  @PostMapping("/procedures/{code}/time-limit")
  String setTimeLimit(
      @PathVariable String code,
      @RequestParam String channel,
      @RequestParam String amount,
      @RequestParam String unit,
      @AuthenticationPrincipal SignedInOfficer officer,
      HttpServletRequest request,
      RedirectAttributes redirect) {
    catalog.details(code).orElseThrow(CatalogAdminController::notFound);
    TimeLimit limit;
    Channel chosen;
    try {
      chosen = Channel.valueOf(channel);
      limit =
          new TimeLimit(new BigDecimal(amount.strip().replace(',', '.')), LimitUnit.valueOf(unit));
      if (limit.amount().signum() == 0) {
        throw new IllegalArgumentException("zero");
      }
    } catch (IllegalArgumentException invalid) {
      redirect.addFlashAttribute("error", "catalog.admin.limit.invalid");
      return "redirect:/admin/catalog/procedures/" + code;
    }
    administration.setTimeLimit(code, chosen, limit, actor(officer, request));
    redirect.addFlashAttribute("saved", "catalog.admin.limit.saved");
    return "redirect:/admin/catalog/procedures/" + code;
  }

  @PostMapping("/procedures/{code}/cutoff")
  String setCutoff(
      @PathVariable String code,
      @RequestParam String mode,
      @RequestParam(required = false) @Nullable String time,
      @AuthenticationPrincipal SignedInOfficer officer,
      HttpServletRequest request,
      RedirectAttributes redirect) {
    catalog.details(code).orElseThrow(CatalogAdminController::notFound);
    Actor actor = actor(officer, request);
    switch (mode) {
      case "default" -> administration.useDefaultCutoff(code, actor);
      case "none" -> administration.setCutoff(code, null, actor);
      case "at" -> {
        try {
          administration.setCutoff(code, LocalTime.parse(String.valueOf(time).strip()), actor);
        } catch (DateTimeParseException invalid) {
          redirect.addFlashAttribute("error", "catalog.admin.cutoff.invalid");
          return "redirect:/admin/catalog/procedures/" + code;
        }
      }
      default -> throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
    }
    redirect.addFlashAttribute("saved", "catalog.admin.cutoff.saved");
    return "redirect:/admin/catalog/procedures/" + code;
  }

  @GetMapping("/agencies/{agencyId}")
  String agency(
      @PathVariable long agencyId, @AuthenticationPrincipal SignedInOfficer officer, Model model) {
    Agency agency = administered(officer, agencyId);
    List<Offer> offers = catalog.offers(agencyId);
    model.addAttribute("agency", agency);
    model.addAttribute("offers", offers);
    model.addAttribute(
        "names",
        catalog.procedures(offers.stream().map(Offer::procedureCode).toList()).stream()
            .collect(Collectors.toMap(Procedure::code, Procedure::name)));
    model.addAttribute("levels", OnlineLevel.values());
    return "catalog/admin/agency";
  }

  @PostMapping("/agencies/{agencyId}/offers")
  String addOffer(
      @PathVariable long agencyId,
      @RequestParam String code,
      @RequestParam String onlineLevel,
      @AuthenticationPrincipal SignedInOfficer officer,
      HttpServletRequest request,
      RedirectAttributes redirect) {
    administered(officer, agencyId);
    String trimmed = code.strip();
    var procedure =
        ProcedureCode.isWellFormed(trimmed)
            ? catalog.procedure(trimmed)
            : Optional.<Procedure>empty();
    if (procedure.isEmpty()) {
      redirect.addFlashAttribute("error", "catalog.admin.procedure.unknown");
      return "redirect:/admin/catalog/agencies/" + agencyId;
    }
    if (catalog.offer(agencyId, trimmed).isPresent()) {
      redirect.addFlashAttribute("error", "catalog.admin.offer.duplicate");
      return "redirect:/admin/catalog/agencies/" + agencyId;
    }
    try {
      administration.offer(
          agencyId,
          trimmed,
          onlineLevel(onlineLevel),
          procedure.get().fees(),
          actor(officer, request));
    } catch (ProcessRefused refused) {
      redirect.addFlashAttribute("error", "catalog.admin.offer.noTimeLimit");
      return "redirect:/admin/catalog/agencies/" + agencyId;
    }
    redirect.addFlashAttribute("saved", "catalog.admin.offer.saved");
    return "redirect:/admin/catalog/agencies/" + agencyId + "/offers/" + trimmed;
  }

  @GetMapping("/agencies/{agencyId}/offers/{code}")
  String offer(
      @PathVariable long agencyId,
      @PathVariable String code,
      @AuthenticationPrincipal SignedInOfficer officer,
      Model model) {
    Offer offer = offerOf(officer, agencyId, code);
    model.addAttribute("feeRows", feeRows(offer.fees()));
    model.addAttribute(
        "stepRows",
        withBlanks(
            offer.process().steps().stream()
                .map(
                    step ->
                        new StepRow(
                            step.name(),
                            step.role().name(),
                            step.departmentId() == null ? "" : step.departmentId().toString(),
                            step.shareDays().toPlainString(),
                            step.otherAgencyCode() == null ? "" : step.otherAgencyCode()))
                .toList(),
            new StepRow("", Role.SPECIALIST.name(), "", "", "")));
    return offerPage(officer, agencyId, offer, model);
  }

  @PostMapping("/agencies/{agencyId}/offers/{code}")
  String saveOffer(
      @PathVariable long agencyId,
      @PathVariable String code,
      @RequestParam String onlineLevel,
      @RequestParam MultiValueMap<String, String> form,
      @AuthenticationPrincipal SignedInOfficer officer,
      HttpServletRequest request,
      RedirectAttributes redirect) {
    offerOf(officer, agencyId, code);
    List<Fee> fees = new ArrayList<>();
    List<String> amounts = form.getOrDefault("feeAmount", List.of());
    List<String> descriptions = form.getOrDefault("feeDescription", List.of());
    for (int i = 0; i < amounts.size(); i++) {
      String amount = amounts.get(i).strip().replace(".", "").replace(",", "");
      String description = i < descriptions.size() ? descriptions.get(i).strip() : "";
      if (amount.isEmpty() && description.isEmpty()) {
        continue;
      }
      try {
        Long vnd = amount.isEmpty() ? null : Long.valueOf(amount);
        if (vnd != null && vnd < 0) {
          throw new NumberFormatException("negative");
        }
        fees.add(new Fee(vnd, description));
      } catch (NumberFormatException invalid) {
        redirect.addFlashAttribute("error", "catalog.admin.fee.invalid");
        return "redirect:/admin/catalog/agencies/" + agencyId + "/offers/" + code;
      }
    }
    administration.offer(agencyId, code, onlineLevel(onlineLevel), fees, actor(officer, request));
    redirect.addFlashAttribute("saved", "catalog.admin.offer.saved");
    return "redirect:/admin/catalog/agencies/" + agencyId + "/offers/" + code;
  }

  @PostMapping("/agencies/{agencyId}/offers/{code}/process")
  String reviseProcess(
      @PathVariable long agencyId,
      @PathVariable String code,
      @RequestParam MultiValueMap<String, String> form,
      @AuthenticationPrincipal SignedInOfficer officer,
      HttpServletRequest request,
      Locale locale,
      Model model,
      RedirectAttributes redirect) {
    Offer offer = offerOf(officer, agencyId, code);
    List<StepRow> rows = stepRows(form);
    List<ProcessStep> steps = new ArrayList<>();
    for (StepRow row : rows) {
      if (row.name().isBlank() && row.share().isBlank()) {
        continue;
      }
      try {
        steps.add(
            new ProcessStep(
                steps.size() + 1,
                row.name(),
                Role.valueOf(row.role()),
                row.department().isBlank() ? null : Long.valueOf(row.department().strip()),
                new BigDecimal(row.share().strip().replace(',', '.')),
                row.otherAgency().isBlank() ? null : row.otherAgency().strip()));
      } catch (IllegalArgumentException invalid) {
        model.addAttribute("error", "catalog.admin.process.unreadable");
        return rejected(officer, agencyId, offer, rows, model);
      }
    }
    try {
      ProcessRevision revision =
          administration.reviseProcess(agencyId, code, steps, actor(officer, request));
      redirect.addFlashAttribute("saved", "catalog.admin.process.saved");
      redirect.addFlashAttribute("warnings", texts(revision.warnings(), locale));
      redirect.addFlashAttribute("savedVersion", revision.process().version());
    } catch (ProcessRefused refused) {
      model.addAttribute("issues", texts(refused.issues(), locale));
      return rejected(officer, agencyId, offer, rows, model);
    }
    return "redirect:/admin/catalog/agencies/" + agencyId + "/offers/" + code;
  }

  @PostMapping("/agencies/{agencyId}/offers/{code}/withdraw")
  String withdraw(
      @PathVariable long agencyId,
      @PathVariable String code,
      @AuthenticationPrincipal SignedInOfficer officer,
      HttpServletRequest request,
      RedirectAttributes redirect) {
    offerOf(officer, agencyId, code);
    administration.withdraw(agencyId, code, actor(officer, request));
    redirect.addFlashAttribute("saved", "catalog.admin.offer.withdrawn");
    return "redirect:/admin/catalog/agencies/" + agencyId;
  }

  private String rejected(
      SignedInOfficer officer, long agencyId, Offer offer, List<StepRow> rows, Model model) {
    model.addAttribute("feeRows", feeRows(offer.fees()));
    model.addAttribute("stepRows", rows);
    model.addAttribute("rejected", true);
    return offerPage(officer, agencyId, offer, model);
  }

  private String offerPage(SignedInOfficer officer, long agencyId, Offer offer, Model model) {
    model.addAttribute("agency", administered(officer, agencyId));
    model.addAttribute("offer", offer);
    model.addAttribute("procedure", catalog.procedure(offer.procedureCode()).orElseThrow());
    model.addAttribute("history", catalog.processHistory(agencyId, offer.procedureCode()));
    model.addAttribute("levels", OnlineLevel.values());
    model.addAttribute("roles", List.of(Role.RECEPTION, Role.SPECIALIST, Role.LEADER));
    return "catalog/admin/offer";
  }

  private List<String> texts(List<ProcessIssue> issues, Locale locale) {
    return issues.stream()
        .map(issue -> messages.getMessage(issue.messageKey(), issue.arguments(), locale))
        .toList();
  }

  private static List<StepRow> stepRows(MultiValueMap<String, String> form) {
    List<String> names = form.getOrDefault("stepName", List.of());
    List<StepRow> rows = new ArrayList<>();
    for (int i = 0; i < names.size(); i++) {
      rows.add(
          new StepRow(
              names.get(i),
              value(form, "stepRole", i, Role.SPECIALIST.name()),
              value(form, "stepDepartment", i, ""),
              value(form, "stepShare", i, ""),
              value(form, "stepOtherAgency", i, "")));
    }
    return rows;
  }

  private static String value(
      MultiValueMap<String, String> form, String name, int index, String fallback) {
    List<String> values = form.getOrDefault(name, List.of());
    return index < values.size() ? values.get(index) : fallback;
  }

  private static List<FeeRow> feeRows(List<Fee> fees) {
    return withBlanks(
        fees.stream()
            .map(
                fee ->
                    new FeeRow(
                        fee.amountVnd() == null ? "" : fee.amountVnd().toString(),
                        fee.description()))
            .toList(),
        new FeeRow("", ""));
  }

  private static <T> List<T> withBlanks(List<T> rows, T blank) {
    List<T> all = new ArrayList<>(rows);
    for (int i = 0; i < BLANK_ROWS; i++) {
      all.add(blank);
    }
    return all;
  }

  private Offer offerOf(SignedInOfficer officer, long agencyId, String code) {
    administered(officer, agencyId);
    return catalog.offer(agencyId, code).orElseThrow(CatalogAdminController::notFound);
  }

  private Agency administered(SignedInOfficer officer, long agencyId) {
    if (!officer.covers(Role.ADMIN, agencyId)) {
      throw notFound();
    }
    return organization.agency(agencyId).orElseThrow(CatalogAdminController::notFound);
  }

  private List<Agency> administeredAgencies(SignedInOfficer officer) {
    return officer.agenciesFor(Role.ADMIN).stream()
        .map(organization::agency)
        .flatMap(Optional::stream)
        .filter(agency -> OFFERING_KINDS.contains(agency.kind()))
        .sorted(Comparator.comparing(agency -> VietnameseText.fold(agency.name())))
        .toList();
  }

  private static OnlineLevel onlineLevel(String value) {
    try {
      return OnlineLevel.valueOf(value);
    } catch (IllegalArgumentException invalid) {
      throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
    }
  }

  private static Actor actor(SignedInOfficer officer, HttpServletRequest request) {
    return new Actor(officer.getUsername(), request.getRemoteAddr());
  }

  private static ResponseStatusException notFound() {
    return new ResponseStatusException(HttpStatus.NOT_FOUND);
  }
}
