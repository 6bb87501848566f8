/**
 * Official forms as PDF (the receipt and appointment with its QR code, the supplement request, the
 * refusal, the apology with a new date, the stop notice, the control slip) and the register of
 * dossiers as PDF and Excel. Every form is an HTML/CSS template under {@code templates/documents/}
 * that an administrator can read, rendered to A4 with an embedded font that covers Vietnamese.
 *
 * <p>The API is {@link vn.motcua.documents.DossierDocuments} and {@link
 * vn.motcua.documents.Registers}; the forms are read from the dossier's record, never stored. Other
 * modules print their official papers (Biểu 06) the same way through {@link
 * vn.motcua.documents.OfficialPapers}.
 */
@NullMarked
package vn.motcua.documents;

import org.jspecify.annotations.NullMarked;
