package vn.motcua.catalog.domain;

import java.util.Optional;

/** Balanced parentheses in scraped text, where a cell's conditions follow its value in "(…)". */
final class Parentheses {

  private Parentheses() {}

  /**
   * The index just after the parenthesis that closes the one at {@code open}, if the text closes
   * it.
   */
  static Optional<Integer> closing(String text, int open) {
    int depth = 0;
    for (int i = open; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '(') {
        depth++;
      } else if (c == ')' && --depth == 0) {
        return Optional.of(i + 1);
      }
    }
    return Optional.empty();
  }

  /** The text without the parentheses that wrap all of it, however many: "((a) b)" → "(a) b". */
  static String unwrap(String text) {
    String inner = text.strip();
    while (inner.startsWith("(") && closing(inner, 0).orElse(-1) == inner.length()) {
      inner = inner.substring(1, inner.length() - 1).strip();
    }
    return inner;
  }
}
