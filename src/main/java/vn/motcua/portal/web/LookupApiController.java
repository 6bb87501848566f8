package vn.motcua.portal.web;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.motcua.portal.internal.PublicLookup;
import vn.motcua.web.ApiLocale;
import vn.motcua.web.Problems;

/**
 * The public lookup as JSON, a contract other tools rely on: {@code GET
 * /api/v1/public/dossiers/{code}?pin=}. A wrong code and a wrong PIN are the same 404; a client
 * that fails too often gets 429 with {@code Retry-After}.
 */
@RestController
class LookupApiController {

  private final PublicLookup lookup;
  private final PublicJson json;

  LookupApiController(PublicLookup lookup, PublicJson json) {
    this.lookup = lookup;
    this.json = json;
  }

  @GetMapping("/api/v1/public/dossiers/{code}")
  PublicJson.Dossier dossier(
      @PathVariable String code,
      @RequestParam String pin,
      @RequestHeader(name = "Accept-Language", required = false) @Nullable String language,
      HttpServletRequest request) {
    return switch (lookup.lookup(code, pin, request.getRemoteAddr())) {
      case PublicLookup.Found found -> json.dossier(found.dossier(), ApiLocale.of(language));
      case PublicLookup.NotFound notFound ->
          throw Problems.notFound("No dossier has this code and PIN.");
      case PublicLookup.Refused refused -> throw tooMany(refused);
    };
  }

  private static ErrorResponseException tooMany(PublicLookup.Refused refused) {
    long seconds = refused.retryAfter().toSeconds() + 1;
    ErrorResponseException problem =
        Problems.of(
            HttpStatus.TOO_MANY_REQUESTS,
            "too-many-lookups",
            "Too many failed lookups",
            "Too many failed lookups from this client; try again in " + seconds + " seconds.");
    problem.getHeaders().set("Retry-After", Long.toString(seconds));
    problem.getBody().setProperty("retryAfterSeconds", seconds);
    return problem;
  }
}
