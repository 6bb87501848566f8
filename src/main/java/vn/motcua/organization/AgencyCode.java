package vn.motcua.organization;

import java.util.regex.Pattern;

/**
 * An agency's electronic identifier code (mã định danh điện tử, Decision 20/2020/QĐ-TTg): at most
 * 35 characters of digits, capital letters and dots, in dot-separated groups. Both the current
 * order and the older one with the level-1 group last ({@code 000.00.06.H56}) are in use, so the
 * code is kept as an opaque string and the hierarchy is kept in the agency tree.
 */
public record AgencyCode(String value) {

  private static final Pattern SHAPE = Pattern.compile("[0-9A-Z]+(\\.[0-9A-Z]+)*");

  public AgencyCode {
    if (value.length() > 35 || !SHAPE.matcher(value).matches()) {
      throw new IllegalArgumentException(
          "An agency code has at most 35 characters of 0-9, A-Z and '.', in groups separated by"
              + " single dots: "
              + value);
    }
  }

  @Override
  public String toString() {
    return value;
  }
}
