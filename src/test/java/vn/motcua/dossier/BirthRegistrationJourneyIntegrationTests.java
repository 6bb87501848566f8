package vn.motcua.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.motcua.testing.Browser;
import vn.motcua.testing.BrowserTest;

/**
 * A birth registration from the counter to the citizen and back, in a real browser: received at the
 * counter, forwarded by the specialist, settled by the leader, returned at the counter.
 */
@BrowserTest
class BirthRegistrationJourneyIntegrationTests {

  @LocalServerPort int port;

  Browser browser;

  @BeforeEach
  void openBrowser() {
    browser = new Browser(port);
  }

  @AfterEach
  void closeBrowser() {
    browser.close();
  }

  @Test
  void birthRegistrationIsReceivedProcessedSettledAndReturned() {
    browser.signIn("tiepnhan", "demo");
    browser.click(By.id("new-dossier"));
    browser.type(By.id("procedure-search"), "dang ky khai sinh");
    browser.click(By.xpath("//div[@id='procedure-results']//button[contains(., '1.001193')]"));
    assertThat(browser.waitForText(By.id("chosen-code"), "1.001193").getText())
        .isEqualTo("1.001193");
    assertThat(browser.find(By.id("preview-due")).getText())
        .matches("\\d{2}:\\d{2} \\d{2}/\\d{2}/\\d{4}");
    browser.type(By.id("applicantIdNumber"), "092099004567");
    browser.type(By.id("applicantName"), "Châu Thị Ngọc Diễm");
    browser.type(By.id("applicantPhone"), "0939 123 456");
    browser.type(By.id("applicantAddress"), "Khu vực Thới Thạnh, phường Thốt Nốt");
    browser.click(By.id("accept"));

    String code = browser.find(By.id("dossier-code")).getText();
    assertThat(browser.find(By.id("action-done")).getText()).contains(code);
    assertThat(browser.find(By.id("dossier-status")).getText()).isEqualTo("Đang xử lý");
    assertThat(browser.find(By.cssSelector("#receipt-now a")).getAttribute("href"))
        .as("the receipt is offered for printing at once")
        .endsWith("/api/v1/dossiers/" + code + "/documents/receipt");
    browser.signOut();

    act("chuyenvien", code, "FORWARD");
    assertThat(browser.find(By.id("step-holder")).getText()).isEqualTo("chưa có người nhận");
    browser.signOut();

    browser.signIn("lanhdao", "demo");
    browser.open("/dossiers/" + code);
    browser.click(By.id("open-RESULT_READY"));
    browser.type(By.id("resultNumber-RESULT_READY"), "31/2026/KS");
    browser.click(By.id("do-RESULT_READY"));
    assertThat(browser.waitForText(By.id("dossier-status"), "Đã xử lý xong").isDisplayed())
        .isTrue();
    browser.signOut();

    act("tiepnhan", code, "RETURN_RESULT");
    assertThat(browser.find(By.id("dossier-status")).getText()).isEqualTo("Đã trả kết quả");
    assertThat(browser.find(By.id("timeline")).getText())
        .contains("Tiếp nhận hồ sơ", "Chuyển bước tiếp", "Có kết quả", "Trả kết quả");
    assertThat(browser.consoleErrors()).isEmpty();
  }

  private void act(String username, String code, String action) {
    browser.signIn(username, "demo");
    browser.open("/dossiers/" + code);
    browser.click(By.id("open-" + action));
    browser.click(By.id("do-" + action));
    browser.find(By.id("action-done"));
  }
}
