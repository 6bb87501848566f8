/**
 * The dossier's rules in plain Java: its state, the actions, who may perform which action in which
 * status and step ({@link vn.motcua.dossier.domain.Guards}), and what each action changes ({@link
 * vn.motcua.dossier.domain.Transitions}). No Spring, no SQL: the application layer loads a {@link
 * vn.motcua.dossier.domain.Dossier}, asks for a {@link vn.motcua.dossier.domain.Transition} and
 * stores it.
 */
@NullMarked
package vn.motcua.dossier.domain;

import org.jspecify.annotations.NullMarked;
