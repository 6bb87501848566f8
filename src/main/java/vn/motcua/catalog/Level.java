package vn.motcua.catalog;

/**
 * A level that settles procedures (cấp thực hiện), e.g. Cấp xã. A procedure can be settled at
 * several.
 *
 * @param code a stable key derived from the name, e.g. {@code cap-xa}
 */
public record Level(String code, String name) {}
