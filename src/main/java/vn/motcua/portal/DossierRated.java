package vn.motcua.portal;

import java.time.Instant;
import vn.motcua.dossier.DossierFacts;

/**
 * An applicant rated the service for a returned dossier (once per dossier), for the statistics.
 *
 * @param dossier the rated dossier as it is (returned: its facts no longer change)
 * @param channel where the rating was given: LOOKUP (the public page), COUNTER (the tablet at the
 *     counter) or API
 */
public record DossierRated(DossierFacts dossier, Rating rating, String channel, Instant at) {}
