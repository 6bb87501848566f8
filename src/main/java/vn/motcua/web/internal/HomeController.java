package vn.motcua.web.internal;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import vn.motcua.security.SignedInOfficer;

/** The public home page and the officer's start page. */
@Controller
class HomeController {

  @GetMapping("/")
  String home() {
    return "home";
  }

  @GetMapping("/officer")
  String officerHome(@AuthenticationPrincipal SignedInOfficer officer, Model model) {
    model.addAttribute("officer", officer);
    return "officer/home";
  }
}
