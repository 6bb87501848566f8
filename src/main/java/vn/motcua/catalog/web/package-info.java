/**
 * The catalogue's pages and API: the public catalogue under {@code /public}, the procedures API
 * under {@code /api/v1/procedures} and the administration under {@code /admin/catalog}.
 */
@NullMarked
package vn.motcua.catalog.web;

import org.jspecify.annotations.NullMarked;
