package vn.motcua.catalog;

import org.jspecify.annotations.Nullable;

/**
 * A search of the catalogue. Every word of {@code text} must occur in the procedure's name or code,
 * with or without diacritics ("xac nhan tinh trang hon nhan" finds "Xác nhận tình trạng hôn nhân").
 *
 * @param text words to look for; blank for all procedures
 * @param fieldCode only this field (see {@link Field#code()})
 * @param levelCode only procedures settled at this level (see {@link Level#code()})
 * @param agencyId only procedures this agency offers
 * @param page 0-based
 * @param size results per page, 1 to {@link #MAX_SIZE}
 */
public record ProcedureQuery(
    String text,
    @Nullable String fieldCode,
    @Nullable String levelCode,
    @Nullable Long agencyId,
    int page,
    int size) {

  public static final int MAX_SIZE = 100;
  public static final int MAX_TEXT_LENGTH = 200;

  public ProcedureQuery {
    if (page < 0) {
      throw new IllegalArgumentException("The page is 0 or more: " + page);
    }
    if (size < 1 || size > MAX_SIZE) {
      throw new IllegalArgumentException("The page size is 1 to " + MAX_SIZE + ": " + size);
    }
    if (text.length() > MAX_TEXT_LENGTH) {
      throw new IllegalArgumentException("The text has at most " + MAX_TEXT_LENGTH + " characters");
    }
  }

  public static ProcedureQuery text(String text) {
    return new ProcedureQuery(text, null, null, null, 0, 20);
  }
}
