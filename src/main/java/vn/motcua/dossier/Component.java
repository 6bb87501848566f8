package vn.motcua.dossier;

/**
 * A paper of the dossier as checked at reception: how many originals, certified copies and copies
 * were handed in, and whether it was provided at all.
 */
public record Component(
    int position, String name, int originals, int certifiedCopies, int copies, boolean provided) {}
