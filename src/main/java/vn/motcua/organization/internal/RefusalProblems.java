package vn.motcua.organization.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import vn.motcua.organization.OrganizationRefusal;
import vn.motcua.web.ApiLocale;
import vn.motcua.web.Problems;

/**
 * The organization API's refusals as problem details, worded in the caller's language ({@link
 * ApiLocale}): 400 naming the field, 409 for a duplicate or a stale version (naming the field), 404
 * for what is not there or not visible. Ahead of the shared advice, which would make them 500s.
 */
@RestControllerAdvice(
    assignableTypes = {
      AgencyApiController.class,
      OfficerApiController.class,
      OwnPasswordApiController.class
    })
@Order(Ordered.HIGHEST_PRECEDENCE)
class RefusalProblems {

  private final MessageSource messages;

  RefusalProblems(MessageSource messages) {
    this.messages = messages;
  }

  @ExceptionHandler(OrganizationRefusal.class)
  ErrorResponseException refused(OrganizationRefusal refusal, HttpServletRequest request) {
    Locale locale = ApiLocale.of(request.getHeader("Accept-Language"));
    String detail = messages.getMessage(refusal.messageKey(), refusal.arguments(), locale);
    ErrorResponseException problem =
        switch (refusal.kind()) {
          case INVALID -> Problems.badParameter(String.valueOf(refusal.field()), detail);
          case CONFLICT -> Problems.of(HttpStatus.CONFLICT, "conflict", "Conflict", detail);
          case NOT_FOUND -> Problems.notFound(detail);
        };
    if (refusal.kind() == OrganizationRefusal.Kind.CONFLICT && refusal.field() != null) {
      ProblemDetail body = problem.getBody();
      body.setProperty("parameter", refusal.field());
    }
    return problem;
  }
}
