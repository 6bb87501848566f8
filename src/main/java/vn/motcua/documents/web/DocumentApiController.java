package vn.motcua.documents.web;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import vn.motcua.documents.DocumentKind;
import vn.motcua.documents.DossierDocuments;
import vn.motcua.dossier.DossierDetails;
import vn.motcua.dossier.DossierException;
import vn.motcua.dossier.Dossiers;
import vn.motcua.security.SignedInOfficer;
import vn.motcua.web.ApiLocale;
import vn.motcua.web.Problems;

/**
 * The forms of a dossier as PDF (a contract other tools rely on): {@code GET
 * /api/v1/dossiers/{code}/documents/{kind}}. A dossier the officer may not see, an unknown kind and
 * a form the dossier does not have are all 404.
 */
@RestController
class DocumentApiController {

  private final Dossiers dossiers;
  private final DossierDocuments documents;
  private final MessageSource messages;

  DocumentApiController(Dossiers dossiers, DossierDocuments documents, MessageSource messages) {
    this.dossiers = dossiers;
    this.documents = documents;
    this.messages = messages;
  }

  @GetMapping("/api/v1/dossiers/{code}/documents/{kind}")
  ResponseEntity<byte[]> document(
      @PathVariable String code,
      @PathVariable String kind,
      @RequestHeader(name = "Accept-Language", required = false) @Nullable String language,
      @AuthenticationPrincipal SignedInOfficer officer) {
    Locale locale = ApiLocale.of(language);
    DocumentKind wanted =
        DocumentKind.ofSlug(kind)
            .orElseThrow(
                () ->
                    Problems.notFound(
                        messages.getMessage(
                            "documents.error.unknownKind",
                            new Object[] {
                              kind,
                              Arrays.stream(DocumentKind.values())
                                  .map(DocumentKind::slug)
                                  .collect(Collectors.joining(", "))
                            },
                            locale)));
    DossierDetails dossier = visible(code, officer, locale);
    byte[] pdf =
        documents
            .pdf(dossier, wanted)
            .orElseThrow(
                () ->
                    Problems.notFound(
                        messages.getMessage(
                            "documents.error.noDocument",
                            new Object[] {
                              code,
                              messages.getMessage("documents.kind." + wanted.slug(), null, locale)
                            },
                            locale)));
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_PDF)
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.inline()
                .filename(code + "-" + wanted.slug() + ".pdf")
                .build()
                .toString())
        .body(pdf);
  }

  private DossierDetails visible(String code, SignedInOfficer officer, Locale locale) {
    try {
      return dossiers.find(code, officer);
    } catch (DossierException.NotFound notFound) {
      throw Problems.notFound(
          messages.getMessage(notFound.messageKey(), notFound.arguments(), locale));
    }
  }
}
