package vn.motcua.portal;

import java.time.Instant;

/**
 * An applicant rated the service for a returned dossier (once per dossier), for the statistics.
 *
 * @param agencyId the settling agency
 * @param receivingAgencyId where the dossier was received and the result returned
 * @param channel where the rating was given: LOOKUP (the public page), COUNTER (the tablet at the
 *     counter) or API
 */
public record DossierRated(
    long dossierId,
    String dossierCode,
    long agencyId,
    long receivingAgencyId,
    Rating rating,
    String channel,
    Instant at) {}
