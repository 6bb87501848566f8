/**
 * The shell every page shares: layout, languages, the home and start pages, error pages and problem
 * details.
 */
@NullMarked
package vn.motcua.web;

import org.jspecify.annotations.NullMarked;
