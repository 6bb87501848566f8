package vn.motcua.audit.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import vn.motcua.audit.AuditEntry;
import vn.motcua.audit.AuditQuery;
import vn.motcua.audit.AuditSearch;
import vn.motcua.security.SignedInOfficer;
import vn.motcua.shared.Instants;
import vn.motcua.web.Problems;

/**
 * The audit trail for supervisors and administrators: a search page and the same search in the API.
 */
@Controller
@PreAuthorize("hasAnyRole('SUPERVISOR', 'ADMIN')")
class AuditController {

  /** An entry in the API, its instant at Vietnam's offset. */
  record Entry(
      long id,
      OffsetDateTime occurredAt,
      String actor,
      @Nullable String address,
      String action,
      @Nullable String subject,
      @Nullable String detail) {}

  private final AuditSearch search;

  AuditController(AuditSearch search) {
    this.search = search;
  }

  @GetMapping("/audit")
  String page(
      @RequestParam(required = false) @Nullable String actor,
      @RequestParam(required = false) @Nullable String action,
      @RequestParam(required = false) @Nullable String subject,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          @Nullable LocalDate from,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          @Nullable LocalDate to,
      @RequestParam(defaultValue = "0") int page,
      @AuthenticationPrincipal SignedInOfficer officer,
      Model model) {
    boolean valid = page >= 0 && (from == null || to == null || !to.isBefore(from));
    List<AuditEntry> entries =
        valid
            ? search.search(new AuditQuery(actor, action, subject, from, to, page), officer)
            : List.of();
    model.addAttribute("entries", entries);
    model.addAttribute("invalidPeriod", !valid);
    model.addAttribute("actor", actor);
    model.addAttribute("action", action);
    model.addAttribute("subject", subject);
    model.addAttribute("from", from);
    model.addAttribute("to", to);
    model.addAttribute("page", Math.max(0, page));
    model.addAttribute("hasMore", entries.size() == AuditQuery.PAGE_SIZE);
    return "audit/search";
  }

  @GetMapping("/api/v1/audit")
  @ResponseBody
  List<Entry> api(
      @RequestParam(required = false) @Nullable String actor,
      @RequestParam(required = false) @Nullable String action,
      @RequestParam(required = false) @Nullable String subject,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          @Nullable LocalDate from,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          @Nullable LocalDate to,
      @RequestParam(defaultValue = "0") int page,
      @AuthenticationPrincipal SignedInOfficer officer) {
    if (page < 0) {
      throw Problems.badParameter("page", "The page is a number from 0.");
    }
    if (from != null && to != null && to.isBefore(from)) {
      throw Problems.badParameter("to", "The period ends before it begins.");
    }
    return search.search(new AuditQuery(actor, action, subject, from, to, page), officer).stream()
        .map(
            e ->
                new Entry(
                    e.id(),
                    Instants.inVietnam(e.occurredAt()),
                    e.actor(),
                    e.address(),
                    e.action(),
                    e.subject(),
                    e.detail()))
        .toList();
  }
}
