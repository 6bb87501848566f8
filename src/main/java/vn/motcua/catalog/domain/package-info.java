/**
 * The catalogue's plain Java: reading the national catalogue's scraped records into procedures, and
 * the rules an internal process must follow. No Spring, no SQL.
 */
@NullMarked
package vn.motcua.catalog.domain;

import org.jspecify.annotations.NullMarked;
