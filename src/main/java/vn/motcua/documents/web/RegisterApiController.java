package vn.motcua.documents.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.motcua.catalog.Catalog;
import vn.motcua.catalog.Field;
import vn.motcua.documents.Register;
import vn.motcua.documents.Registers;
import vn.motcua.organization.Agency;
import vn.motcua.organization.AgencyCode;
import vn.motcua.organization.Organization;
import vn.motcua.security.SignedInOfficer;
import vn.motcua.shared.Instants;
import vn.motcua.web.ApiLocale;
import vn.motcua.web.Problems;

/**
 * The register of an agency (a contract other tools rely on): {@code GET
 * /api/v1/registers?agency={code}&from=&to=&field=&format=pdf|xlsx}. The period defaults to the
 * current month up to today; an agency outside the officer's scope answers as one that does not
 * exist.
 */
@RestController
class RegisterApiController {

  /** The longest period of one register: a year, leap or not. */
  static final int MAX_DAYS = 366;

  private static final MediaType XLSX =
      MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

  private final Registers registers;
  private final Organization organization;
  private final Catalog catalog;
  private final MessageSource messages;
  private final Clock clock;

  RegisterApiController(
      Registers registers,
      Organization organization,
      Catalog catalog,
      MessageSource messages,
      Clock clock) {
    this.registers = registers;
    this.organization = organization;
    this.catalog = catalog;
    this.messages = messages;
    this.clock = clock;
  }

  @GetMapping("/api/v1/registers")
  ResponseEntity<byte[]> register(
      @RequestParam String agency,
      @RequestParam(required = false) @Nullable String from,
      @RequestParam(required = false) @Nullable String to,
      @RequestParam(required = false) @Nullable String field,
      @RequestParam(defaultValue = "pdf") String format,
      @RequestHeader(name = "Accept-Language", required = false) @Nullable String language,
      @AuthenticationPrincipal SignedInOfficer officer) {
    Locale locale = ApiLocale.of(language);
    if (!format.equals("pdf") && !format.equals("xlsx")) {
      throw Problems.badParameter("format", text("documents.error.register.format", locale));
    }
    Agency settling =
        agency(agency)
            .filter(found -> officer.visibleAgencies().contains(found.id()))
            .orElseThrow(
                () -> Problems.notFound(text("documents.error.register.agency", locale, agency)));
    LocalDate today = LocalDate.now(clock.withZone(Instants.VIETNAM));
    LocalDate first = day("from", from, today.withDayOfMonth(1), locale);
    LocalDate last = day("to", to, today, locale);
    if (first.isAfter(last) || ChronoUnit.DAYS.between(first, last) >= MAX_DAYS) {
      throw Problems.badParameter(
          "from", text("documents.error.register.period", locale, MAX_DAYS));
    }
    Field chosen =
        field == null || field.isBlank()
            ? null
            : catalog.fields().stream()
                .filter(f -> f.code().equals(field))
                .findFirst()
                .orElseThrow(
                    () ->
                        Problems.badParameter(
                            "field", text("documents.error.register.field", locale, field)));
    Register register = registers.register(settling, first, last, chosen);
    String name =
        "so-theo-doi-" + settling.code().value() + "-" + first + "-" + last + "." + format;
    boolean pdf = format.equals("pdf");
    return ResponseEntity.ok()
        .contentType(pdf ? MediaType.APPLICATION_PDF : XLSX)
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            (pdf ? ContentDisposition.inline() : ContentDisposition.attachment())
                .filename(name)
                .build()
                .toString())
        .body(pdf ? registers.pdf(register) : registers.xlsx(register));
  }

  private Optional<Agency> agency(String code) {
    try {
      return organization.agency(new AgencyCode(code.strip()));
    } catch (IllegalArgumentException malformed) {
      return Optional.empty();
    }
  }

  private LocalDate day(String parameter, @Nullable String value, LocalDate absent, Locale locale) {
    if (value == null || value.isBlank()) {
      return absent;
    }
    try {
      return LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      throw Problems.badParameter(
          parameter, text("documents.error.register.period", locale, MAX_DAYS));
    }
  }

  private String text(String key, Locale locale, Object... arguments) {
    return messages.getMessage(key, arguments, locale);
  }
}
