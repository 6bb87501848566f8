package vn.motcua.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.motcua.testing.Browser;
import vn.motcua.testing.BrowserTest;

/**
 * An administrator records a day of a notice in a real browser, within the page's security policy.
 */
@BrowserTest
class CalendarAdminJourneyIntegrationTests {

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
  void administratorRecordsADayOffAndSeesItInTheMonthGrid() {
    browser.open("/login");
    browser.type(By.id("username"), "quantri");
    browser.type(By.id("password"), "demo");
    browser.click(By.id("sign-in"));
    browser.waitForPath("/officer");

    browser.open("/admin/calendar?year=2096");
    assertThat(browser.find(By.id("calendar-heading")).getText())
        .isEqualTo("Ngày nghỉ lễ, Tết và ngày làm bù năm 2096");
    // A date field's typing order follows the browser's locale; the value itself is ISO.
    ((JavascriptExecutor) browser.driver())
        .executeScript("document.getElementById('date').value = '2096-05-03'");
    browser
        .driver()
        .findElement(By.cssSelector("#kind option[value=COMPENSATORY_DAY_OFF]"))
        .click();
    browser.type(By.id("name"), "Nghỉ bù thử nghiệm");
    browser.click(By.id("record-submit"));

    browser.waitForPath("/admin/calendar?year=2096");
    assertThat(browser.find(By.cssSelector("[role=status]")).getText())
        .isEqualTo("Đã ghi nhận ngày.");
    assertThat(browser.find(By.cssSelector("td[data-date='2096-05-03']")).getAttribute("title"))
        .isEqualTo("Nghỉ bù thử nghiệm");
    assertThat(browser.consoleErrors())
        .as("no script errors, no Content-Security-Policy violations")
        .isEmpty();
  }
}
