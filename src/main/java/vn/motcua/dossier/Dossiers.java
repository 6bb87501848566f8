package vn.motcua.dossier;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.dossier.internal.DossierQueries;
import vn.motcua.dossier.internal.DossierStore;
import vn.motcua.dossier.internal.Papers;
import vn.motcua.security.SignedInOfficer;

/**
 * Reads dossiers: for officers, only those of the agencies their roles cover (any other answers
 * exactly as a dossier that does not exist); for the public, by code and lookup PIN.
 */
@Service
@Transactional(readOnly = true)
public class Dossiers {

  private final DossierQueries queries;
  private final DossierStore store;
  private final Papers papers;
  private final Clock clock;

  Dossiers(DossierQueries queries, DossierStore store, Papers papers, Clock clock) {
    this.queries = queries;
    this.store = store;
    this.papers = papers;
    this.clock = clock;
  }

  /** The dossier, if the officer may see it. */
  public DossierDetails find(String code, SignedInOfficer officer) {
    store.visible(code, officer);
    return withChildren(
        queries.details(code).orElseThrow(() -> new DossierException.NotFound(code)));
  }

  /**
   * The dossier without its linked dossiers (one read), for the system's own work (a notification
   * of an action). Never hand its answer to a user without checking what that user may see.
   */
  public Optional<DossierDetails> get(String code) {
    return queries.details(code);
  }

  /**
   * The dossier with this code and PIN. A wrong code and a wrong PIN give the same empty answer;
   * the PIN is compared in constant time.
   */
  public Optional<DossierDetails> lookup(String code, String pin) {
    return queries
        .details(code.strip())
        .filter(
            details ->
                MessageDigest.isEqual(
                    details.lookupPin().getBytes(StandardCharsets.UTF_8),
                    pin.strip().getBytes(StandardCharsets.UTF_8)))
        .map(this::withChildren);
  }

  /**
   * For read models that rebuild themselves from the record (statistics): a page of the dossiers
   * settled by these agencies, each with its facts now and its whole history, in id order after
   * {@code afterId}. System work only, like {@link #get}.
   */
  public List<RecordedDossier> recorded(Collection<Long> agencyIds, long afterId, int limit) {
    return agencyIds.isEmpty() ? List.of() : store.recorded(agencyIds, afterId, limit);
  }

  /**
   * For overdue lists: the dossiers in progress at these agencies (processing or waiting for the
   * applicant) whose due instant or current step's due instant is before {@code until}, passed ones
   * included, the earliest due first, at most {@code limit}. System work: the caller checks the
   * agencies against what its user may see.
   */
  public List<QueueRow> openDueBefore(Collection<Long> agencyIds, Instant until, int limit) {
    return queries.openDueBefore(agencyIds, until, limit);
  }

  /**
   * For per-officer figures: every hand-over of a processing step of these agencies by the officer
   * holding it, from {@code from} (inclusive) to {@code to}, in order. System work, like {@link
   * #recorded}.
   */
  public List<HistoryLine> processStepsLeft(Collection<Long> agencyIds, Instant from, Instant to) {
    return agencyIds.isEmpty() ? List.of() : store.processStepsLeft(agencyIds, from, to);
  }

  public List<HistoryLine> history(DossierDetails dossier) {
    return store.history(dossier.id());
  }

  public List<Component> components(DossierDetails dossier) {
    return papers.components(dossier.id());
  }

  public List<StoredFile> files(DossierDetails dossier) {
    return papers.files(dossier.id());
  }

  /** The bytes of one of the dossier's files. */
  public byte[] content(DossierDetails dossier, long fileId) {
    return papers.content(dossier.id(), fileId);
  }

  /**
   * What the administration already knows about an applicant, so the counter need not ask again.
   */
  public Optional<Applicant> knownApplicant(String idNumber) {
    return papers.knownApplicant(idNumber.strip());
  }

  /** Dossiers of the officer's agencies for the API list, newest first. */
  public List<QueueRow> list(
      SignedInOfficer officer,
      @Nullable DossierStatus status,
      boolean overdueOnly,
      boolean mineOnly,
      int page,
      int size) {
    return queries.search(
        officer.visibleAgencies(),
        status,
        overdueOnly,
        mineOnly ? officer.officerId() : null,
        clock.instant(),
        page,
        size);
  }

  /**
   * The register (sổ theo dõi hồ sơ) of an agency: the dossiers it settles that were received in
   * {@code [from, to)}, optionally of one field, in order of reception, at most {@code limit}.
   * Without their linked dossiers. Callers check that the officer may see the agency.
   */
  public List<DossierDetails> receivedBy(
      long agencyId, Instant from, Instant to, @Nullable String fieldCode, int limit) {
    return queries.receivedBy(agencyId, from, to, fieldCode, limit);
  }

  /**
   * The dossiers an applicant gave this email address with (online or at a counter), newest first:
   * for the citizen's own list, once the citizen has proved the address.
   */
  public List<QueueRow> ofApplicantEmail(String email, int limit) {
    String normalised = vn.motcua.dossier.domain.ApplicantRules.normaliseEmail(email);
    return normalised == null ? List.of() : queries.ofApplicantEmail(normalised, limit);
  }

  /**
   * The dossier with this code, if its applicant gave this email address: what a signed-in citizen
   * may see of their own.
   */
  public Optional<DossierDetails> ofApplicant(String code, String email) {
    String normalised = vn.motcua.dossier.domain.ApplicantRules.normaliseEmail(email);
    return queries
        .details(code.strip())
        .filter(details -> normalised != null && normalised.equals(details.applicant().email()))
        .map(this::withChildren);
  }

  private DossierDetails withChildren(DossierDetails details) {
    return details.withChildren(queries.children(details.id()));
  }
}
