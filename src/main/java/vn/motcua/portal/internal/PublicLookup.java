package vn.motcua.portal.internal;

import java.time.Duration;
import java.util.Optional;
import org.springframework.stereotype.Service;
import vn.motcua.dossier.DossierDetails;
import vn.motcua.dossier.Dossiers;
import vn.motcua.organization.Agency;
import vn.motcua.organization.Organization;
import vn.motcua.portal.domain.PublicDossier;

/**
 * The public lookup by code and PIN, for the page and the API alike. A wrong code and a wrong PIN
 * are the same failure; failures are throttled per client by {@link LookupThrottle}.
 */
@Service
public class PublicLookup {

  /** The answer to a lookup. */
  public sealed interface Answer {}

  /** The dossier, which whoever asked may see. */
  public record Found(DossierDetails details) implements Answer {}

  public record NotFound() implements Answer {}

  /** The client failed too often and must wait this long. */
  public record Refused(Duration retryAfter) implements Answer {}

  private final Dossiers dossiers;
  private final Organization organization;
  private final LookupThrottle throttle;

  PublicLookup(Dossiers dossiers, Organization organization, LookupThrottle throttle) {
    this.dossiers = dossiers;
    this.organization = organization;
    this.throttle = throttle;
  }

  /**
   * Looks the dossier up for the client (its IP address). A refused client is refused even with the
   * right code and PIN, so that refusal tells nothing.
   */
  public Answer lookup(String code, String pin, String client) {
    Optional<Duration> refusal = throttle.refusal(client);
    if (refusal.isPresent()) {
      return new Refused(refusal.get());
    }
    Optional<DossierDetails> found =
        code.isBlank() || pin.isBlank() ? Optional.empty() : dossiers.lookup(code, pin);
    if (found.isEmpty()) {
      pause(throttle.failed(client));
      return new NotFound();
    }
    return new Found(found.get());
  }

  /** The public view of a dossier the caller may see (found by code and PIN, or their own). */
  public PublicDossier view(DossierDetails dossier) {
    Agency point = organization.agency(dossier.receivingAgencyId()).orElseThrow();
    return PublicDossier.of(
        dossier,
        dossiers.history(dossier),
        new PublicDossier.Place(point.name(), point.address(), point.phone()));
  }

  /**
   * Holds the failed answer back. Requests run on virtual threads, so a waiting answer costs no
   * platform thread.
   */
  private static void pause(Duration delay) {
    if (delay.isZero()) {
      return;
    }
    try {
      Thread.sleep(delay);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
