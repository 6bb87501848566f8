package vn.motcua.dossier;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.dossier.internal.DossierStore;
import vn.motcua.dossier.internal.Papers;
import vn.motcua.security.SignedInOfficer;

/** Scans of a dossier's components and its result document. */
@Service
public class DossierFiles {

  private final DossierStore store;
  private final Papers papers;

  DossierFiles(DossierStore store, Papers papers) {
    this.store = store;
    this.papers = papers;
  }

  /**
   * Attaches a scan of a component ({@code component} its position) or, with {@code component}
   * {@code null}, the result document. Only while the dossier is open.
   */
  @Transactional
  public StoredFile attach(
      String code,
      @Nullable Integer component,
      String fileName,
      byte[] content,
      SignedInOfficer officer) {
    var dossier = store.visible(code, officer).state();
    if (dossier.status().terminal()) {
      throw new DossierException.Conflict("dossier.rejection.terminal", dossier.version(), null);
    }
    return papers.attach(
        dossier.id(),
        component == null ? StoredFile.RESULT : StoredFile.COMPONENT,
        component,
        fileName,
        content,
        officer.getUsername());
  }
}
