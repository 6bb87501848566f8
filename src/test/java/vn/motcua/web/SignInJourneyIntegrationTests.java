package vn.motcua.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.motcua.testing.Browser;
import vn.motcua.testing.BrowserTest;

/** An officer's first journey in a real browser: home page, sign in, start page, sign out. */
@BrowserTest
class SignInJourneyIntegrationTests {

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
  void officerSignsInSeesTheStartPageAndSignsOut() {
    browser.open("/");
    assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("Hệ thống một cửa điện tử");

    browser.click(By.id("home-sign-in"));
    browser.type(By.id("username"), "lanhdao");
    browser.type(By.id("password"), "demo");
    browser.click(By.id("sign-in"));

    browser.waitForPath("/officer");
    assertThat(browser.find(By.id("officer-heading")).getText())
        .isEqualTo("Xin chào, Lê Minh Tuấn");
    assertThat(browser.find(By.id("signed-in-as")).getText()).isEqualTo("Lê Minh Tuấn");

    browser.click(By.id("sign-out"));
    browser.waitForPath("/login?logout");
    assertThat(browser.find(By.cssSelector("[role=status]")).getText())
        .isEqualTo("Bạn đã đăng xuất.");
    browser.open("/officer");
    browser.waitForPath("/login");
    assertThat(browser.consoleErrors())
        .as("no script errors, no Content-Security-Policy violations")
        .isEmpty();
  }

  @Test
  void visitorSwitchesToEnglishAndBack() {
    browser.open("/");
    browser.click(By.linkText("English"));
    assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("Electronic one-stop shop");
    browser.open("/login");
    assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("Staff sign-in");

    browser.click(By.linkText("Tiếng Việt"));
    assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("Đăng nhập dành cho cán bộ");
    assertThat(browser.consoleErrors()).isEmpty();
  }
}
