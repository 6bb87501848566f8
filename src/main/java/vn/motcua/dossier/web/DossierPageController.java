package vn.motcua.dossier.web;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriUtils;
import vn.motcua.calendar.Calendars;
import vn.motcua.calendar.Timeliness;
import vn.motcua.calendar.WorkingTime;
import vn.motcua.dossier.ActionName;
import vn.motcua.dossier.ActionRequest;
import vn.motcua.dossier.DossierActions;
import vn.motcua.dossier.DossierDetails;
import vn.motcua.dossier.DossierException;
import vn.motcua.dossier.DossierFiles;
import vn.motcua.dossier.Dossiers;
import vn.motcua.dossier.HistoryLine;
import vn.motcua.dossier.ReturnMethod;
import vn.motcua.security.SignedInOfficer;
import vn.motcua.shared.Instants;

/**
 * The dossier page: everything about the dossier, its timeline with early / on time / late per
 * step, and a form for each action the officer may perform now. Actions post back here and redirect
 * to the page (post/redirect/get), with what happened or why not in the officer's language.
 */
@Controller
class DossierPageController {

  /** The actions that need a reason (the rest take an optional note). */
  private static final java.util.Set<ActionName> REASON_ACTIONS =
      java.util.EnumSet.of(
          ActionName.SEND_BACK,
          ActionName.PAUSE,
          ActionName.PROPOSE_REFUSAL,
          ActionName.REFUSE,
          ActionName.WITHDRAW,
          ActionName.STOP,
          ActionName.REQUEST_SUPPLEMENT,
          ActionName.APOLOGIZE);

  private static final DateTimeFormatter DATE_TIME =
      DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy");

  /** A line of the timeline, as shown. */
  record TimelineLine(
      String at,
      String action,
      String actor,
      @Nullable String step,
      @Nullable Timeliness timeliness,
      @Nullable String next,
      @Nullable String note,
      List<String> details) {}

  private final Dossiers dossiers;
  private final DossierActions actions;
  private final DossierFiles files;
  private final Calendars calendars;
  private final WorkingDurations durations;
  private final MessageSource messages;
  private final Clock clock;

  DossierPageController(
      Dossiers dossiers,
      DossierActions actions,
      DossierFiles files,
      Calendars calendars,
      WorkingDurations durations,
      MessageSource messages,
      Clock clock) {
    this.dossiers = dossiers;
    this.actions = actions;
    this.files = files;
    this.calendars = calendars;
    this.durations = durations;
    this.messages = messages;
    this.clock = clock;
  }

  /** Opens a dossier by the code typed on the workspace. */
  @GetMapping("/dossiers")
  String open(@RequestParam String code) {
    return "redirect:/dossiers/" + UriUtils.encodePathSegment(code.strip(), "UTF-8");
  }

  @GetMapping("/dossiers/{code}")
  String page(
      @PathVariable String code,
      @AuthenticationPrincipal SignedInOfficer officer,
      Locale locale,
      Model model) {
    DossierDetails dossier = dossiers.find(code, officer);
    WorkingTime time = calendars.forAgency(dossier.agencyCode());
    Instant now = clock.instant();
    model.addAttribute("dossier", dossier);
    model.addAttribute("components", dossiers.components(dossier));
    model.addAttribute("files", dossiers.files(dossier));
    model.addAttribute("timeline", timeline(dossiers.history(dossier), time, locale));
    model.addAttribute("actions", actions.available(code, officer));
    model.addAttribute("returnMethods", ReturnMethod.values());
    model.addAttribute("reasonActions", REASON_ACTIONS);
    model.addAttribute("received", format(dossier.receivedAt()));
    model.addAttribute("due", format(dossier.dueAt()));
    model.addAttribute("originalDue", format(dossier.originalDueAt()));
    model.addAttribute(
        "remaining",
        dossier.status().paused()
            ? messages.getMessage("dossier.time.paused", null, locale)
            : dossier.open() && dossier.finishedAt() == null
                ? durations.remaining(dossier.dueAt(), now, time, locale)
                : "");
    model.addAttribute("overdue", dossier.open() && WorkingDurations.overdue(dossier.dueAt(), now));
    model.addAttribute(
        "stepDue",
        dossier.step() == null
            ? ""
            : durations.remaining(dossier.step().dueAt(), now, time, locale));
    return "dossier/page";
  }

  @PostMapping("/dossiers/{code}/actions")
  String act(
      @PathVariable String code,
      @RequestParam ActionName action,
      @RequestParam int version,
      @RequestParam(required = false) @Nullable String note,
      @RequestParam(required = false) @Nullable String items,
      @RequestParam(required = false) @Nullable String assignee,
      @RequestParam(required = false) @Nullable String agency,
      @RequestParam(required = false) @Nullable Integer toStep,
      @RequestParam(required = false) @Nullable String resultNumber,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          @Nullable LocalDate resultDate,
      @RequestParam(required = false) @Nullable Boolean electronic,
      @RequestParam(required = false) @Nullable MultipartFile resultFile,
      @RequestParam(required = false) @Nullable String recipient,
      @RequestParam(required = false) @Nullable ReturnMethod returnMethod,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          @Nullable LocalDate newDueDate,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.TIME)
          @Nullable LocalTime newDueTime,
      @AuthenticationPrincipal SignedInOfficer officer,
      HttpServletRequest request,
      Locale locale,
      RedirectAttributes redirect)
      throws IOException {
    Instant newDue =
        newDueDate == null
            ? null
            : LocalDateTime.of(newDueDate, newDueTime == null ? LocalTime.of(17, 0) : newDueTime)
                .atZone(Instants.VIETNAM)
                .toInstant();
    ActionRequest actionRequest =
        new ActionRequest(
            action,
            version,
            note,
            items == null ? null : Arrays.asList(items.split("\\R")),
            assignee,
            agency,
            toStep,
            resultNumber,
            resultDate,
            electronic,
            recipient,
            returnMethod,
            newDue);
    try {
      if (action == ActionName.RESULT_READY && resultFile != null && !resultFile.isEmpty()) {
        files.attach(
            code,
            null,
            String.valueOf(resultFile.getOriginalFilename()),
            resultFile.getBytes(),
            officer);
      }
      actions.perform(code, actionRequest, officer, request.getRemoteAddr());
      redirect.addFlashAttribute(
          "success",
          messages.getMessage(
              "dossier.done",
              new Object[] {messages.getMessage("dossier.action." + action, null, locale)},
              locale));
    } catch (DossierException.Conflict | DossierException.Invalid problem) {
      redirect.addFlashAttribute("problems", DossierMessages.of(problem, messages, locale));
    }
    return "redirect:/dossiers/" + UriUtils.encodePathSegment(code, "UTF-8");
  }

  @PostMapping("/dossiers/{code}/files")
  String upload(
      @PathVariable String code,
      @RequestParam(required = false) @Nullable Integer component,
      @RequestParam("file") MultipartFile file,
      @AuthenticationPrincipal SignedInOfficer officer,
      Locale locale,
      RedirectAttributes redirect)
      throws IOException {
    try {
      files.attach(
          code, component, String.valueOf(file.getOriginalFilename()), file.getBytes(), officer);
      redirect.addFlashAttribute(
          "success", messages.getMessage("dossier.fileAttached", null, locale));
    } catch (DossierException.Conflict | DossierException.Invalid problem) {
      redirect.addFlashAttribute("problems", DossierMessages.of(problem, messages, locale));
    }
    return "redirect:/dossiers/" + UriUtils.encodePathSegment(code, "UTF-8");
  }

  private List<TimelineLine> timeline(List<HistoryLine> lines, WorkingTime time, Locale locale) {
    return lines.stream()
        .map(
            line ->
                new TimelineLine(
                    format(line.at()),
                    messages.getMessage(
                        "dossier.action." + line.action(), null, line.action(), locale),
                    line.actorName(),
                    line.leftStepName(),
                    line.leftStepDueAt() == null
                        ? null
                        : time.byInstant(line.at(), line.leftStepDueAt()),
                    line.enteredStepName() != null
                        ? line.enteredStepName()
                        : line.enteredStepHolder(),
                    line.note(),
                    line.details().entrySet().stream()
                        .map(
                            e ->
                                messages.getMessage(
                                        "dossier.detail." + e.getKey(), null, e.getKey(), locale)
                                    + ": "
                                    + e.getValue())
                        .toList()))
        .toList();
  }

  static String format(@Nullable Instant instant) {
    return instant == null ? "" : DATE_TIME.format(instant.atZone(Instants.VIETNAM));
  }
}
