package vn.motcua.dossier;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A dossier just registered: its code, the lookup PIN for the receipt, its status and appointment.
 */
public record Registered(
    long id,
    String code,
    String lookupPin,
    DossierStatus status,
    @Nullable Instant dueAt,
    int version) {}
