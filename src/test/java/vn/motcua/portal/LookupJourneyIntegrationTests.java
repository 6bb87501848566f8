package vn.motcua.portal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.motcua.testing.Browser;
import vn.motcua.testing.BrowserTest;
import vn.motcua.testing.TestHttp;

/** A citizen on a phone types the code and PIN from the receipt and sees where the dossier is. */
@BrowserTest
class LookupJourneyIntegrationTests {

  @LocalServerPort int port;
  @Autowired JsonMapper json;

  Browser browser;

  @BeforeEach
  void openBrowserAsAPhone() {
    browser = new Browser(port);
    browser.driver().manage().window().setSize(new Dimension(390, 844));
  }

  @AfterEach
  void closeBrowser() {
    browser.close();
  }

  @Test
  void citizenTypesCodeAndPinFromTheReceipt() {
    JsonNode receipt =
        new PortalFixtures(new TestHttp(port), json).received("Huỳnh Văn Sơn", "son@example.vn");

    browser.open("/");
    browser.click(By.id("home-lookup"));
    browser.type(By.id("code"), receipt.get("code").asString());
    browser.type(By.id("pin"), receipt.get("lookupPin").asString());
    browser.click(By.id("lookup-submit"));

    assertThat(browser.find(By.id("dossier-code")).getText())
        .isEqualTo(receipt.get("code").asString());
    assertThat(browser.find(By.id("dossier-status")).getText())
        .contains("Hồ sơ đang được giải quyết.");
    assertThat(browser.find(By.id("dossier-applicant")).getText()).startsWith("H. V. S.");
    assertThat(browser.find(By.id("timeline")).getText()).contains("Tiếp nhận hồ sơ");
    assertThat(browser.consoleErrors()).isEmpty();
  }

  @Test
  void citizenOpensTheReceiptLinkAndRatesTheReturnedDossier() {
    PortalFixtures fixtures = new PortalFixtures(new TestHttp(port), json);
    JsonNode receipt = fixtures.received("Đàm Thị Liên", "lien@example.vn");
    String code = receipt.get("code").asString();
    fixtures.act(code, PortalFixtures.SPECIALIST, "FORWARD", 0, "");
    fixtures.act(code, PortalFixtures.LEADER, "RESULT_READY", 1, ",\"resultNumber\":\"9/2026\"");
    fixtures.act(
        code,
        PortalFixtures.RECEPTION,
        "RETURN_RESULT",
        2,
        ",\"recipient\":\"Đàm Thị Liên\",\"returnMethod\":\"AT_COUNTER\"");

    browser.open("/public/lookup?code=" + code + "&pin=" + receipt.get("lookupPin").asString());
    browser.click(By.cssSelector("label[for='time-VERY_SATISFIED']"));
    browser.click(By.cssSelector("label[for='attitude-SATISFIED']"));
    browser.click(By.cssSelector("label[for='guidance-VERY_SATISFIED']"));
    browser.type(By.id("comment"), "Nhanh, chu đáo");
    browser.click(By.id("rating-submit"));

    assertThat(browser.find(By.id("rated")).getText()).isEqualTo("Cảm ơn bạn đã đánh giá.");
    assertThat(browser.find(By.id("dossier-status")).getText()).contains("Đã trả kết quả.");
    assertThat(browser.consoleErrors()).isEmpty();
  }
}
