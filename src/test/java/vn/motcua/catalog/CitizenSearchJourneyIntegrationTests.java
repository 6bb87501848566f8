package vn.motcua.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.motcua.testing.Browser;
import vn.motcua.testing.BrowserTest;

/** A citizen on a phone finds a procedure without typing diacritics and reads its page. */
@BrowserTest
class CitizenSearchJourneyIntegrationTests {

  @LocalServerPort int port;

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
  void citizenSearchesWithoutDiacriticsAndOpensTheProcedure() {
    browser.open("/");
    browser.click(By.id("home-catalog"));
    browser.type(By.id("q"), "xac nhan tinh trang hon nhan");
    browser.click(By.id("search-submit"));

    assertThat(browser.find(By.id("result-count")).getText()).isEqualTo("Tìm thấy 1 thủ tục");
    assertThat(fitsTheScreen()).as("no sideways scrolling on a phone").isTrue();
    browser.click(By.linkText("Thủ tục cấp Giấy xác nhận tình trạng hôn nhân"));

    assertThat(browser.find(By.id("procedure-name")).getText())
        .isEqualTo("Thủ tục cấp Giấy xác nhận tình trạng hôn nhân");
    assertThat(browser.find(By.id("procedure-code")).getText()).isEqualTo("1.004873");
    assertThat(browser.find(By.id("channels")).getText()).contains("3 ngày làm việc");
    assertThat(browser.find(By.id("offering")).getText()).contains("UBND phường Thốt Nốt");
    assertThat(browser.driver().findElements(By.cssSelector("table.components tbody tr")))
        .isNotEmpty();
    assertThat(browser.consoleErrors())
        .as("no script errors, no Content-Security-Policy violations")
        .isEmpty();
  }

  private boolean fitsTheScreen() {
    Object fits =
        ((JavascriptExecutor) browser.driver())
            .executeScript(
                "return document.documentElement.scrollWidth"
                    + " <= document.documentElement.clientWidth;");
    return Boolean.TRUE.equals(fits);
  }
}
