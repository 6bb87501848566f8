package vn.motcua.catalog;

import org.jspecify.annotations.Nullable;

/**
 * Who changes the catalogue, for the audit trail.
 *
 * @param name the user name (or {@code demo}, {@code system})
 * @param address where the request came from, if it came over the network
 */
public record Actor(String name, @Nullable String address) {}
