package vn.motcua.web.internal;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The language of API problem details: English, the language of the API's contract, unless the
 * client asks for Vietnamese with {@code Accept-Language: vi}.
 */
final class ApiLocale {

  private ApiLocale() {}

  static Locale of(@Nullable String acceptLanguage) {
    return acceptLanguage != null
            && acceptLanguage.strip().toLowerCase(Locale.ROOT).startsWith("vi")
        ? WebConfiguration.VIETNAMESE
        : Locale.ENGLISH;
  }
}
