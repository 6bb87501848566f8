package vn.motcua.dossier.web;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import vn.motcua.dossier.DossierException;
import vn.motcua.dossier.HistoryLine;
import vn.motcua.shared.Instants;
import vn.motcua.web.ApiLocale;

/**
 * Dossier errors in the API as problem details: 404 for a dossier that does not exist or may not be
 * seen, 409 when the action is not allowed now or the dossier changed meanwhile (with the current
 * version and what changed), 400 naming each field at fault.
 */
@RestControllerAdvice(assignableTypes = DossierApiController.class)
@org.springframework.core.annotation.Order(0)
class DossierProblemAdvice {

  private final MessageSource messages;

  DossierProblemAdvice(MessageSource messages) {
    this.messages = messages;
  }

  @ExceptionHandler(DossierException.class)
  ResponseEntity<ProblemDetail> dossier(DossierException exception, HttpServletRequest request) {
    Locale locale = ApiLocale.of(request.getHeader("Accept-Language"));
    ProblemDetail problem =
        switch (exception) {
          case DossierException.NotFound notFound -> {
            ProblemDetail p =
                ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, text(exception, locale));
            p.setType(URI.create("urn:motcua:problem:not-found"));
            yield p;
          }
          case DossierException.Conflict conflict -> {
            ProblemDetail p =
                ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, text(exception, locale));
            p.setType(
                URI.create(
                    "urn:motcua:problem:"
                        + (conflict.lastChange() != null
                            ? "stale-version"
                            : "action-not-allowed")));
            p.setProperty("currentVersion", conflict.currentVersion());
            HistoryLine change = conflict.lastChange();
            if (change != null) {
              p.setProperty(
                  "lastChange",
                  Map.of(
                      "action", change.action(),
                      "actor", change.actorName(),
                      "at", Instants.inVietnam(change.at()).toString(),
                      "status", change.toStatus().code()));
            }
            yield p;
          }
          case DossierException.Invalid invalid -> {
            List<Map<String, String>> errors =
                invalid.problems().stream()
                    .map(
                        f ->
                            Map.of(
                                "parameter",
                                f.field(),
                                "message",
                                messages.getMessage(f.messageKey(), f.arguments(), locale)))
                    .toList();
            ProblemDetail p =
                ProblemDetail.forStatusAndDetail(
                    HttpStatus.BAD_REQUEST,
                    String.join(
                        " ",
                        errors.stream()
                            .map(e -> e.get("parameter") + ": " + e.get("message"))
                            .toList()));
            p.setType(URI.create("urn:motcua:problem:invalid-parameter"));
            p.setProperty("parameter", invalid.problems().getFirst().field());
            p.setProperty("errors", errors);
            yield p;
          }
        };
    return ResponseEntity.status(problem.getStatus()).body(problem);
  }

  private String text(DossierException exception, Locale locale) {
    return messages.getMessage(exception.messageKey(), exception.arguments(), locale);
  }
}
