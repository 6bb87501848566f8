package vn.motcua.notification.internal;

import java.time.Clock;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.audit.AuditTrail;

/**
 * The message texts an administrator may word differently, in Vietnamese and English. An empty text
 * brings back the bundle's. A blank the messages do not know ({@code {cde}}) is refused, so that a
 * typo does not reach citizens as a literal {@code {cde}}.
 */
@Service
class EditableTexts {

  static final List<Locale> LANGUAGES = List.of(Locale.of("vi"), Locale.ENGLISH);
  static final int MAX_LENGTH = 4000;
  static final Set<String> BLANKS =
      Set.of(
          "code",
          "procedure",
          "applicant",
          "at",
          "receivedAt",
          "dueAt",
          "link",
          "agency",
          "agencyAddress",
          "agencyPhone",
          "items",
          "reason",
          "previousDueAt",
          "resultNumber",
          "officer",
          "officerLink",
          "oneTimeCode",
          "minutes");

  private static final Pattern BLANK = Pattern.compile("\\{([^{}]*)}");

  /**
   * A text in each language.
   *
   * @param part the last segment of the key: subject, email, sms, greeting…
   * @param current the wording used now, by language
   * @param changed the languages an administrator worded
   */
  record Text(
      String key,
      String part,
      Map<String, String> current,
      Map<String, String> defaults,
      Set<String> changed) {}

  /** The texts of one message, e.g. the applicant's "received" (subject, email, SMS). */
  record Group(String name, List<Text> texts) {}

  /** Why a text was refused: a message key of the bundle and its arguments. */
  static final class InvalidText extends RuntimeException {
    private final String messageKey;
    private final transient Object[] arguments;

    InvalidText(String messageKey, Object... arguments) {
      super(messageKey);
      this.messageKey = messageKey;
      this.arguments = arguments.clone();
    }

    String messageKey() {
      return messageKey;
    }

    Object[] arguments() {
      return arguments.clone();
    }
  }

  private final MessageTexts texts;
  private final TextOverrides overrides;
  private final AuditTrail audit;
  private final Clock clock;

  EditableTexts(MessageTexts texts, TextOverrides overrides, AuditTrail audit, Clock clock) {
    this.texts = texts;
    this.overrides = overrides;
    this.audit = audit;
    this.clock = clock;
  }

  /** The keys of the editable texts by the message they belong to, in the order the page shows. */
  private static final Map<String, List<String>> LAYOUT = layout();

  private static Map<String, List<String>> layout() {
    Map<String, List<String>> layout = new LinkedHashMap<>();
    layout.put(
        "email", List.of("email.greeting", "email.lookup", "email.signature", "email.automatic"));
    for (ApplicantMessage message : ApplicantMessage.values()) {
      String prefix = "applicant." + message;
      layout.put(prefix, List.of(prefix + ".subject", prefix + ".email", prefix + ".sms"));
    }
    layout.put(
        "citizen.ONE_TIME_CODE",
        List.of("citizen.ONE_TIME_CODE.subject", "citizen.ONE_TIME_CODE.email"));
    layout.put("officer", List.of("officer.greeting"));
    for (OfficerNotice.Kind kind : OfficerNotice.Kind.values()) {
      String prefix = "officer." + kind;
      layout.put(prefix, List.of(prefix + ".subject", prefix + ".email"));
    }
    return Collections.unmodifiableMap(layout);
  }

  /** Every editable text, grouped by message, as worded now. */
  List<Group> groups() {
    return LAYOUT.entrySet().stream()
        .map(e -> new Group(e.getKey(), e.getValue().stream().map(this::text).toList()))
        .toList();
  }

  /**
   * Words a text anew in each language given; an empty one goes back to the bundle's.
   *
   * @throws InvalidText when the key is not editable or a text is too long or has an unknown blank;
   *     nothing is changed then
   */
  @Transactional
  void change(String key, Map<String, String> byLanguage, String actor, @Nullable String address) {
    if (LAYOUT.values().stream().noneMatch(keys -> keys.contains(key))) {
      throw new InvalidText("notification.texts.unknownKey");
    }
    for (String body : byLanguage.values()) {
      check(body);
    }
    for (Locale language : LANGUAGES) {
      String body = byLanguage.get(language.getLanguage());
      if (body == null) {
        continue;
      }
      String text = body.strip().replace("\r\n", "\n");
      if (text.isEmpty()) {
        overrides.remove(key, language.getLanguage());
      } else {
        overrides.save(key, language.getLanguage(), text, actor, clock.instant());
      }
    }
    audit.record(actor, address, "MESSAGE_TEXT_CHANGED", key, null);
  }

  private static void check(String body) {
    if (body.length() > MAX_LENGTH) {
      throw new InvalidText("notification.texts.tooLong", MAX_LENGTH);
    }
    Matcher blank = BLANK.matcher(body);
    while (blank.find()) {
      if (!BLANKS.contains(blank.group(1))) {
        throw new InvalidText("notification.texts.unknownBlank", blank.group());
      }
    }
  }

  private Text text(String key) {
    Map<String, String> current = new LinkedHashMap<>();
    Map<String, String> defaults = new LinkedHashMap<>();
    for (Locale language : LANGUAGES) {
      current.put(language.getLanguage(), texts.template(key, language));
      defaults.put(language.getLanguage(), texts.bundled(key, language));
    }
    Set<String> changed =
        Set.copyOf(
            LANGUAGES.stream()
                .map(Locale::getLanguage)
                .filter(language -> !current.get(language).equals(defaults.get(language)))
                .toList());
    return new Text(key, key.substring(key.lastIndexOf('.') + 1), current, defaults, changed);
  }
}
