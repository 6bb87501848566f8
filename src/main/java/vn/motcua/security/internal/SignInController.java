package vn.motcua.security.internal;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import vn.motcua.security.SignInHints;

/** The staff sign-in page; in demo mode it lists the demo accounts. */
@Controller
class SignInController {

  private final ObjectProvider<SignInHints> hints;

  SignInController(ObjectProvider<SignInHints> hints) {
    this.hints = hints;
  }

  @GetMapping("/login")
  String signIn(Model model) {
    model.addAttribute("demoAccounts", hints.stream().flatMap(h -> h.accounts().stream()).toList());
    return "security/login";
  }
}
