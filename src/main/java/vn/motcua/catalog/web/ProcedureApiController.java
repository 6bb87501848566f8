package vn.motcua.catalog.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.motcua.calendar.TimeLimit;
import vn.motcua.catalog.Catalog;
import vn.motcua.catalog.ChannelTerms;
import vn.motcua.catalog.ComponentGroup;
import vn.motcua.catalog.Fee;
import vn.motcua.catalog.Procedure;
import vn.motcua.catalog.ProcedureCode;
import vn.motcua.catalog.ProcedureDetails;
import vn.motcua.catalog.ProcedurePage;
import vn.motcua.catalog.ProcedureSummary;
import vn.motcua.organization.Agency;
import vn.motcua.organization.Organization;
import vn.motcua.web.Problems;

/** The public procedures API: search the catalogue and read one procedure. No sign-in needed. */
@RestController
@RequestMapping("/api/v1/procedures")
class ProcedureApiController {

  private final Catalog catalog;
  private final Organization organization;

  ProcedureApiController(Catalog catalog, Organization organization) {
    this.catalog = catalog;
    this.organization = organization;
  }

  record FieldBody(String code, String name) {}

  record LimitBody(BigDecimal amount, String unit) {
    static @Nullable LimitBody of(@Nullable TimeLimit limit) {
      return limit == null ? null : new LimitBody(limit.amount(), limit.unit().name());
    }
  }

  record ProcedureItem(
      String code,
      String name,
      FieldBody field,
      String level,
      @Nullable LimitBody timeLimit,
      String timeLimitText) {}

  record ProcedureList(List<ProcedureItem> items, int page, int size, long total) {}

  record FeeBody(@Nullable Long amountVnd, boolean free, String description) {}

  record ChannelBody(
      String channel,
      int code,
      @Nullable LimitBody timeLimit,
      String timeLimitText,
      List<FeeBody> fees,
      String note) {}

  record ComponentBody(
      int position,
      String group,
      String name,
      int originals,
      int certifiedCopies,
      int copies,
      @Nullable String formTemplate) {}

  record AgencyBody(long id, String code, String name, @Nullable String address) {}

  record ProcedureBody(
      String code,
      String name,
      FieldBody field,
      String level,
      String kind,
      String decision,
      List<String> legalBasis,
      String subjects,
      List<String> results,
      String conditions,
      String authority,
      String receivingAddress,
      String steps,
      List<ChannelBody> channels,
      List<ComponentBody> components,
      @Nullable String cutoff,
      boolean receivable,
      List<AgencyBody> offeredBy,
      String sourceUrl) {}

  @GetMapping
  @Operation(
      summary = "Search the procedure catalogue",
      description =
          "Every word of q must occur in the name or code, with or without Vietnamese diacritics."
              + " Results are paged; the exact code comes first.")
  ProcedureList search(
      @Parameter(description = "words of the name, or the code") @RequestParam(required = false)
          String q,
      @Parameter(description = "field code, e.g. ho-tich") @RequestParam(required = false)
          String field,
      @Parameter(description = "level code, e.g. cap-xa") @RequestParam(required = false)
          String level,
      @Parameter(description = "id of an agency that offers the procedure")
          @RequestParam(required = false)
          String agency,
      @Parameter(description = "0-based page") @RequestParam(required = false) String page,
      @Parameter(description = "results per page, 1 to 100 (20)") @RequestParam(required = false)
          String size) {
    ProcedurePage found =
        catalog.search(new SearchParameters(q, field, level, agency, page, size).query());
    return new ProcedureList(
        found.items().stream().map(ProcedureApiController::item).toList(),
        found.page(),
        found.size(),
        found.total());
  }

  @GetMapping("/{code}")
  @Operation(summary = "Read one procedure: channels, time limits, fees, components, legal basis")
  ProcedureBody procedure(@PathVariable String code) {
    if (!ProcedureCode.isWellFormed(code)) {
      throw Problems.badParameter("code", "A procedure code looks like 1.001193.");
    }
    ProcedureDetails details =
        catalog
            .details(code)
            .orElseThrow(() -> Problems.notFound("No procedure has the code " + code + "."));
    return body(details);
  }

  private static ProcedureItem item(ProcedureSummary summary) {
    return new ProcedureItem(
        summary.code(),
        summary.name(),
        new FieldBody(summary.field().code(), summary.field().name()),
        summary.level(),
        LimitBody.of(summary.timeLimit()),
        summary.timeLimitText());
  }

  private ProcedureBody body(ProcedureDetails details) {
    Procedure procedure = details.procedure();
    List<ChannelBody> channels =
        procedure.channels().stream()
            .map(
                (ChannelTerms terms) ->
                    new ChannelBody(
                        terms.channel().name(),
                        terms.channel().code(),
                        LimitBody.of(terms.timeLimit()),
                        terms.timeLimitText(),
                        terms.fees().stream()
                            .map(
                                (Fee fee) ->
                                    new FeeBody(fee.amountVnd(), fee.free(), fee.description()))
                            .toList(),
                        details.channelNotes().getOrDefault(terms.channel(), "")))
            .toList();
    List<ComponentBody> components =
        details.componentGroups().stream()
            .flatMap(
                (ComponentGroup group) ->
                    group.components().stream()
                        .map(
                            component ->
                                new ComponentBody(
                                    component.position(),
                                    group.title(),
                                    component.name(),
                                    component.originals(),
                                    component.certifiedCopies(),
                                    component.copies(),
                                    component.formTemplate())))
            .toList();
    List<AgencyBody> agencies =
        catalog.agenciesOffering(procedure.code()).stream()
            .flatMap(id -> organization.agency(id).stream())
            .filter(Agency::active)
            .map(a -> new AgencyBody(a.id(), a.code().value(), a.name(), a.address()))
            .toList();
    return new ProcedureBody(
        procedure.code(),
        procedure.name(),
        new FieldBody(procedure.field().code(), procedure.field().name()),
        procedure.level(),
        details.kind(),
        procedure.decision(),
        lines(procedure.legalBasis()),
        procedure.subjects(),
        lines(procedure.result()),
        procedure.conditions(),
        details.authority(),
        details.receivingAddress(),
        details.steps(),
        channels,
        components,
        procedure.cutoff() == null ? null : procedure.cutoff().toString(),
        procedure.hasTimeLimit(),
        agencies,
        details.sourceUrl());
  }

  private static List<String> lines(String text) {
    return text.isEmpty() ? List.of() : List.of(text.split("\n"));
  }
}
