/**
 * Demo data: a province, wards, officers of every role and (as the other modules grow) procedures
 * and a year of dossiers, loaded only under the {@code demo} profile and never into a production
 * database.
 */
@NullMarked
package vn.motcua.demo;

import org.jspecify.annotations.NullMarked;
