package vn.motcua.documents.web;

import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import vn.motcua.documents.DocumentKind;
import vn.motcua.documents.DossierDocuments;
import vn.motcua.dossier.DossierDetails;
import vn.motcua.dossier.Dossiers;
import vn.motcua.security.SignedInOfficer;

/**
 * The print buttons of the dossier page, one per form the dossier has, loaded into the page by htmx
 * (so the dossier module need not know the documents module). Right after acceptance at the counter
 * ({@code received=true}) the receipt comes first, focused, to print for the applicant.
 */
@Controller
class DocumentPageController {

  private final Dossiers dossiers;
  private final DossierDocuments documents;

  DocumentPageController(Dossiers dossiers, DossierDocuments documents) {
    this.dossiers = dossiers;
    this.documents = documents;
  }

  @GetMapping("/dossiers/{code}/documents")
  String buttons(
      @PathVariable String code,
      @RequestParam(defaultValue = "false") boolean received,
      @AuthenticationPrincipal SignedInOfficer officer,
      Model model) {
    DossierDetails dossier = dossiers.find(code, officer);
    List<DocumentKind> kinds = documents.available(dossier);
    model.addAttribute("code", dossier.code());
    model.addAttribute("kinds", kinds);
    model.addAttribute("printReceiptNow", received && kinds.contains(DocumentKind.RECEIPT));
    return "documents/print :: buttons";
  }
}
