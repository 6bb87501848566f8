package vn.motcua.catalog;

import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Which records of an export to import: all of them, or only those of some fields at one level (the
 * demo starts with the commune-level civil status and certification procedures only).
 *
 * @param levelCode the level the procedure must be settled at (e.g. {@code cap-xa}), or {@code
 *     null} for any
 * @param fieldCodes the fields (e.g. {@code ho-tich}); empty for all
 */
public record ImportScope(@Nullable String levelCode, Set<String> fieldCodes) {

  public static final ImportScope WHOLE = new ImportScope(null, Set.of());

  public ImportScope {
    fieldCodes = Set.copyOf(fieldCodes);
  }

  public boolean whole() {
    return levelCode == null && fieldCodes.isEmpty();
  }
}
