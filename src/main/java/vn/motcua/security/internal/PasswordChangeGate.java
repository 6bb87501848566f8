package vn.motcua.security.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.motcua.security.PasswordChange;
import vn.motcua.security.SignedInOfficer;

/**
 * An officer who must change the password (new account, password reset by an administrator) reaches
 * only the change-password page or endpoint, sign-out and the public pages: pages redirect to
 * {@link PasswordChange#PAGE}, the API answers 403 with a problem detail of type {@code
 * urn:motcua:problem:password-change-required}, and a fragment a page loads by itself (htmx) gets
 * nothing: followed, the redirect would put the whole password page inside the fragment.
 */
final class PasswordChangeGate extends OncePerRequestFilter {

  private static final String API_PROBLEM =
      """
      {"type":"urn:motcua:problem:password-change-required","title":"Password change required",\
      "status":403,"detail":"Change your password first: POST %s"}"""
          .formatted(PasswordChange.API);

  private final RequestMatcher allowed;
  private final boolean api;

  private PasswordChangeGate(RequestMatcher allowed, boolean api) {
    this.allowed = allowed;
    this.api = api;
  }

  static PasswordChangeGate forPages(RequestMatcher allowed) {
    return new PasswordChangeGate(allowed, false);
  }

  static PasswordChangeGate forApi(RequestMatcher allowed) {
    return new PasswordChangeGate(allowed, true);
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    boolean mustChange =
        authentication != null
            && authentication.getPrincipal() instanceof SignedInOfficer officer
            && officer.mustChangePassword();
    if (!mustChange || allowed.matches(request)) {
      chain.doFilter(request, response);
    } else if (request.getHeader("HX-Request") != null) {
      response.setStatus(HttpServletResponse.SC_NO_CONTENT);
    } else if (api) {
      response.setStatus(HttpServletResponse.SC_FORBIDDEN);
      response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
      response.getOutputStream().write(API_PROBLEM.getBytes(StandardCharsets.UTF_8));
    } else {
      response.sendRedirect(request.getContextPath() + PasswordChange.PAGE);
    }
  }
}
