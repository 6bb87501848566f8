package vn.motcua.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.motcua.testing.IntegrationTest;
import vn.motcua.testing.TestHttp;

/**
 * Officers print from the dossier page, and right after accepting a dossier at the counter the
 * receipt is offered first.
 */
@IntegrationTest
class PrintButtonsIntegrationTests {

  @LocalServerPort int port;

  @Test
  void afterAcceptanceAtTheCounterTheDossierPageOffersTheReceiptToPrint() {
    TestHttp officer = new TestHttp(port);
    officer.signIn("tiepnhan", "demo");
    officer.get("/counter");

    HttpResponse<String> accepted =
        officer.postForm(
            "/counter",
            Map.of(
                "procedureCode", "1.001193",
                "channel", "IN_PERSON",
                "applicantKind", "INDIVIDUAL",
                "applicantName", "Mai Thị Xuân",
                "applicantIdNumber", "092099007777",
                "applicantPhone", "0912 777 888",
                "sets", "1",
                "feeStatus", "NONE",
                "outcome", "ACCEPT"));
    assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(302);
    String page = accepted.headers().firstValue("Location").orElseThrow();
    String code = page.substring(page.lastIndexOf('/') + 1);

    String dossierPage = officer.get("/dossiers/" + code).body();
    assertThat(dossierPage).contains("hx-get=\"/dossiers/" + code + "/documents?received=true\"");
    String buttons = officer.get("/dossiers/" + code + "/documents?received=true").body();
    assertThat(buttons)
        .contains("id=\"receipt-now\"")
        .contains("href=\"/api/v1/dossiers/" + code + "/documents/receipt\"")
        .contains("id=\"print-control-slip\"")
        .doesNotContain("id=\"print-refusal\"");
    HttpResponse<String> pdf = officer.get("/api/v1/dossiers/" + code + "/documents/receipt");
    assertThat(pdf.statusCode()).isEqualTo(200);
    assertThat(pdf.headers().firstValue("Content-Type")).contains("application/pdf");

    String later = officer.get("/dossiers/" + code).body();
    assertThat(later).contains("/documents?received=false\"");
    assertThat(officer.get("/dossiers/" + code + "/documents?received=false").body())
        .doesNotContain("id=\"receipt-now\"")
        .contains("href=\"/api/v1/dossiers/" + code + "/documents/receipt\"");
  }
}
