package vn.motcua.documents.internal;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import vn.motcua.calendar.Calendars;
import vn.motcua.catalog.Catalog;
import vn.motcua.catalog.Field;
import vn.motcua.documents.DocumentKind;
import vn.motcua.dossier.DossierDetails;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.dossier.Dossiers;
import vn.motcua.dossier.HistoryLine;
import vn.motcua.organization.Agency;
import vn.motcua.organization.Organization;
import vn.motcua.web.PublicLinks;

/**
 * What each form of a dossier says, read from the dossier and the line of its history that issued
 * the form (the reception for the receipt, the last refusal for the refusal, …). A dossier has a
 * form only if that line exists: no refusal, no refusal letter.
 */
@Component
public class DossierForms {

  private final Dossiers dossiers;
  private final Organization organization;
  private final Catalog catalog;
  private final Calendars calendars;
  private final PublicLinks links;
  private final FormText text;

  DossierForms(
      Dossiers dossiers,
      Organization organization,
      Catalog catalog,
      Calendars calendars,
      PublicLinks links,
      FormText text) {
    this.dossiers = dossiers;
    this.organization = organization;
    this.catalog = catalog;
    this.calendars = calendars;
    this.links = links;
    this.text = text;
  }

  /** The line of the history that issued the form, if the dossier has that form. */
  public Optional<HistoryLine> source(
      DocumentKind kind, DossierDetails dossier, List<HistoryLine> history) {
    return switch (kind) {
      case RECEIPT -> dossier.parentId() == null ? first(history, "RECEIVE", "ACCEPT") : none();
      case CONTROL_SLIP -> first(history, "RECEIVE", "ACCEPT");
      case SUPPLEMENT_REQUEST -> last(history, "REQUEST_SUPPLEMENT");
      case REFUSAL -> last(history, "REFUSE");
      case APOLOGY -> last(history, "APOLOGIZE");
      case STOP_NOTICE -> last(history, "STOP", "WITHDRAW");
    };
  }

  /** The template's variables for a form the dossier has (see {@link #source}). */
  public Map<String, Object> variables(
      DocumentKind kind,
      DossierDetails dossier,
      HistoryLine line,
      List<HistoryLine> history,
      Locale locale) {
    Instant dated = kind == DocumentKind.CONTROL_SLIP ? history.getLast().at() : line.at();
    Map<String, Object> model = new HashMap<>();
    model.put("header", text.header(issuer(dossier, line), kind.number(), dated, locale));
    model.put("dossier", dossier);
    model.put("line", line);
    model.put("at", text.moment(line.at(), locale));
    model.put("receivedAt", text.moment(dossier.receivedAt(), locale));
    model.put("dueAt", text.moment(dossier.dueAt(), locale));
    switch (kind) {
      case RECEIPT -> receipt(dossier, model, locale);
      case SUPPLEMENT_REQUEST ->
          model.put("items", List.of(line.details().getOrDefault("items", "").split("\n")));
      case REFUSAL -> model.put("afterAppraisal", "APPRAISAL".equals(line.details().get("stage")));
      case APOLOGY -> {
        model.put("previousDue", text.moment(instant(line, "previousDueAt"), locale));
        model.put("newDue", text.moment(instant(line, "newDueAt"), locale));
      }
      case STOP_NOTICE -> model.put("withdrawn", "WITHDRAW".equals(line.action()));
      case CONTROL_SLIP -> {
        model.put("settlingAgency", agencyName(dossier.agencyId()));
        model.put(
            "partners",
            dossier.children().stream().map(child -> agencyName(child.agencyId())).toList());
        model.put(
            "rows",
            ControlSlip.rows(history, calendars.forAgency(dossier.agencyCode()), text, locale));
      }
    }
    return model;
  }

  private void receipt(DossierDetails dossier, Map<String, Object> model, Locale locale) {
    String link = links.lookup(dossier.code(), dossier.lookupPin());
    model.put("lookupLink", link);
    model.put("qr", QrCodes.dataUri(link));
    model.put("appointment", text.moment(dossier.originalDueAt(), locale));
    model.put(
        "components",
        dossiers.components(dossier).stream()
            .filter(c -> c.provided() && c.originals() + c.certifiedCopies() + c.copies() > 0)
            .toList());
    model.put("returnPlace", agencyName(dossier.receivingAgencyId()));
    model.put(
        "field",
        catalog.fields().stream()
            .filter(field -> field.code().equals(dossier.fieldCode()))
            .map(Field::name)
            .findFirst()
            .orElse(dossier.fieldCode()));
    model.put("sequence", dossier.code().substring(dossier.code().lastIndexOf('-') + 1));
  }

  /**
   * The counter issues what happens at reception; the settling agency what happens after acceptance
   * (a supplement asked by a specialist, a refusal after appraisal, an apology).
   */
  private static long issuer(DossierDetails dossier, HistoryLine line) {
    Set<DossierStatus> atReception = Set.of(DossierStatus.SUBMITTED, DossierStatus.ACCEPTED);
    return line.fromStatus() == null || atReception.contains(line.fromStatus())
        ? dossier.receivingAgencyId()
        : dossier.agencyId();
  }

  private String agencyName(long id) {
    return organization.agency(id).map(Agency::name).orElse("");
  }

  private static @Nullable Instant instant(HistoryLine line, String detail) {
    String value = line.details().get(detail);
    return value == null ? null : Instant.parse(value);
  }

  private static Optional<HistoryLine> first(List<HistoryLine> history, String... actions) {
    Set<String> wanted = Set.of(actions);
    return history.stream().filter(line -> wanted.contains(line.action())).findFirst();
  }

  private static Optional<HistoryLine> last(List<HistoryLine> history, String... actions) {
    return first(history.reversed(), actions);
  }

  private static Optional<HistoryLine> none() {
    return Optional.empty();
  }
}
