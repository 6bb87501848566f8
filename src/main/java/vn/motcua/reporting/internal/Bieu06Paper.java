package vn.motcua.reporting.internal;

import java.util.Map;
import org.springframework.stereotype.Component;
import vn.motcua.documents.OfficialPapers;

/**
 * Biểu 06 as a PDF paper to sign and send up: A4 landscape under the head of the agency's papers,
 * dated when made, with the columns of the page and the Excel file ({@link Bieu06Column}).
 */
@Component
class Bieu06Paper {

  private final OfficialPapers papers;

  Bieu06Paper(OfficialPapers papers) {
    this.papers = papers;
  }

  byte[] write(Bieu06Report report) {
    return papers.pdf(
        "reporting/bieu06-pdf",
        report.agency().id(),
        Map.of("report", report, "columns", Bieu06Column.ALL));
  }
}
