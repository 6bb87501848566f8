package vn.motcua.dossier.web;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriUtils;
import vn.motcua.catalog.Catalog;
import vn.motcua.catalog.Channel;
import vn.motcua.catalog.Offer;
import vn.motcua.catalog.Procedure;
import vn.motcua.catalog.ProcedureQuery;
import vn.motcua.dossier.Applicant;
import vn.motcua.dossier.ApplicantKind;
import vn.motcua.dossier.Component;
import vn.motcua.dossier.DossierException;
import vn.motcua.dossier.DossierReception;
import vn.motcua.dossier.Dossiers;
import vn.motcua.dossier.FeeStatus;
import vn.motcua.dossier.Intake;
import vn.motcua.dossier.Registered;
import vn.motcua.dossier.Representative;
import vn.motcua.dossier.Scan;
import vn.motcua.organization.Agency;
import vn.motcua.organization.Organization;
import vn.motcua.security.SignedInOfficer;

/**
 * The counter screen: one form for the whole reception, made for the keyboard. The procedure is
 * found without diacritics, a known applicant is filled in from earlier dossiers, the checklist and
 * the appointment the dossier would get appear as soon as the procedure is chosen (htmx), and one
 * of three buttons decides: accept, ask for a supplement, refuse.
 */
@Controller
@RequestMapping("/counter")
@PreAuthorize("hasRole('RECEPTION')")
class CounterController {

  /** The form as typed, kept to show it again with the errors. Bound by its constructor. */
  record Form(
      @Nullable String procedureCode,
      @Nullable String agency,
      @Nullable Channel channel,
      @Nullable ApplicantKind applicantKind,
      @Nullable String applicantName,
      @Nullable String applicantIdNumber,
      @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate applicantBirthDate,
      @Nullable String applicantAddress,
      @Nullable String applicantPhone,
      @Nullable String applicantEmail,
      @Nullable String representativeName,
      @Nullable String representativeIdNumber,
      @Nullable String representativePhone,
      @Nullable Integer sets,
      @Nullable Long feeAmount,
      @Nullable FeeStatus feeStatus,
      @Nullable String note,
      @Nullable String missingItems,
      @Nullable String reason) {

    static Form empty() {
      return new Form(
          null,
          null,
          Channel.IN_PERSON,
          ApplicantKind.INDIVIDUAL,
          null,
          null,
          null,
          null,
          null,
          null,
          null,
          null,
          null,
          1,
          null,
          FeeStatus.NONE,
          null,
          null,
          null);
    }

    static Form knownApplicant(String idNumber, Applicant known) {
      return new Form(
          null,
          null,
          Channel.IN_PERSON,
          known.kind(),
          known.name(),
          idNumber,
          known.birthDate(),
          known.address(),
          known.phone(),
          known.email(),
          null,
          null,
          null,
          1,
          null,
          FeeStatus.NONE,
          null,
          null,
          null);
    }

    Intake intake(@Nullable List<Component> checked) {
      return new Intake(
          procedureCode == null ? "" : procedureCode,
          channel == null ? Channel.IN_PERSON : channel,
          agency,
          new Applicant(
              applicantKind == null ? ApplicantKind.INDIVIDUAL : applicantKind,
              applicantName == null ? "" : applicantName,
              applicantIdNumber,
              applicantBirthDate,
              applicantAddress,
              applicantPhone,
              applicantEmail),
          representativeName == null || representativeName.isBlank()
              ? null
              : new Representative(representativeName, representativeIdNumber, representativePhone),
          checked,
          sets == null ? 1 : sets,
          feeAmount,
          feeStatus,
          note);
    }

    List<String> missing() {
      return missingItems == null
          ? List.of()
          : missingItems.lines().map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
  }

  private final DossierReception reception;
  private final Dossiers dossiers;
  private final Catalog catalog;
  private final Organization organization;
  private final MessageSource messages;

  CounterController(
      DossierReception reception,
      Dossiers dossiers,
      Catalog catalog,
      Organization organization,
      MessageSource messages) {
    this.reception = reception;
    this.dossiers = dossiers;
    this.catalog = catalog;
    this.organization = organization;
    this.messages = messages;
  }

  @GetMapping
  String counter(@AuthenticationPrincipal SignedInOfficer officer, Model model) {
    return page(Form.empty(), officer, model);
  }

  /** Procedures the settling agency offers whose name or code matches what was typed. */
  @GetMapping("/procedures")
  String procedures(
      @RequestParam(defaultValue = "") String q,
      @RequestParam(required = false) @Nullable String agency,
      @AuthenticationPrincipal SignedInOfficer officer,
      Model model) {
    Agency settling = settling(agency, officer);
    String text = q.length() > ProcedureQuery.MAX_TEXT_LENGTH ? q.substring(0, 200) : q;
    model.addAttribute(
        "procedures",
        catalog.search(new ProcedureQuery(text, null, null, settling.id(), 0, 15)).items());
    return "dossier/counter-parts :: procedures";
  }

  /** The checklist, fees and appointment of the chosen procedure. */
  @GetMapping("/procedure")
  String procedure(
      @RequestParam String code,
      @RequestParam(required = false) @Nullable String agency,
      @RequestParam(defaultValue = "IN_PERSON") Channel channel,
      @AuthenticationPrincipal SignedInOfficer officer,
      Model model) {
    Agency settling = settling(agency, officer);
    Optional<Procedure> procedure = catalog.procedure(code);
    Optional<Offer> offer = catalog.offer(settling.id(), code);
    model.addAttribute("procedure", procedure.orElse(null));
    model.addAttribute("offer", offer.orElse(null));
    model.addAttribute("settling", settling);
    if (procedure.isPresent() && offer.isPresent()) {
      Intake probe =
          new Intake(
              code,
              channel,
              settling.code().value(),
              new Applicant(ApplicantKind.INDIVIDUAL, "-", null, null, null, null, null),
              null,
              null,
              1,
              null,
              null,
              null);
      reception
          .preview(probe, officer)
          .ifPresent(
              preview -> {
                model.addAttribute("previewDue", DossierPageController.format(preview.dueAt()));
                model.addAttribute(
                    "previewFrom", DossierPageController.format(preview.countingFrom()));
              });
    }
    return "dossier/counter-parts :: checklist";
  }

  /**
   * An applicant already known by identification number, to fill in the form (once-only). For an
   * unknown number the answer is 204, which htmx leaves alone, so nothing the officer is typing
   * gets replaced.
   */
  @GetMapping("/applicant")
  ModelAndView applicant(@RequestParam String applicantIdNumber) {
    String idNumber = applicantIdNumber.strip();
    Optional<Applicant> known = dossiers.knownApplicant(idNumber);
    if (known.isEmpty()) {
      return new ModelAndView("dossier/counter-parts :: nothing", HttpStatus.NO_CONTENT);
    }
    return new ModelAndView(
        "dossier/counter-parts :: applicant",
        Map.of(
            "known", true,
            "form", Form.knownApplicant(idNumber, known.get()),
            "kinds", ApplicantKind.values()));
  }

  @PostMapping
  String receive(
      @ModelAttribute("form") Form form,
      @RequestParam DossierReception.Outcome outcome,
      @AuthenticationPrincipal SignedInOfficer officer,
      HttpServletRequest request,
      Locale locale,
      Model model,
      RedirectAttributes redirect)
      throws IOException {
    Map<Integer, Component> checked = checklist(request);
    Intake intake = form.intake(checked.isEmpty() ? null : List.copyOf(checked.values()));
    List<String> missing = form.missing();
    Registered registered;
    try {
      registered =
          reception.receive(
              intake,
              outcome,
              missing,
              form.reason,
              scans(request),
              officer,
              request.getRemoteAddr());
    } catch (DossierException.Invalid | DossierException.Conflict problem) {
      model.addAttribute("problems", DossierMessages.of(problem, messages, locale));
      return page(form, officer, model);
    }
    redirect.addFlashAttribute(
        "success",
        messages.getMessage(
            "dossier.counter.done." + outcome, new Object[] {registered.code()}, locale));
    redirect.addFlashAttribute("justReceived", outcome == DossierReception.Outcome.ACCEPT);
    return "redirect:/dossiers/" + UriUtils.encodePathSegment(registered.code(), "UTF-8");
  }

  private String page(Form form, SignedInOfficer officer, Model model) {
    Agency own = organization.agency(officer.agencyId()).orElseThrow();
    List<Agency> settlingAgencies = new ArrayList<>();
    settlingAgencies.add(own);
    catalog.agenciesWithOffers().stream()
        .filter(id -> id != own.id())
        .map(organization::agency)
        .flatMap(Optional::stream)
        .filter(Agency::active)
        .forEach(settlingAgencies::add);
    model.addAttribute("form", form);
    model.addAttribute("ownAgency", own);
    model.addAttribute("settlingAgencies", settlingAgencies);
    model.addAttribute("channels", Channel.values());
    model.addAttribute("feeStatuses", FeeStatus.values());
    model.addAttribute("kinds", ApplicantKind.values());
    if (form.procedureCode() != null && !form.procedureCode().isBlank()) {
      Agency settling = settling(form.agency(), officer);
      model.addAttribute("procedure", catalog.procedure(form.procedureCode()).orElse(null));
      model.addAttribute("offer", catalog.offer(settling.id(), form.procedureCode()).orElse(null));
    }
    return "dossier/counter";
  }

  private Agency settling(@Nullable String agency, SignedInOfficer officer) {
    if (agency != null && !agency.isBlank()) {
      Optional<Agency> chosen =
          catalog.agenciesWithOffers().stream()
              .map(organization::agency)
              .flatMap(Optional::stream)
              .filter(a -> a.code().value().equals(agency))
              .findFirst();
      if (chosen.isPresent()) {
        return chosen.get();
      }
    }
    return organization.agency(officer.agencyId()).orElseThrow();
  }

  /**
   * The checklist as ticked: {@code provided-N}, {@code originals-N}, {@code certified-N}, {@code
   * copies-N}.
   */
  private static Map<Integer, Component> checklist(HttpServletRequest request) {
    Map<Integer, Component> checked = new LinkedHashMap<>();
    for (String name : request.getParameterMap().keySet()) {
      if (name.startsWith("originals-")) {
        int position = Integer.parseInt(name.substring("originals-".length()));
        checked.put(
            position,
            new Component(
                position,
                "",
                count(request, "originals-" + position),
                count(request, "certified-" + position),
                count(request, "copies-" + position),
                request.getParameter("provided-" + position) != null));
      }
    }
    return checked;
  }

  private static int count(HttpServletRequest request, String name) {
    String value = request.getParameter(name);
    try {
      return value == null || value.isBlank() ? 0 : Math.max(0, Integer.parseInt(value.strip()));
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  /** Scans uploaded with the reception, one field per component: {@code scan-N}. */
  private static List<Scan> scans(HttpServletRequest request) throws IOException {
    if (!(request instanceof MultipartHttpServletRequest multipart)) {
      return List.of();
    }
    List<Scan> scans = new ArrayList<>();
    for (Map.Entry<String, MultipartFile> part : multipart.getFileMap().entrySet()) {
      if (part.getKey().startsWith("scan-") && !part.getValue().isEmpty()) {
        scans.add(
            new Scan(
                Integer.parseInt(part.getKey().substring("scan-".length())),
                String.valueOf(part.getValue().getOriginalFilename()),
                part.getValue().getBytes()));
      }
    }
    return scans;
  }
}
