package vn.motcua.portal.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.motcua.portal.internal.PublicLookup;

/**
 * The public lookup page: the form, and the dossier once a code and PIN are given (typed, or from
 * the link in the receipt's QR code).
 */
@Controller
class LookupPageController {

  private final PublicLookup lookup;

  LookupPageController(PublicLookup lookup) {
    this.lookup = lookup;
  }

  @GetMapping("/public/lookup")
  String lookup(
      @RequestParam(required = false) @Nullable String code,
      @RequestParam(required = false) @Nullable String pin,
      HttpServletRequest request,
      HttpServletResponse response,
      Model model) {
    model.addAttribute("code", code == null ? "" : code.strip());
    if (code == null && pin == null) {
      return "portal/lookup";
    }
    switch (lookup.lookup(
        code == null ? "" : code, pin == null ? "" : pin, request.getRemoteAddr())) {
      case PublicLookup.Found found -> model.addAttribute("dossier", found.dossier());
      case PublicLookup.NotFound notFound -> {
        response.setStatus(HttpStatus.NOT_FOUND.value());
        model.addAttribute("notFound", true);
      }
      case PublicLookup.Refused refused -> {
        response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
        response.setHeader("Retry-After", Long.toString(refused.retryAfter().toSeconds() + 1));
        model.addAttribute("refusedMinutes", refused.retryAfter().toMinutes() + 1);
      }
    }
    return "portal/lookup";
  }
}
