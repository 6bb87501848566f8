package vn.motcua.portal.web;

import java.time.Clock;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.motcua.portal.internal.Feedback;
import vn.motcua.portal.internal.Feedbacks;
import vn.motcua.security.SignedInOfficer;

/**
 * The supervisor's side of citizens' feedback: the list of the agencies they supervise, most urgent
 * first, and the answer (or the refusal to handle it, with its reason), which the citizen reads on
 * the lookup page.
 */
@Controller
class FeedbackController {

  private final Feedbacks feedbacks;
  private final Clock clock;

  FeedbackController(Feedbacks feedbacks, Clock clock) {
    this.feedbacks = feedbacks;
    this.clock = clock;
  }

  @GetMapping("/feedback")
  String list(@AuthenticationPrincipal SignedInOfficer officer, Model model) {
    model.addAttribute("feedback", feedbacks.forSupervisor(officer));
    model.addAttribute("now", clock.instant());
    return "portal/feedback-list";
  }

  @GetMapping("/feedback/{id}")
  String one(@PathVariable long id, @AuthenticationPrincipal SignedInOfficer officer, Model model) {
    model.addAttribute("item", supervised(id, officer));
    model.addAttribute("now", clock.instant());
    return "portal/feedback";
  }

  @PostMapping("/feedback/{id}")
  String answer(
      @PathVariable long id,
      @RequestParam String answer,
      @RequestParam(defaultValue = "false") boolean refuse,
      @AuthenticationPrincipal SignedInOfficer officer,
      RedirectAttributes redirect) {
    Feedback feedback = supervised(id, officer);
    try {
      redirect.addFlashAttribute(
          "result", feedbacks.answer(feedback, answer, refuse, officer) ? "answered" : "changed");
    } catch (Feedbacks.Unacceptable empty) {
      redirect.addFlashAttribute("result", "empty");
    }
    return "redirect:/feedback/" + id;
  }

  /** The feedback, if the officer supervises its agency; any other is the same 404. */
  private Feedback supervised(long id, SignedInOfficer officer) {
    return feedbacks
        .forSupervisor(id, officer)
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
  }
}
