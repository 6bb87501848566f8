package vn.motcua.portal.web;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import vn.motcua.dossier.DossierException;
import vn.motcua.portal.internal.OnlineSubmission;
import vn.motcua.portal.internal.OnlineSubmission.OnlineOffer;

/**
 * Online submission: pick the agency and the procedure, fill in the applicant, upload a file per
 * component, declare and submit. The confirmation is the answer to the submission itself: posting
 * the same form again (a reload, a double click) answers with the same dossier, since the form
 * carries its submission key.
 */
@Controller
class SubmissionController {

  private final OnlineSubmission submission;
  private final CitizenSession citizens;
  private final MessageSource messages;

  SubmissionController(
      OnlineSubmission submission, CitizenSession citizens, MessageSource messages) {
    this.submission = submission;
    this.citizens = citizens;
    this.messages = messages;
  }

  @GetMapping("/public/submit")
  String choose(@RequestParam(required = false) @Nullable Long agency, Model model) {
    model.addAttribute("agencies", submission.agencies());
    model.addAttribute("agency", agency);
    if (agency != null) {
      model.addAttribute("offers", submission.offers(agency));
    }
    return "portal/submit-choose";
  }

  @GetMapping("/public/submit/{agency}/{code}")
  String form(
      @PathVariable long agency,
      @PathVariable String code,
      HttpServletRequest request,
      Model model) {
    String email = citizens.current(request).map(c -> c.email()).orElse(null);
    return page(
        offer(agency, code), ApplicantForm.empty(email, UUID.randomUUID().toString()), model);
  }

  @PostMapping("/public/submit/{agency}/{code}")
  String submit(
      @PathVariable long agency,
      @PathVariable String code,
      @ModelAttribute("form") ApplicantForm form,
      @RequestParam(required = false) @Nullable String declaration,
      HttpServletRequest request,
      Locale locale,
      Model model)
      throws IOException {
    OnlineOffer offer = offer(agency, code);
    String key = form.submissionKey();
    if (key == null || key.isBlank() || key.length() > 100) {
      throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
    }
    try {
      if (declaration == null) {
        throw new DossierException.Invalid("declaration", "portal.submit.declarationRequired");
      }
      OnlineSubmission.Submitted submitted =
          submission.submit(
              offer, form.applicant(), Uploads.scans(request), key, request.getRemoteAddr());
      model.addAttribute("submitted", submitted);
      model.addAttribute("offer", offer);
      return "portal/submitted";
    } catch (DossierException.Invalid problem) {
      model.addAttribute("problems", InputProblems.sentences(problem, messages, locale));
      return page(offer, form, model);
    }
  }

  private String page(OnlineOffer offer, ApplicantForm form, Model model) {
    model.addAttribute("offer", offer);
    model.addAttribute("form", form);
    return "portal/submit";
  }

  private OnlineOffer offer(long agency, String code) {
    return submission
        .offer(agency, code)
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
  }
}
