package vn.motcua.catalog;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.catalog.internal.CatalogProperties;
import vn.motcua.catalog.internal.ImportRunRepository;
import vn.motcua.catalog.internal.OfferRepository;
import vn.motcua.catalog.internal.ProcedureRepository;
import vn.motcua.catalog.internal.ProcedureSearch;
import vn.motcua.shared.NodeCache;

/**
 * Reads the catalogue: procedures, agencies' offers and their process versions, and the search of
 * the public catalogue. Changes go through {@link CatalogAdministration}.
 */
@Service
@Transactional(readOnly = true)
public class Catalog {

  private final ProcedureRepository procedures;
  private final ProcedureSearch search;
  private final OfferRepository offers;
  private final ImportRunRepository imports;
  private final CatalogProperties properties;

  // Every reception reads its procedure and the agency's offer (ten rows or so) though they change
  // a few times a year: this node keeps what it read for motcua.catalog.cache-lifetime.
  private final NodeCache<String, Optional<ProcedureDetails>> detailsByCode;
  private final NodeCache<OfferKey, Optional<Offer>> offersByKey;

  Catalog(
      ProcedureRepository procedures,
      ProcedureSearch search,
      OfferRepository offers,
      ImportRunRepository imports,
      CatalogProperties properties) {
    this.procedures = procedures;
    this.search = search;
    this.offers = offers;
    this.imports = imports;
    this.properties = properties;
    this.detailsByCode = new NodeCache<>(properties.cacheLifetime());
    this.offersByKey = new NodeCache<>(properties.cacheLifetime());
  }

  /**
   * Called by every change of the catalogue (see {@link NodeCache#changed()}): inside the change's
   * transaction, or after an import's own; never starts one.
   */
  @Transactional(propagation = Propagation.SUPPORTS)
  void changed() {
    detailsByCode.changed();
    offersByKey.changed();
  }

  /**
   * The procedure with this code, with its effective time limits (an administrator's setting wins
   * over the catalogue's) and its cut-off hour (its own or the configured default).
   */
  public Optional<Procedure> procedure(String code) {
    return details(code).map(ProcedureDetails::procedure);
  }

  /**
   * The procedures with these codes that exist, in the order given: one read for many (work queues,
   * postings), rather than one per procedure.
   */
  public List<Procedure> procedures(Collection<String> codes) {
    return procedures
        .details(
            codes.stream().filter(ProcedureCode::isWellFormed).toList(), properties.defaultCutoff())
        .stream()
        .map(ProcedureDetails::procedure)
        .toList();
  }

  /** The procedure with everything the public catalogue shows about it. */
  public Optional<ProcedureDetails> details(String code) {
    return ProcedureCode.isWellFormed(code)
        ? detailsByCode.get(code, key -> procedures.details(key, properties.defaultCutoff()))
        : Optional.empty();
  }

  /** The agency's current offer of the procedure, with its current process version. */
  public Optional<Offer> offer(long agencyId, String procedureCode) {
    return offersByKey.get(
        new OfferKey(agencyId, procedureCode), key -> readOffer(agencyId, procedureCode));
  }

  private record OfferKey(long agencyId, String procedureCode) {}

  private Optional<Offer> readOffer(long agencyId, String procedureCode) {
    return offers
        .find(agencyId, procedureCode)
        .filter(OfferRepository.OfferRow::active)
        .map(
            row ->
                new Offer(
                    agencyId,
                    procedureCode,
                    row.onlineLevel(),
                    offers.fees(agencyId, procedureCode),
                    offers.process(row.processId()).orElseThrow()));
  }

  /** Any process version, current or not: dossiers keep the version they started with. */
  public Optional<ProcessVersion> processVersion(long id) {
    return offers.process(id);
  }

  /** Every process version of the agency for the procedure, newest first. */
  public List<ProcessVersion> processHistory(long agencyId, String procedureCode) {
    return offers.history(agencyId, procedureCode);
  }

  /** The agency's current offers, by procedure code. */
  public List<Offer> offers(long agencyId) {
    return offers.offers(agencyId);
  }

  /** The agencies that offer the procedure now, by id. */
  public List<Long> agenciesOffering(String procedureCode) {
    return offers.agenciesOffering(procedureCode);
  }

  /** The agencies that offer at least one procedure now, by id. */
  public List<Long> agenciesWithOffers() {
    return offers.agenciesWithOffers();
  }

  /** The search of the public catalogue and the API. */
  public ProcedurePage search(ProcedureQuery query) {
    return search.search(query);
  }

  /** All fields of the catalogue. */
  public List<Field> fields() {
    return procedures.fields();
  }

  /** All levels that settle at least one procedure. */
  public List<Level> levels() {
    return procedures.levels();
  }

  /** The procedures nobody can receive until an administrator sets their time limit. */
  public List<ProcedureSummary> withoutTimeLimit() {
    return search.withoutTimeLimit();
  }

  /** The report of the newest import, refused or not. */
  public Optional<ImportReport> latestImport() {
    return imports.latest();
  }

  public Optional<ImportReport> importReport(long id) {
    return imports.find(id);
  }
}
