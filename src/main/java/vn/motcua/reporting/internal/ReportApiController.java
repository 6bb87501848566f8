package vn.motcua.reporting.internal;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.motcua.dossier.QueueRow;
import vn.motcua.security.SignedInOfficer;
import vn.motcua.shared.Instants;
import vn.motcua.web.Problems;

/** Reports in the API, for supervisors and leaders of the agencies they cover. */
@RestController
@RequestMapping("/api/v1/reports")
@PreAuthorize("hasAnyRole('SUPERVISOR', 'LEADER')")
class ReportApiController {

  /** Biểu 06 as JSON (a contract other tools rely on). */
  record Bieu06Json(
      String agency,
      String agencyName,
      LocalDate from,
      LocalDate to,
      @Nullable String field,
      List<RowJson> rows,
      Bieu06Figures total) {}

  record RowJson(String field, String fieldName, @JsonUnwrapped Bieu06Figures figures) {}

  /** A dossier of the overdue and due-soon lists; instants at +07:00. */
  record DueJson(
      String code,
      String procedure,
      String applicant,
      int status,
      @Nullable String step,
      @Nullable String holder,
      @Nullable OffsetDateTime dueAt,
      @Nullable OffsetDateTime stepDueAt,
      boolean stepOnly,
      long lateWorkingDays,
      long lateWorkingMinutes) {

    static DueJson of(DueList.Entry entry) {
      QueueRow row = entry.dossier();
      return new DueJson(
          row.code(),
          row.procedureName(),
          row.applicantName(),
          row.status().code(),
          row.stepName(),
          entry.holder(),
          Instants.inVietnam(row.dueAt()),
          Instants.inVietnam(row.stepDueAt()),
          entry.stepOnly(),
          entry.late().workingDays(),
          entry.late().remainder().toMinutes());
    }
  }

  record DueListJson(
      String agency,
      OffsetDateTime at,
      List<DueJson> overdue,
      List<DueJson> dueToday,
      List<DueJson> dueTomorrow,
      boolean truncated) {}

  static final MediaType XLSX =
      MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

  private final Bieu06 bieu06;
  private final Bieu06Workbook workbook;
  private final Bieu06Paper paper;
  private final DueLists dueLists;
  private final Dashboards dashboards;
  private final Workloads workloads;
  private final ReportScope scope;

  ReportApiController(
      Bieu06 bieu06,
      Bieu06Workbook workbook,
      Bieu06Paper paper,
      DueLists dueLists,
      Dashboards dashboards,
      Workloads workloads,
      ReportScope scope) {
    this.bieu06 = bieu06;
    this.workbook = workbook;
    this.paper = paper;
    this.dueLists = dueLists;
    this.dashboards = dashboards;
    this.workloads = workloads;
    this.scope = scope;
  }

  @GetMapping("/dashboard")
  @Operation(
      summary =
          "The supervisors' dashboard of an agency with the agencies below it: the month so far,"
              + " the on-time trend, overdue and due soon, Decision 766 criteria")
  DashboardJson dashboard(
      @RequestParam String agency, @AuthenticationPrincipal SignedInOfficer officer) {
    return DashboardJson.of(
        dashboards.of(
            scope
                .agency(agency, officer)
                .orElseThrow(() -> Problems.notFound("No agency " + agency + " in your scope."))));
  }

  @GetMapping("/indicators")
  @Operation(
      summary =
          "The Decision 766 criteria MotCua can score, for an agency with the agencies below it"
              + " and a period (dates inclusive, Vietnam's)")
  List<Indicator> indicators(
      @RequestParam String agency,
      @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
      @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
      @AuthenticationPrincipal SignedInOfficer officer) {
    ReportPeriod.check(from, to);
    return dashboards.indicators(
        scope
            .agency(agency, officer)
            .orElseThrow(() -> Problems.notFound("No agency " + agency + " in your scope.")),
        from,
        to);
  }

  @GetMapping("/officers")
  @Operation(
      summary =
          "Per officer and per step: processing steps handed on in a period, on time by the step's"
              + " due instant, and their average working time")
  Workload officers(
      @RequestParam String agency,
      @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
      @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
      @AuthenticationPrincipal SignedInOfficer officer) {
    ReportPeriod.check(from, to);
    return workloads.of(
        scope
            .agency(agency, officer)
            .orElseThrow(() -> Problems.notFound("No agency " + agency + " in your scope.")),
        from,
        to);
  }

  @GetMapping("/overdue")
  @Operation(
      summary =
          "Dossiers in progress past their due instant or their step's (latest first), and those"
              + " due today and tomorrow, at an agency with the agencies below it")
  DueListJson overdue(
      @RequestParam String agency, @AuthenticationPrincipal SignedInOfficer officer) {
    DueList list =
        dueLists.of(
            scope
                .agency(agency, officer)
                .orElseThrow(() -> Problems.notFound("No agency " + agency + " in your scope.")));
    return new DueListJson(
        list.agency().code().value(),
        Instants.inVietnam(list.at()),
        list.overdue().stream().map(DueJson::of).toList(),
        list.dueToday().stream().map(DueJson::of).toList(),
        list.dueTomorrow().stream().map(DueJson::of).toList(),
        list.truncated());
  }

  @GetMapping("/bieu06.xlsx")
  @Operation(summary = "Biểu 06 as an Excel workbook (.xlsx)")
  @ApiResponse(
      responseCode = "200",
      content =
          @Content(mediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
  ResponseEntity<byte[]> excel(
      @RequestParam String agency,
      @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
      @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
      @RequestParam(required = false) @Nullable String field,
      @AuthenticationPrincipal SignedInOfficer officer,
      Locale locale) {
    Bieu06Report report = checkedReport(agency, from, to, field, officer);
    return attachment(report, "xlsx", XLSX, workbook.write(report, locale));
  }

  @GetMapping("/bieu06.pdf")
  @Operation(
      summary =
          "Biểu 06 as a PDF paper on A4 landscape, in Vietnamese, dated today, with the signature"
              + " blocks")
  @ApiResponse(responseCode = "200", content = @Content(mediaType = "application/pdf"))
  ResponseEntity<byte[]> pdf(
      @RequestParam String agency,
      @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
      @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
      @RequestParam(required = false) @Nullable String field,
      @AuthenticationPrincipal SignedInOfficer officer) {
    Bieu06Report report = checkedReport(agency, from, to, field, officer);
    return attachment(report, "pdf", MediaType.APPLICATION_PDF, paper.write(report));
  }

  private Bieu06Report checkedReport(
      String agency,
      LocalDate from,
      LocalDate to,
      @Nullable String field,
      SignedInOfficer officer) {
    ReportPeriod.check(from, to);
    return bieu06
        .report(agency, from, to, field, officer)
        .orElseThrow(() -> Problems.notFound("No agency " + agency + " in your scope."));
  }

  /** The file as a download named after the agency and the period. */
  private static ResponseEntity<byte[]> attachment(
      Bieu06Report report, String extension, MediaType type, byte[] body) {
    String name =
        "bieu06-%s-%s-%s.%s"
            .formatted(report.agency().code().value(), report.from(), report.to(), extension);
    return ResponseEntity.ok()
        .contentType(type)
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment()
                .filename(name, StandardCharsets.UTF_8)
                .build()
                .toString())
        .body(body);
  }

  @GetMapping("/bieu06")
  @Operation(
      summary =
          "Biểu 06 of an agency with the agencies below it, per field, for a period (dates"
              + " inclusive, Vietnam's)")
  Bieu06Json bieu06(
      @RequestParam String agency,
      @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
      @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
      @RequestParam(required = false) @Nullable String field,
      @AuthenticationPrincipal SignedInOfficer officer) {
    Bieu06Report report = checkedReport(agency, from, to, field, officer);
    return new Bieu06Json(
        report.agency().code().value(),
        report.agency().name(),
        report.from(),
        report.to(),
        report.field(),
        report.rows().stream()
            .map(row -> new RowJson(row.field(), row.fieldName(), row.figures()))
            .toList(),
        report.total());
  }
}
