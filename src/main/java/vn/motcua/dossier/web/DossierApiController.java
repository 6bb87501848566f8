package vn.motcua.dossier.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.io.IOException;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import tools.jackson.databind.json.JsonMapper;
import vn.motcua.catalog.Channel;
import vn.motcua.dossier.ActionRequest;
import vn.motcua.dossier.Applicant;
import vn.motcua.dossier.ApplicantKind;
import vn.motcua.dossier.Component;
import vn.motcua.dossier.DossierActions;
import vn.motcua.dossier.DossierDetails;
import vn.motcua.dossier.DossierException;
import vn.motcua.dossier.DossierFiles;
import vn.motcua.dossier.DossierReception;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.dossier.Dossiers;
import vn.motcua.dossier.FeeStatus;
import vn.motcua.dossier.Intake;
import vn.motcua.dossier.Registered;
import vn.motcua.dossier.Representative;
import vn.motcua.dossier.StoredFile;
import vn.motcua.dossier.internal.Idempotency;
import vn.motcua.security.SignedInOfficer;
import vn.motcua.shared.Instants;
import vn.motcua.web.ApiLocale;
import vn.motcua.web.Problems;

/** The dossier API (a contract other tools rely on). */
@RestController
@RequestMapping("/api/v1/dossiers")
class DossierApiController {

  /** A dossier handed in at the counter through the API. */
  record NewDossier(
      @NotBlank String procedureCode,
      @Nullable Channel channel,
      @Nullable String agency,
      @NotNull @Valid ApplicantJson applicant,
      @Nullable Representative representative,
      @Nullable List<ComponentJson> components,
      @Nullable Integer sets,
      @Nullable Long feeAmount,
      @Nullable FeeStatus feeStatus,
      @Nullable String note,
      DossierReception.@Nullable Outcome outcome,
      @Nullable List<String> missingItems,
      @Nullable String reason) {}

  record ApplicantJson(
      @Nullable ApplicantKind kind,
      @NotBlank String name,
      @Nullable String idNumber,
      @Nullable LocalDate birthDate,
      @Nullable String address,
      @Nullable String phone,
      @Nullable String email) {}

  /**
   * A component as checked: which paper (by position in the procedure's list) and how many copies.
   */
  record ComponentJson(
      int position,
      @Nullable Integer originals,
      @Nullable Integer certifiedCopies,
      @Nullable Integer copies,
      @Nullable Boolean provided) {}

  private final DossierReception reception;
  private final DossierActions actions;
  private final Dossiers dossiers;
  private final DossierFiles files;
  private final Idempotency idempotency;
  private final MessageSource messages;
  private final JsonMapper json;

  DossierApiController(
      DossierReception reception,
      DossierActions actions,
      Dossiers dossiers,
      DossierFiles files,
      Idempotency idempotency,
      MessageSource messages,
      JsonMapper json) {
    this.reception = reception;
    this.actions = actions;
    this.dossiers = dossiers;
    this.files = files;
    this.idempotency = idempotency;
    this.messages = messages;
    this.json = json;
  }

  @PostMapping
  @PreAuthorize("hasRole('RECEPTION')")
  ResponseEntity<?> create(
      @Valid @RequestBody NewDossier body,
      @RequestHeader(name = "Idempotency-Key", required = false) @Nullable String key,
      @RequestHeader(name = "Accept-Language", required = false) @Nullable String language,
      @AuthenticationPrincipal SignedInOfficer officer,
      HttpServletRequest request) {
    Locale locale = ApiLocale.of(language);
    Intake intake = intake(body);
    DossierReception.Outcome outcome =
        body.outcome() == null ? DossierReception.Outcome.ACCEPT : body.outcome();
    return answer(
        idempotency.run(
            officer.getUsername(),
            key,
            () -> "POST /api/v1/dossiers " + json.writeValueAsString(body),
            () ->
                reception.receive(
                    intake,
                    outcome,
                    body.missingItems() == null ? List.of() : body.missingItems(),
                    body.reason(),
                    List.of(),
                    officer,
                    request.getRemoteAddr()),
            registered ->
                new Idempotency.Answer(201, json.writeValueAsString(created(registered, locale)))),
        registered ->
            ResponseEntity.created(URI.create("/api/v1/dossiers/" + registered.code()))
                .body(created(registered, locale)));
  }

  @GetMapping("/{code}")
  DossierJson.Dossier get(
      @PathVariable String code,
      @RequestHeader(name = "Accept-Language", required = false) @Nullable String language,
      @AuthenticationPrincipal SignedInOfficer officer) {
    return view(dossiers.find(code, officer), officer, ApiLocale.of(language));
  }

  @GetMapping
  List<DossierJson.Row> list(
      @RequestParam(required = false) @Nullable Integer status,
      @RequestParam(defaultValue = "false") boolean overdue,
      @RequestParam(required = false) @Nullable String assignee,
      @RequestParam(defaultValue = "0") int page,
      @RequestHeader(name = "Accept-Language", required = false) @Nullable String language,
      @AuthenticationPrincipal SignedInOfficer officer) {
    if (assignee != null && !"me".equals(assignee)) {
      throw Problems.badParameter("assignee", "Only assignee=me is supported.");
    }
    if (page < 0) {
      throw Problems.badParameter("page", "The page is a number from 0.");
    }
    DossierStatus wanted;
    try {
      wanted = status == null ? null : DossierStatus.ofCode(status);
    } catch (IllegalArgumentException e) {
      throw Problems.badParameter("status", "A status is a code from 1 to 10.");
    }
    Locale locale = ApiLocale.of(language);
    return dossiers.list(officer, wanted, overdue, assignee != null, page, 50).stream()
        .map(row -> DossierJson.row(row, messages, locale))
        .toList();
  }

  @PostMapping("/{code}/actions")
  ResponseEntity<?> act(
      @PathVariable String code,
      @Valid @RequestBody ActionRequest body,
      @RequestHeader(name = "Idempotency-Key", required = false) @Nullable String key,
      @RequestHeader(name = "Accept-Language", required = false) @Nullable String language,
      @AuthenticationPrincipal SignedInOfficer officer,
      HttpServletRequest request) {
    Locale locale = ApiLocale.of(language);
    return answer(
        idempotency.run(
            officer.getUsername(),
            key,
            () -> "POST /api/v1/dossiers/" + code + "/actions " + json.writeValueAsString(body),
            () ->
                DossierJson.acted(
                    actions.perform(code, body, officer, request.getRemoteAddr()),
                    messages,
                    locale),
            acted -> new Idempotency.Answer(200, json.writeValueAsString(acted))),
        ResponseEntity::ok);
  }

  @PostMapping(path = "/{code}/files", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  ResponseEntity<StoredFile> upload(
      @PathVariable String code,
      @RequestPart("file") MultipartFile file,
      @RequestParam(required = false) @Nullable Integer component,
      @AuthenticationPrincipal SignedInOfficer officer)
      throws IOException {
    StoredFile stored =
        files.attach(
            code,
            component,
            file.getOriginalFilename() == null ? "" : file.getOriginalFilename(),
            file.getBytes(),
            officer);
    return ResponseEntity.status(HttpStatus.CREATED).body(stored);
  }

  @GetMapping("/{code}/files/{id}")
  ResponseEntity<byte[]> download(
      @PathVariable String code,
      @PathVariable long id,
      @AuthenticationPrincipal SignedInOfficer officer) {
    DossierDetails dossier = dossiers.find(code, officer);
    StoredFile file =
        dossiers.files(dossier).stream()
            .filter(f -> f.id() == id)
            .findFirst()
            .orElseThrow(() -> new DossierException.NotFound(code + "/" + id));
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(file.contentType()))
        .header("Content-Disposition", "inline; filename=\"file-" + id + "\"")
        .body(dossiers.content(dossier, id));
  }

  private DossierJson.Dossier view(DossierDetails details, SignedInOfficer officer, Locale locale) {
    return DossierJson.of(
        details,
        dossiers.components(details),
        dossiers.files(details),
        dossiers.history(details),
        actions.available(details.code(), officer),
        messages,
        locale);
  }

  private DossierJson.Created created(Registered registered, Locale locale) {
    return new DossierJson.Created(
        registered.id(),
        registered.code(),
        registered.status().code(),
        DossierJson.statusName(registered.status(), messages, locale),
        Instants.inVietnam(registered.dueAt()),
        registered.version(),
        registered.lookupPin());
  }

  private static Intake intake(NewDossier body) {
    ApplicantJson a = body.applicant();
    return new Intake(
        body.procedureCode(),
        body.channel() == null ? Channel.IN_PERSON : body.channel(),
        body.agency(),
        new Applicant(
            a.kind() == null ? ApplicantKind.INDIVIDUAL : a.kind(),
            a.name(),
            a.idNumber(),
            a.birthDate(),
            a.address(),
            a.phone(),
            a.email()),
        body.representative(),
        body.components() == null
            ? null
            : body.components().stream()
                .map(
                    c ->
                        new Component(
                            c.position(),
                            "",
                            c.originals() == null ? 0 : c.originals(),
                            c.certifiedCopies() == null ? 0 : c.certifiedCopies(),
                            c.copies() == null ? 0 : c.copies(),
                            c.provided() == null || c.provided()))
                .toList(),
        body.sets() == null ? 1 : body.sets(),
        body.feeAmount(),
        body.feeStatus(),
        body.note());
  }

  /**
   * The answer of an idempotent request: fresh, replayed as first given, or refused for a reused
   * key.
   */
  private static <T> ResponseEntity<?> answer(
      Idempotency.Outcome<T> outcome, java.util.function.Function<T, ResponseEntity<?>> fresh) {
    return switch (outcome) {
      case Idempotency.Outcome.Fresh<T> value -> fresh.apply(value.value());
      case Idempotency.Outcome.Replayed<T> replayed ->
          ResponseEntity.status(replayed.answer().status())
              .contentType(MediaType.APPLICATION_JSON)
              .body(replayed.answer().body());
      case Idempotency.Outcome.Misused<T> misused -> {
        ProblemDetail problem =
            ProblemDetail.forStatusAndDetail(
                HttpStatus.UNPROCESSABLE_ENTITY,
                "This Idempotency-Key was already used for a different request.");
        problem.setType(URI.create("urn:motcua:problem:idempotency-key-reused"));
        yield ResponseEntity.unprocessableContent().body(problem);
      }
    };
  }
}
