package vn.motcua.dossier;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * The dossier after an action.
 *
 * @param childCode the code of the dossier opened at the other agency by a transfer
 */
public record Performed(
    String code,
    DossierStatus status,
    int version,
    @Nullable Instant dueAt,
    @Nullable String childCode) {}
