/**
 * Statistics, reports and dashboards: a read model of counts kept in step with the dossiers by
 * their events, in each action's own transaction, and rebuilt from the dossiers' history when
 * needed; the official report (Biểu 06), overdue lists and the supervisors' dashboard.
 *
 * <p>It listens to {@link vn.motcua.dossier.DossierEvent}; the only thing other modules call is
 * {@link vn.motcua.reporting.Statistics#rebuild}, after recording dossiers without their events.
 */
@NullMarked
package vn.motcua.reporting;

import org.jspecify.annotations.NullMarked;
