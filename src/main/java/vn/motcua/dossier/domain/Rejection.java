package vn.motcua.dossier.domain;

/**
 * Why an action is not allowed now.
 *
 * @param reason a key of the dossier message bundle under {@code dossier.rejection.}, e.g. {@code
 *     notHolder}
 * @param arguments values for the message
 */
public record Rejection(String reason, Object... arguments) implements Decision {

  static Rejection because(String reason, Object... arguments) {
    return new Rejection(reason, arguments);
  }
}
