package vn.motcua.dossier.domain;

/** The answer of the rules to an action: what it changes, or why it is not allowed. */
public sealed interface Decision permits Transition, Rejection {}
