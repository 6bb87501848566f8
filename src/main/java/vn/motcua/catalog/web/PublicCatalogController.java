package vn.motcua.catalog.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import vn.motcua.calendar.TimeLimit;
import vn.motcua.catalog.Catalog;
import vn.motcua.catalog.ChannelTerms;
import vn.motcua.catalog.Offer;
import vn.motcua.catalog.Procedure;
import vn.motcua.catalog.ProcedureDetails;
import vn.motcua.catalog.ProcedurePage;
import vn.motcua.catalog.ProcedureQuery;
import vn.motcua.organization.Agency;
import vn.motcua.organization.Organization;
import vn.motcua.shared.VietnameseText;

/**
 * The public catalogue, without sign-in: search, a procedure's page, and an agency's public posting
 * (niêm yết công khai) of the procedures it receives, with their fees, to print.
 */
@Controller
class PublicCatalogController {

  private final Catalog catalog;
  private final Organization organization;

  PublicCatalogController(Catalog catalog, Organization organization) {
    this.catalog = catalog;
    this.organization = organization;
  }

  /** An offer with its procedure, for the posting. */
  record Posted(Offer offer, Procedure procedure) {

    /** The time limit when every channel has the same one, which the posting shows once. */
    public @Nullable TimeLimit sharedLimit() {
      List<TimeLimit> limits =
          procedure.channels().stream().map(ChannelTerms::timeLimit).distinct().toList();
      return limits.size() == 1 ? limits.getFirst() : null;
    }
  }

  @GetMapping("/public/procedures")
  String search(
      @RequestParam(required = false) @Nullable String q,
      @RequestParam(required = false) @Nullable String field,
      @RequestParam(required = false) @Nullable String level,
      @RequestParam(required = false) @Nullable String agency,
      @RequestParam(required = false) @Nullable String page,
      Model model) {
    ProcedureQuery query = new SearchParameters(q, field, level, agency, page, null).query();
    ProcedurePage results = catalog.search(query);
    model.addAttribute("query", query);
    model.addAttribute("results", results);
    model.addAttribute("fields", catalog.fields());
    model.addAttribute("levels", catalog.levels());
    model.addAttribute("agencies", agencies(catalog.agenciesWithOffers()));
    return "catalog/search";
  }

  @GetMapping("/public/procedures/{code}")
  String procedure(
      @PathVariable String code,
      @RequestParam(required = false) @Nullable Long agency,
      Model model) {
    ProcedureDetails details = catalog.details(code).orElseThrow(PublicCatalogController::notFound);
    List<Agency> offering = agencies(catalog.agenciesOffering(code));
    model.addAttribute("details", details);
    model.addAttribute("procedure", details.procedure());
    model.addAttribute("offering", offering);
    if (agency != null) {
      Offer offer = catalog.offer(agency, code).orElseThrow(PublicCatalogController::notFound);
      model.addAttribute("offer", offer);
      model.addAttribute(
          "offerAgency",
          organization.agency(agency).orElseThrow(PublicCatalogController::notFound));
    }
    return "catalog/procedure";
  }

  @GetMapping("/public/agencies/{id}/posting")
  String posting(@PathVariable long id, Model model) {
    Agency agency =
        organization
            .agency(id)
            .filter(Agency::active)
            .orElseThrow(PublicCatalogController::notFound);
    List<Offer> offers = catalog.offers(id);
    Map<String, Procedure> procedures = new HashMap<>();
    catalog
        .procedures(offers.stream().map(Offer::procedureCode).toList())
        .forEach(procedure -> procedures.put(procedure.code(), procedure));
    Map<String, List<Posted>> byField = new LinkedHashMap<>();
    offers.stream()
        .filter(offer -> procedures.containsKey(offer.procedureCode()))
        .map(offer -> new Posted(offer, procedures.get(offer.procedureCode())))
        .sorted(
            Comparator.comparing(
                    (Posted posted) -> VietnameseText.fold(posted.procedure().field().name()))
                .thenComparing(posted -> VietnameseText.fold(posted.procedure().name())))
        .forEach(
            posted ->
                byField
                    .computeIfAbsent(posted.procedure().field().name(), f -> new ArrayList<>())
                    .add(posted));
    model.addAttribute("agency", agency);
    model.addAttribute("byField", byField);
    return "catalog/posting";
  }

  private List<Agency> agencies(List<Long> ids) {
    return ids.stream()
        .map(organization::agency)
        .flatMap(Optional::stream)
        .filter(Agency::active)
        .sorted(Comparator.comparing(a -> VietnameseText.fold(a.name())))
        .toList();
  }

  private static ResponseStatusException notFound() {
    return new ResponseStatusException(HttpStatus.NOT_FOUND);
  }
}
