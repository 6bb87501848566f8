package vn.motcua.catalog.domain;

import org.jspecify.annotations.Nullable;
import vn.motcua.shared.VietnameseText;

/**
 * Published text made fit to store and show: Unicode NFC (the portal mixes NFC and NFD), without
 * the invisible direction and joiner marks some records carry inside words ("đăng k\u200Eý"), and
 * without runs of spaces. Written as loops rather than regular expressions because the import runs
 * them over every cell of every record.
 */
public final class Texts {

  /** What the portal shows in an empty cell. */
  static final String NO_INFORMATION = "Không có thông tin";

  private Texts() {}

  /**
   * NFC without invisible marks and without carriage returns; line breaks and spaces as published.
   */
  public static String clean(@Nullable String text) {
    if (text == null) {
      return "";
    }
    String nfc = VietnameseText.nfc(text);
    StringBuilder clean = null;
    for (int i = 0; i < nfc.length(); i++) {
      char c = nfc.charAt(i);
      boolean drop = invisible(c) || c == '\r';
      if (drop && clean == null) {
        clean = new StringBuilder(nfc.length()).append(nfc, 0, i);
      } else if (!drop && clean != null) {
        clean.append(c);
      }
    }
    return clean == null ? nfc : clean.toString();
  }

  /** A cleaned text on one line: every run of white space becomes one space. */
  public static String line(@Nullable String text) {
    return collapse(clean(text), true);
  }

  /** A cleaned text that keeps its line breaks but no blank lines and no runs of spaces. */
  public static String block(@Nullable String text) {
    return collapse(clean(text), false);
  }

  /**
   * A published value, or the empty string when the portal says there is none ("Không có thông
   * tin", "Không", "Không.").
   */
  public static String published(String text) {
    String value = text.strip();
    return value.equals(NO_INFORMATION) || value.equals("Không") || value.equals("Không.")
        ? ""
        : value;
  }

  private static String collapse(String text, boolean oneLine) {
    StringBuilder collapsed = new StringBuilder(text.length());
    boolean space = false;
    boolean lineBreak = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' && !oneLine) {
        lineBreak = true;
        space = false;
      } else if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        space = true;
      } else {
        if (!collapsed.isEmpty()) {
          if (lineBreak) {
            collapsed.append('\n');
          } else if (space) {
            collapsed.append(' ');
          }
        }
        collapsed.append(c);
        space = false;
        lineBreak = false;
      }
    }
    return collapsed.toString();
  }

  private static boolean invisible(char c) {
    return c == '\u00AD'
        || c >= '\u200B' && c <= '\u200F'
        || c >= '\u202A' && c <= '\u202E'
        || c == '\u2060'
        || c == '\uFEFF';
  }
}
