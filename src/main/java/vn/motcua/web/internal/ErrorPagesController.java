package vn.motcua.web.internal;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.Locale;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;
import vn.motcua.web.ApiLocale;

/**
 * Where every error that no controller handled ends: an unknown URL, a wrong method, a failed
 * sign-in check, an exception. Requests under {@code /api/} get an RFC 9457 problem detail,
 * everybody else a page in their language; nobody gets a stack trace.
 */
@Controller
class ErrorPagesController implements ErrorController {

  private final MessageSource messages;

  ErrorPagesController(MessageSource messages) {
    this.messages = messages;
  }

  @RequestMapping("/error")
  Object error(HttpServletRequest request, Locale locale) {
    HttpStatus status = statusOf(request);
    String path = (String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
    if (path != null && path.startsWith(request.getContextPath() + "/api/")) {
      Locale apiLocale = ApiLocale.of(request.getHeader("Accept-Language"));
      ProblemDetail problem =
          ProblemDetail.forStatusAndDetail(status, text("error.detail", status, apiLocale));
      problem.setTitle(text("error.title", status, apiLocale));
      problem.setInstance(URI.create(path));
      return ResponseEntity.status(status)
          .contentType(MediaType.APPLICATION_PROBLEM_JSON)
          .body(problem);
    }
    ModelAndView page = new ModelAndView("error", status);
    page.addObject("status", status.value());
    page.addObject("errorTitle", text("error.title", status, locale));
    page.addObject("errorDetail", text("error.detail", status, locale));
    return page;
  }

  private String text(String prefix, HttpStatus status, Locale locale) {
    String generic =
        messages.getMessage(prefix + (status.is4xxClientError() ? ".4xx" : ".5xx"), null, locale);
    return messages.getMessage(prefix + "." + status.value(), null, generic, locale);
  }

  private static HttpStatus statusOf(HttpServletRequest request) {
    Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
    HttpStatus status =
        code instanceof Integer value
            ? HttpStatus.resolve(value)
            : HttpStatus.INTERNAL_SERVER_ERROR;
    return status == null || !status.isError() ? HttpStatus.INTERNAL_SERVER_ERROR : status;
  }
}
