package vn.motcua.catalog;

import java.util.regex.Pattern;

/**
 * The shape of a national procedure code (mã thủ tục): one digit, a dot and six digits, e.g. {@code
 * 1.001193}. Codes stay plain strings in the records; this says which strings are codes.
 */
public final class ProcedureCode {

  private static final Pattern SHAPE = Pattern.compile("\\d\\.\\d{6}");

  private ProcedureCode() {}

  public static boolean isWellFormed(String code) {
    return SHAPE.matcher(code).matches();
  }
}
