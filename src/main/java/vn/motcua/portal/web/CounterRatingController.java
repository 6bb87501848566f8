package vn.motcua.portal.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriUtils;
import vn.motcua.dossier.DossierDetails;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.dossier.Dossiers;
import vn.motcua.portal.Satisfaction;
import vn.motcua.portal.internal.Ratings;
import vn.motcua.security.SignedInOfficer;

/**
 * The rating at the counter: the officer who returned the result opens this tablet-sized page and
 * hands the tablet to the applicant, who taps one answer per criterion.
 */
@Controller
class CounterRatingController {

  private final Dossiers dossiers;
  private final Ratings ratings;

  CounterRatingController(Dossiers dossiers, Ratings ratings) {
    this.dossiers = dossiers;
    this.ratings = ratings;
  }

  @GetMapping("/satisfaction/{code}")
  String page(
      @PathVariable String code, @AuthenticationPrincipal SignedInOfficer officer, Model model) {
    DossierDetails dossier = dossiers.find(code, officer);
    model.addAttribute("dossier", dossier);
    model.addAttribute("returned", dossier.status() == DossierStatus.RETURNED);
    model.addAttribute("rating", ratings.find(dossier).orElse(null));
    model.addAttribute("satisfactions", Satisfaction.values());
    return "portal/counter-rating";
  }

  @PostMapping("/satisfaction/{code}")
  String rate(
      @PathVariable String code,
      RatingForm form,
      @AuthenticationPrincipal SignedInOfficer officer,
      RedirectAttributes redirect) {
    redirect.addFlashAttribute(
        "rated",
        ratings.rate(dossiers.find(code, officer), form.rating(), Ratings.Channel.COUNTER));
    return "redirect:/satisfaction/" + UriUtils.encodePathSegment(code, "UTF-8");
  }
}
