package vn.motcua.security.internal;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import vn.motcua.security.PasswordChange;

/**
 * HTTP security: a stateless-friendly chain for the API (a bearer token from {@code
 * /api/v1/tokens}, HTTP Basic or the browser session) and a form sign-in chain for pages. Public
 * paths are listed here, in one place, so that what anybody may see is easy to review.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

  /**
   * What pages may load: only our own scripts, styles, images and fonts (Bootstrap and htmx come
   * from WebJars on the same origin), nothing inline, no framing.
   */
  static final String CONTENT_SECURITY_POLICY =
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self';"
          + " connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self';"
          + " frame-ancestors 'none'";

  /** Swagger UI sets inline styles of its own; it gets them, and nothing else does. */
  static final String SWAGGER_CONTENT_SECURITY_POLICY =
      "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:;"
          + " object-src 'none'; base-uri 'self'; frame-ancestors 'none'";

  static final String[] PUBLIC_API = {
    "/api/v1/public/**", "/api/v1/calendar/**", "/api/v1/procedures", "/api/v1/procedures/**"
  };

  static final String[] PUBLIC_PAGES = {
    "/",
    "/login",
    "/error",
    "/webjars/**",
    "/css/**",
    "/js/**",
    "/img/**",
    "/favicon.ico",
    "/actuator/health",
    "/actuator/health/**",
    "/actuator/prometheus",
    "/v3/api-docs",
    "/v3/api-docs/**",
    "/swagger-ui.html",
    "/swagger-ui/**",
    "/public/**"
  };

  /**
   * No observation per security filter, authentication and authorization: they cost every request
   * more than they tell (the HTTP request itself is still measured). The property {@code
   * management.observations.enable.spring.security} only mutes them; this takes the wrappers away.
   */
  @Bean
  SecurityObservationSettings securityObservations() {
    return SecurityObservationSettings.noObservations();
  }

  @Bean
  PasswordEncoder passwordEncoder() {
    // bcrypt today, behind the {id} prefix so that a stronger algorithm can take over without a
    // flag day.
    return PasswordEncoderFactories.createDelegatingPasswordEncoder();
  }

  @Bean
  @Order(1)
  SecurityFilterChain apiSecurity(HttpSecurity http, ApiTokens tokens) throws Exception {
    AuthenticationEntryPoint unauthorized =
        (request, response, exception) -> {
          response.setHeader("WWW-Authenticate", "Basic realm=\"MotCua\"");
          response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
        };
    AccessDeniedHandler forbidden =
        (request, response, exception) -> response.sendError(HttpServletResponse.SC_FORBIDDEN);
    http.securityMatcher("/api/**")
        .authorizeHttpRequests(
            authorize ->
                authorize
                    .requestMatchers(HttpMethod.GET, PUBLIC_API)
                    .permitAll()
                    .requestMatchers("/api/v1/public/**")
                    .permitAll()
                    .anyRequest()
                    .authenticated())
        .httpBasic(basic -> basic.authenticationEntryPoint(unauthorized))
        .oauth2ResourceServer(
            bearer ->
                bearer.jwt(
                    jwt ->
                        jwt.decoder(tokens.decoder())
                            .jwtAuthenticationConverter(tokens.officers())))
        .exceptionHandling(
            exceptions ->
                exceptions.authenticationEntryPoint(unauthorized).accessDeniedHandler(forbidden))
        .csrf(csrf -> csrf.requireCsrfProtectionMatcher(browserSessionWrites()))
        .addFilterBefore(
            PasswordChangeGate.forApi(
                new OrRequestMatcher(
                    PathPatternRequestMatcher.pathPattern(HttpMethod.POST, PasswordChange.API),
                    PathPatternRequestMatcher.pathPattern(HttpMethod.GET, "/api/v1/me"))),
            AuthorizationFilter.class)
        .headers(headers -> commonHeaders(headers, CONTENT_SECURITY_POLICY));
    return http.build();
  }

  @Bean
  @Order(2)
  SecurityFilterChain swaggerSecurity(HttpSecurity http) throws Exception {
    http.securityMatcher("/swagger-ui/**", "/swagger-ui.html")
        .authorizeHttpRequests(authorize -> authorize.anyRequest().permitAll())
        .headers(headers -> commonHeaders(headers, SWAGGER_CONTENT_SECURITY_POLICY));
    return http.build();
  }

  @Bean
  @Order(3)
  SecurityFilterChain pageSecurity(HttpSecurity http) throws Exception {
    http.authorizeHttpRequests(
            authorize ->
                authorize
                    .dispatcherTypeMatchers(DispatcherType.ERROR, DispatcherType.FORWARD)
                    .permitAll()
                    .requestMatchers(PUBLIC_PAGES)
                    .permitAll()
                    .requestMatchers("/admin/**")
                    .hasRole("ADMIN")
                    .anyRequest()
                    .authenticated())
        .formLogin(
            form ->
                form.loginPage("/login")
                    .defaultSuccessUrl("/officer", false)
                    .failureHandler(signInFailure())
                    .permitAll())
        .logout(logout -> logout.logoutSuccessUrl("/login?logout").permitAll())
        .exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(signIn()))
        .addFilterBefore(
            PasswordChangeGate.forPages(passwordChangeAllowed()), AuthorizationFilter.class)
        .headers(headers -> commonHeaders(headers, CONTENT_SECURITY_POLICY));
    return http.build();
  }

  /**
   * To the sign-in page, the whole page: a fragment a page loads by itself (htmx: a badge, a queue
   * refreshed) after the session ended would otherwise get the sign-in page swapped in as if it
   * were the fragment; htmx follows {@code HX-Redirect} with the whole page instead.
   */
  private static AuthenticationEntryPoint signIn() {
    AuthenticationEntryPoint page = new LoginUrlAuthenticationEntryPoint("/login");
    return (request, response, exception) -> {
      if (request.getHeader("HX-Request") == null) {
        page.commence(request, response, exception);
      } else {
        response.setHeader("HX-Redirect", request.getContextPath() + "/login");
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
      }
    };
  }

  /**
   * What an officer who must change the password may still reach: that page, sign-out, public
   * pages.
   */
  private static RequestMatcher passwordChangeAllowed() {
    List<RequestMatcher> allowed = new ArrayList<>();
    allowed.add(PathPatternRequestMatcher.pathPattern(PasswordChange.PAGE));
    allowed.add(PathPatternRequestMatcher.pathPattern("/logout"));
    for (String path : PUBLIC_PAGES) {
      allowed.add(PathPatternRequestMatcher.pathPattern(path));
    }
    return new OrRequestMatcher(allowed);
  }

  /**
   * Tells a locked account apart from a wrong password, so the officer knows to wait rather than
   * retry.
   */
  private static AuthenticationFailureHandler signInFailure() {
    return (request, response, exception) ->
        response.sendRedirect(
            request.getContextPath()
                + (exception instanceof LockedException ? "/login?locked" : "/login?error"));
  }

  /**
   * CSRF protects writes that ride on the browser's session cookie. A request that carries its own
   * credentials in the Authorization header cannot be forged by another site, so API clients using
   * a bearer token or HTTP Basic need no CSRF token, nor does a request without any session (it is
   * anonymous, and answered 401); nor do the public API's writes, which use no session at all (a
   * citizen's rating carries the dossier's PIN).
   */
  private static RequestMatcher browserSessionWrites() {
    RequestMatcher publicApi = PathPatternRequestMatcher.pathPattern("/api/v1/public/**");
    return request ->
        CsrfFilter.DEFAULT_CSRF_MATCHER.matches(request)
            && request.getHeader("Authorization") == null
            && request.getRequestedSessionId() != null
            && !publicApi.matches(request);
  }

  private static void commonHeaders(HeadersConfigurer<HttpSecurity> headers, String policy) {
    headers
        .contentSecurityPolicy(csp -> csp.policyDirectives(policy))
        .referrerPolicy(
            referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
        .frameOptions(HeadersConfigurer.FrameOptionsConfig::deny)
        .permissionsPolicyHeader(
            permissions -> permissions.policy("camera=(), microphone=(), geolocation=()"));
  }
}
