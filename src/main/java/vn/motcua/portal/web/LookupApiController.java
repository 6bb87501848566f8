package vn.motcua.portal.web;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.motcua.portal.internal.Feedbacks;
import vn.motcua.portal.internal.PublicLookup;
import vn.motcua.portal.internal.Ratings;
import vn.motcua.web.ApiLocale;
import vn.motcua.web.Problems;

/**
 * The public lookup as JSON, a contract other tools rely on: {@code GET
 * /api/v1/public/dossiers/{code}?pin=}. A wrong code and a wrong PIN are the same 404; a client
 * that fails too often gets 429 with {@code Retry-After}. The applicant rates the service for a
 * returned dossier with the same code and PIN.
 */
@RestController
class LookupApiController {

  private final PublicLookup lookup;
  private final PublicJson json;
  private final Ratings ratings;
  private final Feedbacks feedbacks;

  LookupApiController(PublicLookup lookup, PublicJson json, Ratings ratings, Feedbacks feedbacks) {
    this.lookup = lookup;
    this.json = json;
    this.ratings = ratings;
    this.feedbacks = feedbacks;
  }

  @GetMapping("/api/v1/public/dossiers/{code}")
  PublicJson.Dossier dossier(
      @PathVariable String code,
      @RequestParam String pin,
      @RequestHeader(name = "Accept-Language", required = false) @Nullable String language,
      HttpServletRequest request) {
    return switch (lookup.lookup(code, pin, request.getRemoteAddr())) {
      case PublicLookup.Found found ->
          json.dossier(
              lookup.view(found.details()),
              ratings.find(found.details()).isPresent(),
              feedbacks.about(found.details()),
              ApiLocale.of(language));
      case PublicLookup.NotFound notFound ->
          throw Problems.notFound("No dossier has this code and PIN.");
      case PublicLookup.Refused refused -> throw tooMany(refused);
    };
  }

  /**
   * Rates the service for a returned dossier, once: 201, or 409 when it was rated already or its
   * result has not been returned yet.
   */
  @PostMapping("/api/v1/public/dossiers/{code}/rating")
  ResponseEntity<Void> rate(
      @PathVariable String code,
      @RequestParam String pin,
      @RequestBody RatingForm body,
      HttpServletRequest request) {
    return switch (lookup.lookup(code, pin, request.getRemoteAddr())) {
      case PublicLookup.Found found ->
          switch (ratings.rate(found.details(), body.rating(), Ratings.Channel.API)) {
            case RATED -> ResponseEntity.status(HttpStatus.CREATED).build();
            case ALREADY_RATED ->
                throw Problems.of(
                    HttpStatus.CONFLICT,
                    "already-rated",
                    "Already rated",
                    "This dossier was rated already; a dossier is rated once.");
            case NOT_RETURNED ->
                throw Problems.of(
                    HttpStatus.CONFLICT,
                    "not-returned",
                    "Result not returned",
                    "A dossier is rated once its result was returned.");
          };
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
