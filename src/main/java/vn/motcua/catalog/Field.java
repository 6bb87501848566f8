package vn.motcua.catalog;

/**
 * A field of procedures (lĩnh vực), e.g. Hộ tịch.
 *
 * @param code a stable key derived from the name (e.g. {@code ho-tich})
 */
public record Field(String code, String name) {}
