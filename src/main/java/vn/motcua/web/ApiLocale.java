package vn.motcua.web;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The language of API problem details: English, the language of the API's contract, unless the
 * client asks for Vietnamese with {@code Accept-Language: vi}. Modules that word their own problem
 * details use it too.
 */
public final class ApiLocale {

  private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

  private ApiLocale() {}

  public static Locale of(@Nullable String acceptLanguage) {
    return acceptLanguage != null
            && acceptLanguage.strip().toLowerCase(Locale.ROOT).startsWith("vi")
        ? VIETNAMESE
        : Locale.ENGLISH;
  }
}
