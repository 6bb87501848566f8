package vn.motcua.notification.internal;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.motcua.shared.Instants;
import vn.motcua.shared.VietnameseText;

/**
 * The words of messages in the configured language: an administrator's wording if there is one
 * ({@link TextOverrides}), the bundle {@code i18n/notification}'s otherwise. Texts name their
 * blanks ({@code {code}}, {@code {dueAt}}) rather than numbering them, so that whoever words a text
 * can move the blanks around and see what each one is.
 */
@Component
class MessageTexts {

  private static final Pattern BLANK = Pattern.compile("\\{([a-zA-Z]+)}");
  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy").withZone(Instants.VIETNAM);

  private final MessageSource messages;
  private final TextOverrides overrides;
  private final Locale locale;
  private final boolean plainSms;

  MessageTexts(MessageSource messages, TextOverrides overrides, NotificationProperties properties) {
    this.messages = messages;
    this.overrides = overrides;
    this.locale = properties.locale();
    this.plainSms = properties.sms().plainLetters();
  }

  /** The text of {@code notification.<key>} with its blanks filled. */
  String text(String key, Map<String, String> values) {
    return fill(template(key, locale), values);
  }

  /** The text as it is worded now, blanks unfilled. */
  String template(String key, Locale language) {
    return overrides.find(key, language.getLanguage()).orElseGet(() -> bundled(key, language));
  }

  /** The text as the bundle words it. */
  String bundled(String key, Locale language) {
    // No arguments: the text comes back as written, without MessageFormat's quoting rules.
    return messages.getMessage("notification." + key, null, language);
  }

  /** An SMS text: without diacritics when the gateway wants plain letters. */
  String sms(String key, Map<String, String> values) {
    String text = text(key, values);
    return plainSms ? VietnameseText.unaccented(text) : text;
  }

  /** An instant as the forms write it, in Vietnam's time: {@code 14:30 05/03/2026}. */
  static String time(@Nullable Instant instant) {
    return instant == null ? "" : TIME.format(instant);
  }

  /** Replaces each {@code {name}} by its value; a blank without a value is left as it is. */
  static String fill(String template, Map<String, String> values) {
    Matcher matcher = BLANK.matcher(template);
    StringBuilder filled = new StringBuilder(template.length() + 64);
    while (matcher.find()) {
      String value = values.get(matcher.group(1));
      matcher.appendReplacement(
          filled, Matcher.quoteReplacement(value == null ? matcher.group() : value));
    }
    matcher.appendTail(filled);
    return filled.toString();
  }
}
