package vn.motcua.dossier;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Why a dossier request could not be carried out. Each kind maps to one answer: 404, 409 or 400 in
 * the API, a message on the page. Messages are keys of the dossier bundle, so that pages and
 * problem details speak the user's language.
 */
public abstract sealed class DossierException extends RuntimeException {

  private final String messageKey;
  private final transient Object[] arguments;

  DossierException(String messageKey, Object... arguments) {
    super(messageKey);
    this.messageKey = messageKey;
    this.arguments = arguments.clone();
  }

  public String messageKey() {
    return messageKey;
  }

  public Object[] arguments() {
    return arguments.clone();
  }

  /** No such dossier, or not one the officer may see: the two are never told apart. */
  @org.springframework.web.bind.annotation.ResponseStatus(
      org.springframework.http.HttpStatus.NOT_FOUND)
  public static final class NotFound extends DossierException {
    public NotFound(String code) {
      super("dossier.error.notFound", code);
    }
  }

  /**
   * The action is not allowed now: wrong status, wrong step, wrong role, or the dossier changed
   * meanwhile.
   */
  public static final class Conflict extends DossierException {
    private final int currentVersion;
    private final @Nullable HistoryLine lastChange;

    public Conflict(
        String messageKey,
        int currentVersion,
        @Nullable HistoryLine lastChange,
        Object... arguments) {
      super(messageKey, arguments);
      this.currentVersion = currentVersion;
      this.lastChange = lastChange;
    }

    public int currentVersion() {
      return currentVersion;
    }

    /** What changed the dossier since the caller read it, when the version was stale. */
    public @Nullable HistoryLine lastChange() {
      return lastChange;
    }
  }

  /** The request itself is wrong: missing or malformed fields, each named. */
  public static final class Invalid extends DossierException {
    private final transient List<FieldProblem> problems;

    public Invalid(List<FieldProblem> problems) {
      super("dossier.error.invalid");
      this.problems = List.copyOf(problems);
    }

    public Invalid(String field, String messageKey, Object... arguments) {
      this(List.of(new FieldProblem(field, messageKey, arguments)));
    }

    public List<FieldProblem> problems() {
      return problems;
    }
  }

  /** One field at fault, with the key of the message that says why. */
  public record FieldProblem(String field, String messageKey, Object... arguments) {}
}
