/**
 * The append-only record of who did what, when and from where: actions, sign-ins, administrative
 * changes.
 */
@NullMarked
package vn.motcua.audit;

import org.jspecify.annotations.NullMarked;
