package vn.motcua.documents.internal;

import com.openhtmltopdf.extend.impl.FSDefaultCacheStore;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder.CacheStore;
import com.openhtmltopdf.util.XRLog;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Level;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Renders a Thymeleaf template to a PDF: the forms of {@code templates/documents/} and the official
 * papers of other modules ({@link vn.motcua.documents.OfficialPapers}). The templates are
 * well-formed XHTML (the PDF renderer reads XML) and say everything about the layout in CSS; this
 * class only supplies the fonts. The fonts are read once and embedded as subsets, so a one-page
 * form stays small.
 */
@Component
public class PdfRenderer {

  /** The family the templates' CSS names. */
  static final String FAMILY = "DejaVu Serif";

  private record Font(byte[] bytes, int weight, FontStyle style) {}

  private final ITemplateEngine templates;
  private final List<Font> fonts;

  /**
   * The glyph widths of the fonts, measured once for all documents rather than once per document
   * (the renderer's own thread-safe cache).
   */
  private final FSDefaultCacheStore fontMetrics = new FSDefaultCacheStore();

  PdfRenderer(ITemplateEngine templates) {
    this.templates = templates;
    // The renderer logs each stage of every document at INFO; only its warnings are news.
    XRLog.listRegisteredLoggers().forEach(logger -> XRLog.setLevel(logger, Level.WARNING));
    this.fonts =
        List.of(
            new Font(read("DejaVuSerif.ttf"), 400, FontStyle.NORMAL),
            new Font(read("DejaVuSerif-Bold.ttf"), 700, FontStyle.NORMAL),
            new Font(read("DejaVuSerif-Italic.ttf"), 400, FontStyle.ITALIC));
  }

  /** The template (e.g. {@code documents/receipt}) with these variables, as PDF bytes. */
  public byte[] render(String template, Map<String, Object> variables, Locale locale) {
    String html = templates.process(template, new Context(locale, variables));
    ByteArrayOutputStream out = new ByteArrayOutputStream(32 * 1024);
    PdfRendererBuilder builder = new PdfRendererBuilder();
    builder.useFastMode();
    builder.useCacheStore(CacheStore.PDF_FONT_METRICS, fontMetrics);
    for (Font font : fonts) {
      builder.useFont(
          () -> (InputStream) new ByteArrayInputStream(font.bytes()),
          FAMILY,
          font.weight(),
          font.style(),
          true);
    }
    builder.withHtmlContent(html, null);
    builder.toStream(out);
    try {
      builder.run();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private static byte[] read(String file) {
    try (InputStream in = new ClassPathResource("fonts/" + file).getInputStream()) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("The form font " + file + " is missing", e);
    }
  }
}
