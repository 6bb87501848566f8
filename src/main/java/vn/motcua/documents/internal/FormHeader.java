package vn.motcua.documents.internal;

import org.jspecify.annotations.Nullable;

/**
 * The head of every form: the parent body and the issuing unit on the left, the national motto on
 * the right (in the template), the form number, and place and date under the motto.
 *
 * @param parentName the body the issuing unit belongs to, e.g. UBND phường Thốt Nốt
 * @param number the form number, e.g. 01; {@code null} for forms without one
 * @param placeAndDate e.g. "Thốt Nốt, ngày 28 tháng 11 năm 2026"
 */
public record FormHeader(
    @Nullable String parentName,
    String agencyName,
    @Nullable String agencyAddress,
    @Nullable String agencyPhone,
    @Nullable String number,
    String placeAndDate) {}
