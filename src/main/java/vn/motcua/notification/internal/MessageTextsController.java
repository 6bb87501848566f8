package vn.motcua.notification.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.motcua.security.SignedInOfficer;

/** Administrators word the message texts (form fields {@code text_vi}, {@code text_en}). */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class MessageTextsController {

  private final EditableTexts texts;

  MessageTextsController(EditableTexts texts) {
    this.texts = texts;
  }

  @GetMapping("/admin/message-texts")
  String page(Model model) {
    model.addAttribute("groups", texts.groups());
    model.addAttribute("blanks", EditableTexts.BLANKS.stream().sorted().toList());
    model.addAttribute(
        "languages", EditableTexts.LANGUAGES.stream().map(Locale::getLanguage).toList());
    return "notification/texts";
  }

  @PostMapping("/admin/message-texts")
  String change(
      @RequestParam String key,
      @RequestParam Map<String, String> form,
      @AuthenticationPrincipal SignedInOfficer admin,
      HttpServletRequest request,
      RedirectAttributes redirect) {
    Map<String, String> byLanguage = new HashMap<>();
    for (Locale language : EditableTexts.LANGUAGES) {
      String text = form.get("text_" + language.getLanguage());
      if (text != null) {
        byLanguage.put(language.getLanguage(), text);
      }
    }
    try {
      texts.change(key, byLanguage, admin.getUsername(), request.getRemoteAddr());
      redirect.addFlashAttribute("saved", key);
    } catch (EditableTexts.InvalidText invalid) {
      redirect.addFlashAttribute("invalidKey", key);
      redirect.addFlashAttribute("invalidMessage", invalid.messageKey());
      redirect.addFlashAttribute("invalidArguments", invalid.arguments());
    }
    return "redirect:/admin/message-texts#" + key;
  }
}
