package vn.motcua.notification.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.motcua.audit.AuditTrail;
import vn.motcua.notification.internal.StoredMessage.Status;
import vn.motcua.security.SignedInOfficer;

/**
 * Every message that left or is to leave, for administrators: what failed and why, when it will be
 * tried again; in the demo also what would have been sent (one-time codes, notifications).
 */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class SentMessagesController {

  private final MessageOutbox outbox;
  private final AuditTrail audit;
  private final Clock clock;

  SentMessagesController(MessageOutbox outbox, AuditTrail audit, Clock clock) {
    this.outbox = outbox;
    this.audit = audit;
    this.clock = clock;
  }

  @GetMapping("/admin/messages")
  String page(
      @RequestParam(required = false) @Nullable Status status,
      @RequestParam(required = false) @Nullable String dossier,
      @RequestParam(defaultValue = "0") int page,
      Model model) {
    String code = dossier == null || dossier.isBlank() ? null : dossier.strip();
    int safePage = Math.max(0, page);
    List<StoredMessage> messages = outbox.page(status, code, safePage);
    model.addAttribute("messages", messages);
    model.addAttribute("statuses", Status.values());
    model.addAttribute("status", status);
    model.addAttribute("dossier", code);
    model.addAttribute("page", safePage);
    model.addAttribute("hasMore", messages.size() == MessageOutbox.PAGE_SIZE);
    return "notification/messages";
  }

  /** Makes a failed or given-up message due now; the dispatcher sends it within its interval. */
  @PostMapping("/admin/messages/{id}/retry")
  String retry(
      @PathVariable long id,
      @AuthenticationPrincipal SignedInOfficer admin,
      HttpServletRequest request,
      RedirectAttributes redirect) {
    Optional<StoredMessage> message = outbox.find(id);
    if (message.isPresent() && outbox.retry(id, clock.instant())) {
      audit.record(
          admin.getUsername(),
          request.getRemoteAddr(),
          "MESSAGE_RETRY",
          message.get().dossierCode(),
          message.get().kind() + " " + message.get().channel() + " #" + id);
    }
    redirect.addAttribute("status", Status.FAILED);
    return "redirect:/admin/messages";
  }
}
