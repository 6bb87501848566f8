package vn.motcua.organization.internal;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import vn.motcua.organization.OrganizationRefusal;

/**
 * Refusals on the administration pages. A form shows its refusal in the user's language next to the
 * field at fault ({@code errors} in the model, by field name; at the top, under {@code ""}, when no
 * field is). A refusal because something is not there, or not visible to the user, ends on the 404
 * page, exactly as for an unknown address.
 */
@ControllerAdvice(
    assignableTypes = {
      AgencyPagesController.class,
      OfficerPagesController.class,
      OwnPasswordPageController.class
    })
class PageRefusals {

  private final MessageSource messages;

  PageRefusals(MessageSource messages) {
    this.messages = messages;
  }

  /** Puts the refusal into the model for the form to show; rethrows one for a missing thing. */
  void show(OrganizationRefusal refusal, Model model, Locale locale) {
    if (refusal.kind() == OrganizationRefusal.Kind.NOT_FOUND) {
      throw refusal;
    }
    String field =
        refusal.field() == null || "version".equals(refusal.field()) ? "" : refusal.field();
    Map<String, String> errors = new LinkedHashMap<>();
    errors.put(field, messages.getMessage(refusal.messageKey(), refusal.arguments(), locale));
    model.addAttribute("errors", errors);
  }

  @ExceptionHandler(OrganizationRefusal.class)
  void notFound(OrganizationRefusal refusal, HttpServletResponse response) throws IOException {
    response.sendError(
        refusal.kind() == OrganizationRefusal.Kind.NOT_FOUND
            ? HttpServletResponse.SC_NOT_FOUND
            : HttpServletResponse.SC_CONFLICT);
  }
}
