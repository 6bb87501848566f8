/**
 * The working calendar and legal deadlines: office and reception hours per agency, holidays
 * (including the lunar ones), yearly official notices, and the deadline arithmetic in working days
 * and hours.
 *
 * <p>The API is this package: {@link vn.motcua.calendar.Calendars} gives the {@link
 * vn.motcua.calendar.WorkingTime} of an agency; {@link vn.motcua.calendar.TimeLimit} is a legal
 * time limit. The arithmetic itself is plain Java (no Spring, no database) and fast enough to be
 * called on every action and every row of a work queue.
 */
@NullMarked
package vn.motcua.calendar;

import org.jspecify.annotations.NullMarked;
