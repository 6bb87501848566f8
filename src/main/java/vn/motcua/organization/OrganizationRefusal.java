package vn.motcua.organization;

import java.io.Serial;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * Why the organization module refused a change: which field is at fault and a message key of the
 * {@code i18n/organization} bundle with its arguments, so that pages and the API can say it in the
 * user's language. Nothing of the refused change is written.
 */
public final class OrganizationRefusal extends RuntimeException {

  @Serial private static final long serialVersionUID = 1L;

  /** What kind of refusal: bad input (400), a clash with what exists (409), or not there (404). */
  public enum Kind {
    INVALID,
    CONFLICT,
    NOT_FOUND
  }

  private final Kind kind;
  private final @Nullable String field;
  private final String messageKey;
  private final transient Object[] arguments;

  private OrganizationRefusal(
      Kind kind, @Nullable String field, String messageKey, Object... arguments) {
    super(messageKey + (field == null ? "" : " (" + field + ")"));
    this.kind = kind;
    this.field = field;
    this.messageKey = messageKey;
    this.arguments = arguments.clone();
  }

  public static OrganizationRefusal invalid(String field, String messageKey, Object... arguments) {
    return new OrganizationRefusal(Kind.INVALID, field, messageKey, arguments);
  }

  public static OrganizationRefusal conflict(
      @Nullable String field, String messageKey, Object... arguments) {
    return new OrganizationRefusal(Kind.CONFLICT, field, messageKey, arguments);
  }

  /** Not there, or not visible to the caller: the two are never told apart. */
  public static OrganizationRefusal notFound(String messageKey, Object... arguments) {
    return new OrganizationRefusal(Kind.NOT_FOUND, null, messageKey, arguments);
  }

  public Kind kind() {
    return kind;
  }

  /** The request field at fault (as named in the API and in the forms), if one is. */
  public @Nullable String field() {
    return field;
  }

  public String messageKey() {
    return messageKey;
  }

  public Object[] arguments() {
    return Arrays.copyOf(arguments, arguments.length);
  }
}
