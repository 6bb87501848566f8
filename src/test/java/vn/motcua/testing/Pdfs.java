package vn.motcua.testing;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.ChecksumException;
import com.google.zxing.DecodeHintType;
import com.google.zxing.FormatException;
import com.google.zxing.NotFoundException;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;

/** Reads produced PDFs as a person would: the text, the fonts, the page size, the QR code. */
public final class Pdfs {

  private Pdfs() {}

  /**
   * All text of the document, in Unicode normal form C (as the messages are written), with each run
   * of white space (line ends too) as one space.
   */
  public static String text(byte[] pdf) {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return Normalizer.normalize(new PDFTextStripper().getText(document), Normalizer.Form.NFC)
          .replaceAll("\\s+", " ");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Width and height of the first page in millimetres. */
  public static double[] pageSizeMm(byte[] pdf) {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      PDPage page = document.getPage(0);
      return new double[] {
        page.getMediaBox().getWidth() * 25.4 / 72, page.getMediaBox().getHeight() * 25.4 / 72
      };
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The names of the fonts the first page uses, and whether each is embedded. */
  public static List<String> embeddedFonts(byte[] pdf) {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      List<String> fonts = new ArrayList<>();
      var resources = document.getPage(0).getResources();
      for (COSName name : resources.getFontNames()) {
        var font = resources.getFont(name);
        if (font.isEmbedded()) {
          fonts.add(font.getName());
        }
      }
      return fonts;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The text of the QR code found on the first page, rendered as a printer would at 200 dpi. */
  public static String qrCode(byte[] pdf) {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      BufferedImage page = new PDFRenderer(document).renderImageWithDPI(0, 200);
      BinaryBitmap bitmap =
          new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(page)));
      try {
        return new QRCodeReader()
            .decode(bitmap, Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE))
            .getText();
      } catch (NotFoundException | ChecksumException | FormatException e) {
        javax.imageio.ImageIO.write(page, "png", new java.io.File("target/unreadable-qr-page.png"));
        throw new AssertionError(
            "No readable QR code on the page (see target/unreadable-qr-page.png)", e);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
