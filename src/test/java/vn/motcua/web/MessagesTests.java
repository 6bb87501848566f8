package vn.motcua.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Vietnamese and English say the same things: a key in one file is a key in the other. */
class MessagesTests {

  @Test
  void vietnameseAndEnglishHaveTheSameKeys() throws IOException {
    Set<String> vietnamese = keys("/messages.properties");
    Set<String> english = keys("/messages_en.properties");
    assertThat(difference(vietnamese, english)).as("keys only in Vietnamese").isEmpty();
    assertThat(difference(english, vietnamese)).as("keys only in English").isEmpty();
  }

  @Test
  void noTranslationIsEmpty() throws IOException {
    for (String file : new String[] {"/messages.properties", "/messages_en.properties"}) {
      Properties properties = load(file);
      assertThat(properties.stringPropertyNames())
          .as(file)
          .allSatisfy(key -> assertThat(properties.getProperty(key)).as(key).isNotBlank());
    }
  }

  @Test
  void vietnameseIsWrittenWithDiacritics() throws IOException {
    assertThat(load("/messages.properties").getProperty("signIn.heading"))
        .isEqualTo("Đăng nhập dành cho cán bộ");
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
    try (Reader reader =
        new InputStreamReader(
            MessagesTests.class.getResourceAsStream(file), StandardCharsets.UTF_8)) {
      properties.load(reader);
    }
    return properties;
  }
}
