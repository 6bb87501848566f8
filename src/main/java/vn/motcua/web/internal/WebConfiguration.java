package vn.motcua.web.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * Vietnamese first: every visitor sees Vietnamese until they choose English with {@code ?lang=en}
 * (and back with {@code ?lang=vi}); the choice is kept in a cookie, not in the session, so that
 * public pages stay sessionless. The browser's Accept-Language is not consulted: an English browser
 * at a Vietnamese counter is common and should not switch the officer's screen.
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

  static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

  /** The languages of the user interface; {@code ?lang=} with anything else is ignored. */
  static final Set<String> LANGUAGES = Set.of("vi", "en");

  @Bean
  LocaleResolver localeResolver() {
    CookieLocaleResolver resolver = new CookieLocaleResolver("motcua-lang");
    resolver.setDefaultLocaleFunction(request -> VIETNAMESE);
    resolver.setCookieMaxAge(Duration.ofDays(365));
    resolver.setCookieSameSite("Lax");
    return resolver;
  }

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    registry.addInterceptor(
        new HandlerInterceptor() {
          @Override
          public boolean preHandle(
              HttpServletRequest request, HttpServletResponse response, Object handler) {
            String language = request.getParameter("lang");
            if (language != null && LANGUAGES.contains(language)) {
              LocaleResolver resolver = RequestContextUtils.getLocaleResolver(request);
              if (resolver != null) {
                resolver.setLocale(request, response, Locale.forLanguageTag(language));
              }
            }
            return true;
          }
        });
  }
}
