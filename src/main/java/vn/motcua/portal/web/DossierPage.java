package vn.motcua.portal.web;

import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import vn.motcua.dossier.DossierDetails;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.dossier.Dossiers;
import vn.motcua.portal.FeedbackTopic;
import vn.motcua.portal.Satisfaction;
import vn.motcua.portal.internal.Feedbacks;
import vn.motcua.portal.internal.PublicLookup;
import vn.motcua.portal.internal.Ratings;

/**
 * A dossier as a citizen sees it, found by code and PIN or among their own: its public view, while
 * a supplement is asked for the form to hand it in, and once the result was returned the rating
 * form (or the rating given).
 */
@Component
class DossierPage {

  static final String TEMPLATE = "portal/lookup";

  private final PublicLookup lookup;
  private final Dossiers dossiers;
  private final Ratings ratings;
  private final Feedbacks feedbacks;

  DossierPage(PublicLookup lookup, Dossiers dossiers, Ratings ratings, Feedbacks feedbacks) {
    this.lookup = lookup;
    this.dossiers = dossiers;
    this.ratings = ratings;
    this.feedbacks = feedbacks;
  }

  /**
   * @param actions where the page's forms post: {@code actions + "/supplement"}, {@code actions +
   *     "/rating"}, {@code actions + "/feedback"}
   * @param hidden the forms' hidden fields (the code and PIN that found the dossier), name then
   *     value
   */
  String render(DossierDetails details, String actions, List<String> hidden, Model model) {
    model.addAttribute("dossier", lookup.view(details));
    model.addAttribute("actions", actions);
    model.addAttribute("hidden", hidden);
    if (details.status() == DossierStatus.SUPPLEMENT_REQUESTED) {
      model.addAttribute("components", dossiers.components(details));
    }
    model.addAttribute("feedback", feedbacks.about(details));
    model.addAttribute("topics", FeedbackTopic.values());
    if (details.status() == DossierStatus.RETURNED) {
      model.addAttribute("rating", ratings.find(details).orElse(null));
      model.addAttribute("satisfactions", Satisfaction.values());
    }
    return TEMPLATE;
  }
}
