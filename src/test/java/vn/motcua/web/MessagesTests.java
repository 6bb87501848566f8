package vn.motcua.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Vietnamese and English say the same things: in every bundle ({@code messages} and one per module
 * under {@code i18n/}), a key in the Vietnamese base file is a key in the English file, and the
 * other way round.
 */
class MessagesTests {

  @Test
  void everyBundleHasTheSameKeysInVietnameseAndEnglish() throws IOException {
    List<String> bundles = bundles();
    assertThat(bundles).contains("messages");
    for (String bundle : bundles) {
      Set<String> vietnamese = keys(bundle + ".properties");
      Set<String> english = keys(bundle + "_en.properties");
      assertThat(difference(vietnamese, english))
          .as("keys only in Vietnamese in " + bundle)
          .isEmpty();
      assertThat(difference(english, vietnamese)).as("keys only in English in " + bundle).isEmpty();
    }
  }

  @Test
  void noTranslationIsEmpty() throws IOException {
    for (String bundle : bundles()) {
      for (String file : List.of(bundle + ".properties", bundle + "_en.properties")) {
        Properties properties = load(file);
        assertThat(properties.stringPropertyNames())
            .as(file)
            .allSatisfy(key -> assertThat(properties.getProperty(key)).as(key).isNotBlank());
      }
    }
  }

  @Test
  void vietnameseIsWrittenWithDiacritics() throws IOException {
    assertThat(load("messages.properties").getProperty("signIn.heading"))
        .isEqualTo("Đăng nhập dành cho cán bộ");
  }

  /** The base names of all bundles: every properties file without a language suffix. */
  private static List<String> bundles() throws IOException {
    PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
    List<String> bundles = new ArrayList<>();
    bundles.add("messages");
    for (Resource resource : resolver.getResources("classpath*:i18n/*.properties")) {
      String name = resource.getFilename();
      if (name != null && !name.contains("_")) {
        bundles.add("i18n/" + name.substring(0, name.length() - ".properties".length()));
      }
    }
    return bundles;
  }

  private static Set<String> difference(Set<String> a, Set<String> b) {
    Set<String> result = new TreeSet<>(a);
    result.removeAll(b);
    return result;
  }

  private static Set<String> keys(String file) throws IOException {
    return new TreeSet<>(load(file).stringPropertyNames());
  }

  private static Properties load(String file) throws IOException {
    Properties properties = new Properties();
    var stream = MessagesTests.class.getResourceAsStream("/" + file);
    assertThat(stream).as(file + " exists").isNotNull();
    try (Reader reader = new InputStreamReader(stream, StandardCharsets.UTF_8)) {
      properties.load(reader);
    }
    return properties;
  }
}
