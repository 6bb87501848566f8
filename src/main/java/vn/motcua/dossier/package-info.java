/**
 * The dossier: reception at the counter and online, processing through the steps of the agency's
 * internal process, inter-agency transfers, the result and its return, with the legal clock running
 * through it all. Actions are the only way to change a dossier; each one is a short transaction
 * with an optimistic version check, a history entry and a domain event.
 *
 * <p>The API is this package: {@link vn.motcua.dossier.Dossiers} for reading, the events in {@link
 * vn.motcua.dossier.DossierEvent} for reacting, {@link vn.motcua.dossier.PastDossiers} for
 * recording dossiers handled before, in bulk.
 */
@NullMarked
package vn.motcua.dossier;

import org.jspecify.annotations.NullMarked;
