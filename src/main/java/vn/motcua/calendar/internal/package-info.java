/**
 * The calendar's storage, its cache of precomputed calendars, its administration, the calendar API
 * and the admin pages.
 */
@NullMarked
package vn.motcua.calendar.internal;

import org.jspecify.annotations.NullMarked;
