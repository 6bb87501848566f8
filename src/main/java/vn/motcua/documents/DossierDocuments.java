package vn.motcua.documents;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Service;
import vn.motcua.documents.internal.DossierForms;
import vn.motcua.documents.internal.PdfRenderer;
import vn.motcua.dossier.DossierDetails;
import vn.motcua.dossier.Dossiers;
import vn.motcua.dossier.HistoryLine;

/**
 * The forms of a dossier as PDF, rendered from its record whenever asked (so a reprint always says
 * what the record says). Forms are official papers and always in Vietnamese. Callers hand in a
 * dossier they have already checked the user may see ({@link Dossiers#find}).
 */
@Service
public class DossierDocuments {

  private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

  private final Dossiers dossiers;
  private final DossierForms forms;
  private final PdfRenderer renderer;

  DossierDocuments(Dossiers dossiers, DossierForms forms, PdfRenderer renderer) {
    this.dossiers = dossiers;
    this.forms = forms;
    this.renderer = renderer;
  }

  /** The forms the dossier has so far, in the order of their numbers. */
  public List<DocumentKind> available(DossierDetails dossier) {
    List<HistoryLine> history = dossiers.history(dossier);
    return Arrays.stream(DocumentKind.values())
        .filter(kind -> forms.source(kind, dossier, history).isPresent())
        .toList();
  }

  /** The form as PDF; empty when the dossier has no such form (e.g. it was never refused). */
  public Optional<byte[]> pdf(DossierDetails dossier, DocumentKind kind) {
    List<HistoryLine> history = dossiers.history(dossier);
    return forms
        .source(kind, dossier, history)
        .map(
            line ->
                renderer.render(
                    "documents/" + kind.slug(),
                    forms.variables(kind, dossier, line, history, VIETNAMESE),
                    VIETNAMESE));
  }
}
