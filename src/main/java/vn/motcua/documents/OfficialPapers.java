package vn.motcua.documents;

import java.time.Clock;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Service;
import vn.motcua.documents.internal.FormText;
import vn.motcua.documents.internal.PdfRenderer;

/**
 * Official papers that other modules issue (a report on the form of a circular) printed as the
 * forms are: an XHTML template of the caller's rendered to PDF with the embedded font that covers
 * Vietnamese, in Vietnamese like every official paper. The template gets the variable {@code
 * header}, the head of a paper of the issuing agency dated now, and may include the fragments of
 * {@code templates/documents/parts.html}: {@code form-style}, {@code motto(header)} and {@code
 * signature(role, how, name)}.
 */
@Service
public class OfficialPapers {

  private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

  private final PdfRenderer renderer;
  private final FormText text;
  private final Clock clock;

  OfficialPapers(PdfRenderer renderer, FormText text, Clock clock) {
    this.renderer = renderer;
    this.text = text;
    this.clock = clock;
  }

  /**
   * The template (e.g. {@code reporting/bieu06-pdf}) with these variables, issued by the agency
   * with this id, as PDF bytes.
   */
  public byte[] pdf(String template, long agencyId, Map<String, Object> variables) {
    Map<String, Object> all = new HashMap<>(variables);
    all.put("header", text.header(agencyId, null, clock.instant(), VIETNAMESE));
    return renderer.render(template, all, VIETNAMESE);
  }
}
