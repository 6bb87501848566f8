package vn.motcua.dossier;

import java.time.Instant;

/**
 * A dossier in processing whose current step an officer holds, with its appointment.
 *
 * @param holderId the officer the current step is assigned to
 */
public record HeldDossier(String code, String procedureName, Instant dueAt, long holderId) {}
