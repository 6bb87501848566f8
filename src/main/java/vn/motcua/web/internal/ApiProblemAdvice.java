package vn.motcua.web.internal;

import jakarta.validation.ConstraintViolationException;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Turns what goes wrong inside an API controller into an RFC 9457 problem detail: Spring MVC's own
 * exceptions (bad JSON, a parameter of the wrong type, a failed validation) with the fields at
 * fault, the problems that modules throw ({@link vn.motcua.web.Problems}), and anything unexpected
 * as a 500 that says nothing about the inside. Page controllers are not covered: their errors end
 * on the error page.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class ApiProblemAdvice extends ResponseEntityExceptionHandler {

  private static final Logger log = LoggerFactory.getLogger(ApiProblemAdvice.class);

  @Override
  protected @Nullable ResponseEntity<Object> handleMethodArgumentNotValid(
      MethodArgumentNotValidException exception,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    ProblemDetail problem = exception.getBody();
    List<Map<String, String>> errors =
        exception.getBindingResult().getFieldErrors().stream()
            .map(ApiProblemAdvice::fieldError)
            .toList();
    problem.setDetail(
        errors.isEmpty()
            ? "The request is invalid."
            : "Invalid fields: "
                + String.join(", ", errors.stream().map(e -> e.get("parameter")).toList()));
    problem.setProperty("errors", errors);
    return handleExceptionInternal(exception, problem, headers, status, request);
  }

  @ExceptionHandler(ConstraintViolationException.class)
  ResponseEntity<ProblemDetail> constraintViolation(ConstraintViolationException exception) {
    List<Map<String, String>> errors =
        exception.getConstraintViolations().stream()
            .map(
                violation ->
                    Map.of(
                        "parameter", lastNode(violation.getPropertyPath().toString()),
                        "message", violation.getMessage()))
            .toList();
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(
            HttpStatus.BAD_REQUEST,
            "Invalid parameters: "
                + String.join(", ", errors.stream().map(e -> e.get("parameter")).toList()));
    problem.setProperty("errors", errors);
    return ResponseEntity.badRequest().body(problem);
  }

  /** Left to Spring Security, which answers 401 or 403. */
  @ExceptionHandler({AccessDeniedException.class, AuthenticationException.class})
  void security(RuntimeException exception) {
    throw exception;
  }

  @ExceptionHandler(Exception.class)
  ResponseEntity<ProblemDetail> unexpected(Exception exception) {
    log.error("Unexpected error in an API request", exception);
    return ResponseEntity.internalServerError()
        .body(
            ProblemDetail.forStatusAndDetail(
                HttpStatus.INTERNAL_SERVER_ERROR,
                "Something went wrong on our side. Please try again later."));
  }

  private static Map<String, String> fieldError(FieldError error) {
    String message = error.getDefaultMessage();
    return Map.of("parameter", error.getField(), "message", message == null ? "invalid" : message);
  }

  private static String lastNode(String path) {
    return path.substring(path.lastIndexOf('.') + 1);
  }
}
