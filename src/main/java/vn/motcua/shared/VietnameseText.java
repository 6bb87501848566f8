package vn.motcua.shared;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Vietnamese text as people type it: with or without diacritics.
 *
 * <p>{@link #fold} maps text to a search key: NFD decomposition strips the combining marks (the
 * tones and the vowel hats and horns), but {@code đ}/{@code Đ} is a letter of its own, not a
 * decomposable one, so it is mapped to {@code d} explicitly. The JDK's {@link Normalizer} does the
 * Unicode work; no library adds anything here.
 */
public final class VietnameseText {

  private VietnameseText() {}

  /** Unicode NFC, the form every stored text uses (the national portal mixes NFC and NFD). */
  public static String nfc(String text) {
    return Normalizer.isNormalized(text, Normalizer.Form.NFC)
        ? text
        : Normalizer.normalize(text, Normalizer.Form.NFC);
  }

  /**
   * A lower-case key without diacritics and with single spaces: "Xác nhận Đất" → "xac nhan dat".
   */
  public static String fold(String text) {
    String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
    StringBuilder folded = new StringBuilder(decomposed.length());
    boolean space = false;
    for (int i = 0; i < decomposed.length(); i++) {
      char c = decomposed.charAt(i);
      if (Character.getType(c) == Character.NON_SPACING_MARK) {
        continue;
      }
      if (c == 'đ' || c == 'Đ') {
        c = 'd';
      }
      if (Character.isWhitespace(c)) {
        space = folded.length() > 0;
        continue;
      }
      if (space) {
        folded.append(' ');
        space = false;
      }
      folded.append(c);
    }
    return folded.toString().toLowerCase(Locale.ROOT);
  }

  /**
   * The text without diacritics, as Vietnamese is typed where only ASCII letters go through (an SMS
   * in the 7-bit alphabet): "Hồ sơ đã được tiếp nhận" → "Ho so da duoc tiep nhan". Case, spacing
   * and line breaks stay.
   */
  public static String unaccented(String text) {
    String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
    StringBuilder plain = new StringBuilder(decomposed.length());
    for (int i = 0; i < decomposed.length(); i++) {
      char c = decomposed.charAt(i);
      if (Character.getType(c) != Character.NON_SPACING_MARK) {
        plain.append(c == 'đ' ? 'd' : c == 'Đ' ? 'D' : c);
      }
    }
    return plain.toString();
  }

  /** A stable ASCII key for a name: "Hộ tịch" → "ho-tich", "Đất đai" → "dat-dai". */
  public static String slug(String name) {
    return fold(name).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
  }
}
