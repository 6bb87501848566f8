package vn.motcua.portal.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.motcua.dossier.DossierException;
import vn.motcua.portal.FeedbackTopic;
import vn.motcua.portal.internal.CitizenSupplement;
import vn.motcua.portal.internal.Feedbacks;
import vn.motcua.portal.internal.PublicLookup;
import vn.motcua.portal.internal.Ratings;

/**
 * The public lookup page: the form, and the dossier once a code and PIN are given (typed, or from
 * the link in the receipt's QR code). The applicant hands in a requested supplement, rates the
 * service and sends feedback here.
 */
@Controller
class LookupPageController {

  private final PublicLookup lookup;
  private final DossierPage page;
  private final CitizenSupplement supplement;
  private final Ratings ratings;
  private final Feedbacks feedbacks;
  private final MessageSource messages;

  LookupPageController(
      PublicLookup lookup,
      DossierPage page,
      CitizenSupplement supplement,
      Ratings ratings,
      Feedbacks feedbacks,
      MessageSource messages) {
    this.lookup = lookup;
    this.page = page;
    this.supplement = supplement;
    this.ratings = ratings;
    this.feedbacks = feedbacks;
    this.messages = messages;
  }

  @GetMapping("/public/lookup")
  String lookup(
      @RequestParam(required = false) @Nullable String code,
      @RequestParam(required = false) @Nullable String pin,
      HttpServletRequest request,
      HttpServletResponse response,
      Model model) {
    model.addAttribute("code", code == null ? "" : code.strip());
    if (code == null && pin == null) {
      return DossierPage.TEMPLATE;
    }
    return answer(
        lookup.lookup(code == null ? "" : code, pin == null ? "" : pin, request.getRemoteAddr()),
        response,
        model);
  }

  @PostMapping("/public/lookup/supplement")
  String supplement(
      @RequestParam String code,
      @RequestParam String pin,
      @RequestParam(required = false) @Nullable String note,
      HttpServletRequest request,
      HttpServletResponse response,
      Locale locale,
      Model model,
      RedirectAttributes redirect)
      throws IOException {
    model.addAttribute("code", code.strip());
    PublicLookup.Answer answer = lookup.lookup(code, pin, request.getRemoteAddr());
    if (answer instanceof PublicLookup.Found found) {
      try {
        supplement.handIn(found.details(), Uploads.scans(request), note, request.getRemoteAddr());
        redirect.addAttribute("code", code.strip());
        redirect.addAttribute("pin", pin.strip());
        redirect.addFlashAttribute("supplemented", true);
        return "redirect:/public/lookup";
      } catch (DossierException.Invalid problem) {
        model.addAttribute("problems", InputProblems.sentences(problem, messages, locale));
      } catch (DossierException.Conflict changed) {
        model.addAttribute(
            "problems", List.of(messages.getMessage("portal.supplement.changed", null, locale)));
      }
      // Shown again as it is now: the applicant sees what changed.
      answer = lookup.lookup(code, pin, request.getRemoteAddr());
    }
    return answer(answer, response, model);
  }

  @PostMapping("/public/lookup/rating")
  String rate(
      @RequestParam String code,
      @RequestParam String pin,
      RatingForm form,
      HttpServletRequest request,
      HttpServletResponse response,
      Model model,
      RedirectAttributes redirect) {
    model.addAttribute("code", code.strip());
    PublicLookup.Answer answer = lookup.lookup(code, pin, request.getRemoteAddr());
    if (answer instanceof PublicLookup.Found found) {
      redirect.addFlashAttribute(
          "rated", ratings.rate(found.details(), form.rating(), Ratings.Channel.LOOKUP));
      redirect.addAttribute("code", code.strip());
      redirect.addAttribute("pin", pin.strip());
      return "redirect:/public/lookup";
    }
    return answer(answer, response, model);
  }

  @PostMapping("/public/lookup/feedback")
  String feedback(
      @RequestParam String code,
      @RequestParam String pin,
      @RequestParam FeedbackTopic topic,
      @RequestParam String text,
      HttpServletRequest request,
      HttpServletResponse response,
      Model model,
      RedirectAttributes redirect) {
    model.addAttribute("code", code.strip());
    PublicLookup.Answer answer = lookup.lookup(code, pin, request.getRemoteAddr());
    if (answer instanceof PublicLookup.Found found) {
      try {
        feedbacks.send(found.details(), topic, text);
        redirect.addFlashAttribute("feedbackSent", true);
      } catch (Feedbacks.Unacceptable empty) {
        redirect.addFlashAttribute("feedbackEmpty", true);
      }
      redirect.addAttribute("code", code.strip());
      redirect.addAttribute("pin", pin.strip());
      return "redirect:/public/lookup";
    }
    return answer(answer, response, model);
  }

  private String answer(PublicLookup.Answer answer, HttpServletResponse response, Model model) {
    switch (answer) {
      case PublicLookup.Found found -> {
        return page.render(
            found.details(),
            "/public/lookup",
            List.of("code", found.details().code(), "pin", found.details().lookupPin()),
            model);
      }
      case PublicLookup.NotFound notFound -> {
        response.setStatus(HttpStatus.NOT_FOUND.value());
        model.addAttribute("notFound", true);
      }
      case PublicLookup.Refused refused -> {
        response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
        response.setHeader("Retry-After", Long.toString(refused.retryAfter().toSeconds() + 1));
        model.addAttribute("refusedMinutes", refused.retryAfter().toMinutes() + 1);
      }
    }
    return DossierPage.TEMPLATE;
  }
}
