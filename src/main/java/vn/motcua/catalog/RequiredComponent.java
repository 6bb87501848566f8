package vn.motcua.catalog;

import org.jspecify.annotations.Nullable;

/**
 * A paper the applicant hands in (thành phần hồ sơ).
 *
 * @param position 1-based order in the procedure's list
 * @param formTemplate the name of the official form to fill in, if any
 */
public record RequiredComponent(
    int position,
    String name,
    int originals,
    int certifiedCopies,
    int copies,
    @Nullable String formTemplate) {}
