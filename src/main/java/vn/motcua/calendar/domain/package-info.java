/**
 * The calendar's plain Java: the Vietnamese lunar calendar, the statutory holidays, weekly office
 * hours and the deadline arithmetic over precomputed years. No Spring, no database.
 */
@NullMarked
package vn.motcua.calendar.domain;

import org.jspecify.annotations.NullMarked;
