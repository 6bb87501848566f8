/** The reporting module's read model, queries and pages. */
@NullMarked
package vn.motcua.reporting.internal;

import org.jspecify.annotations.NullMarked;
