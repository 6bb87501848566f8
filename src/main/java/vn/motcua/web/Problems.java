package vn.motcua.web;

import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * Problem details (RFC 9457) that the API controllers of every module throw; the shared advice
 * renders them. Each problem has a type URI under {@code urn:motcua:problem:} that clients can
 * switch on.
 */
public final class Problems {

  private Problems() {}

  /** 400 for one request parameter or body field, named in the {@code parameter} property. */
  public static ErrorResponseException badParameter(String parameter, String detail) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
    problem.setTitle("Invalid parameter");
    problem.setType(URI.create("urn:motcua:problem:invalid-parameter"));
    problem.setProperty("parameter", parameter);
    return new ErrorResponseException(HttpStatus.BAD_REQUEST, problem, null);
  }

  /**
   * A problem of any status with a machine-readable type, e.g. {@code of(CONFLICT, "stale-version",
   * …)}.
   */
  public static ErrorResponseException of(
      HttpStatus status, String type, String title, String detail) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setTitle(title);
    problem.setType(URI.create("urn:motcua:problem:" + type));
    return new ErrorResponseException(status, problem, null);
  }

  /**
   * 404 for something that does not exist or that the caller may not see: the two are never told
   * apart.
   */
  public static ErrorResponseException notFound(String detail) {
    return of(HttpStatus.NOT_FOUND, "not-found", "Not found", detail);
  }
}
