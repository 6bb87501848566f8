/**
 * The procedure catalogue (imported from the national database), each agency's offer of a procedure
 * with its fees and online level, and the internal processes (quy trình nội bộ), versioned. Also
 * the public catalogue and its search.
 *
 * <p>The API is this package: {@link vn.motcua.catalog.Catalog} and the records it returns.
 */
@NullMarked
package vn.motcua.catalog;

import org.jspecify.annotations.NullMarked;
