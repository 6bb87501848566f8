package vn.motcua.dossier;

/**
 * A scanned paper handed in with a dossier.
 *
 * @param component the position of the component it is a scan of
 */
public record Scan(int component, String fileName, byte[] content) {}
