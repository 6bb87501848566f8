package vn.motcua.portal.web;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriUtils;
import vn.motcua.dossier.DossierDetails;
import vn.motcua.dossier.DossierException;
import vn.motcua.dossier.Dossiers;
import vn.motcua.portal.Citizen;
import vn.motcua.portal.CitizenIdentity;
import vn.motcua.portal.FeedbackTopic;
import vn.motcua.portal.internal.CitizenSupplement;
import vn.motcua.portal.internal.Feedbacks;
import vn.motcua.portal.internal.Ratings;

/**
 * The citizen's account: sign-in through {@link CitizenIdentity}, the list of their own dossiers
 * (given with their email address, online or at a counter), each dossier's page and its online
 * supplement.
 */
@Controller
class AccountController {

  /** The most dossiers the list shows; a citizen has a handful. */
  static final int LIST_LIMIT = 100;

  private final CitizenIdentity identity;
  private final CitizenSession session;
  private final Dossiers dossiers;
  private final DossierPage page;
  private final CitizenSupplement supplement;
  private final Ratings ratings;
  private final Feedbacks feedbacks;
  private final MessageSource messages;

  AccountController(
      CitizenIdentity identity,
      CitizenSession session,
      Dossiers dossiers,
      DossierPage page,
      CitizenSupplement supplement,
      Ratings ratings,
      Feedbacks feedbacks,
      MessageSource messages) {
    this.identity = identity;
    this.session = session;
    this.dossiers = dossiers;
    this.page = page;
    this.supplement = supplement;
    this.ratings = ratings;
    this.feedbacks = feedbacks;
    this.messages = messages;
  }

  @GetMapping("/public/account")
  String account(HttpServletRequest request, Model model) {
    Optional<Citizen> citizen = session.current(request);
    if (citizen.isEmpty()) {
      return "portal/sign-in";
    }
    String email = citizen.get().email();
    model.addAttribute("citizen", citizen.get());
    model.addAttribute(
        "dossiers", email == null ? List.of() : dossiers.ofApplicantEmail(email, LIST_LIMIT));
    return "portal/account";
  }

  @PostMapping("/public/account/sign-in")
  String start(@RequestParam String login, Model model) {
    try {
      switch (identity.start(login)) {
        case CitizenIdentity.EnterCode enter ->
            model.addAttribute("destination", enter.destination());
        case CitizenIdentity.Redirect redirect -> {
          return "redirect:" + redirect.url();
        }
      }
    } catch (IllegalArgumentException notAcceptable) {
      model.addAttribute("invalidLogin", true);
      model.addAttribute("login", login);
    }
    return "portal/sign-in";
  }

  @PostMapping("/public/account/verify")
  String verify(
      @RequestParam String login,
      @RequestParam String code,
      HttpServletRequest request,
      Model model) {
    Optional<Citizen> citizen = identity.complete(Map.of("login", login, "code", code));
    if (citizen.isEmpty()) {
      model.addAttribute("destination", login);
      model.addAttribute("wrongCode", true);
      return "portal/sign-in";
    }
    session.signIn(request, citizen.get());
    return "redirect:/public/account";
  }

  @PostMapping("/public/account/sign-out")
  String signOut(HttpServletRequest request) {
    session.signOut(request);
    return "redirect:/public/account";
  }

  @GetMapping("/public/account/dossiers/{code}")
  String dossier(@PathVariable String code, HttpServletRequest request, Model model) {
    return show(own(code, request), model);
  }

  @PostMapping("/public/account/dossiers/{code}/supplement")
  String supplement(
      @PathVariable String code,
      @RequestParam(required = false) @Nullable String note,
      HttpServletRequest request,
      Locale locale,
      Model model,
      RedirectAttributes redirect)
      throws IOException {
    DossierDetails dossier = own(code, request);
    try {
      supplement.handIn(dossier, Uploads.scans(request), note, request.getRemoteAddr());
      redirect.addFlashAttribute("supplemented", true);
      return "redirect:/public/account/dossiers/" + UriUtils.encodePathSegment(code, "UTF-8");
    } catch (DossierException.Invalid problem) {
      model.addAttribute("problems", InputProblems.sentences(problem, messages, locale));
      return show(dossier, model);
    } catch (DossierException.Conflict changed) {
      model.addAttribute(
          "problems", List.of(messages.getMessage("portal.supplement.changed", null, locale)));
      return show(own(code, request), model);
    }
  }

  @PostMapping("/public/account/dossiers/{code}/rating")
  String rate(
      @PathVariable String code,
      RatingForm form,
      HttpServletRequest request,
      RedirectAttributes redirect) {
    redirect.addFlashAttribute(
        "rated", ratings.rate(own(code, request), form.rating(), Ratings.Channel.LOOKUP));
    return "redirect:/public/account/dossiers/" + UriUtils.encodePathSegment(code, "UTF-8");
  }

  @PostMapping("/public/account/dossiers/{code}/feedback")
  String feedback(
      @PathVariable String code,
      @RequestParam FeedbackTopic topic,
      @RequestParam String text,
      HttpServletRequest request,
      RedirectAttributes redirect) {
    try {
      feedbacks.send(own(code, request), topic, text);
      redirect.addFlashAttribute("feedbackSent", true);
    } catch (Feedbacks.Unacceptable empty) {
      redirect.addFlashAttribute("feedbackEmpty", true);
    }
    return "redirect:/public/account/dossiers/" + UriUtils.encodePathSegment(code, "UTF-8");
  }

  private String show(DossierDetails dossier, Model model) {
    model.addAttribute("code", dossier.code());
    model.addAttribute("own", true);
    return page.render(
        dossier,
        "/public/account/dossiers/" + UriUtils.encodePathSegment(dossier.code(), "UTF-8"),
        List.of(),
        model);
  }

  /**
   * The signed-in citizen's dossier; anything else (not signed in, another's dossier, no such
   * dossier) is the same 404.
   */
  private DossierDetails own(String code, HttpServletRequest request) {
    return session
        .current(request)
        .map(Citizen::email)
        .flatMap(email -> dossiers.ofApplicant(code, email))
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
  }
}
