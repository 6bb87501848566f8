package vn.motcua.notification.internal;

import java.time.Clock;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import vn.motcua.security.SignedInOfficer;

/** The signed-in officer's notices: the page, and the unread count the layout shows beside it. */
@Controller
class InboxController {

  private final OfficerNotices notices;
  private final Clock clock;

  InboxController(OfficerNotices notices, Clock clock) {
    this.notices = notices;
    this.clock = clock;
  }

  @GetMapping("/notifications")
  String inbox(@AuthenticationPrincipal SignedInOfficer officer, Model model) {
    model.addAttribute("notices", notices.latest(officer.officerId()));
    return "notification/inbox";
  }

  /** The badge of the navigation bar, loaded by htmx so that no page pays for it up front. */
  @GetMapping("/notifications/unread")
  String unread(@AuthenticationPrincipal SignedInOfficer officer, Model model) {
    model.addAttribute("unread", notices.unread(officer.officerId()));
    return "notification/inbox :: badge";
  }

  @PostMapping("/notifications/read")
  String read(@AuthenticationPrincipal SignedInOfficer officer) {
    notices.markAllRead(officer.officerId(), clock.instant());
    return "redirect:/notifications";
  }
}
