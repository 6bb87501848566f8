package vn.motcua.web;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The language of API problem details: English, the language of the API's contract, unless the
 * client asks for Vietnamese with {@code Accept-Language: vi}.
 */
public final class ApiLocale {

  private ApiLocale() {}

  public static Locale of(@Nullable String acceptLanguage) {
    return acceptLanguage != null
            && acceptLanguage.strip().toLowerCase(Locale.ROOT).startsWith("vi")
        ? Locale.forLanguageTag("vi")
        : Locale.ENGLISH;
  }
}
