/**
 * The catalogue's persistence, import and configuration: JDBC repositories of the {@code catalog_*}
 * tables, the reader of the national export, the settings. Internal to the catalog module.
 */
@NullMarked
package vn.motcua.catalog.internal;

import org.jspecify.annotations.NullMarked;
