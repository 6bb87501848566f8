package vn.motcua.portal.internal;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import vn.motcua.dossier.DossierActions;
import vn.motcua.dossier.DossierDetails;
import vn.motcua.dossier.DossierException;
import vn.motcua.dossier.Scan;

/**
 * The applicant's online answer to a supplement request: the files of the missing papers and a
 * note; the dossier goes back to the officer who asked.
 */
@Service
public class CitizenSupplement {

  private final DossierActions actions;

  CitizenSupplement(DossierActions actions) {
    this.actions = actions;
  }

  /**
   * @param dossier the dossier as the applicant saw it, found by code and PIN or among their own
   * @throws DossierException.Invalid when no file was given or a file is not acceptable
   * @throws DossierException.Conflict when the dossier no longer waits for a supplement
   */
  public void handIn(
      DossierDetails dossier, List<Scan> scans, @Nullable String note, @Nullable String address) {
    if (scans.isEmpty()) {
      throw new DossierException.Invalid("components", "portal.submit.noFiles");
    }
    actions.supplementOnline(dossier, scans, note, address);
  }
}
