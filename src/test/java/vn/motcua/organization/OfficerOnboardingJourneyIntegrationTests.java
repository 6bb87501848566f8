package vn.motcua.organization;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.motcua.testing.Browser;
import vn.motcua.testing.BrowserTest;

/**
 * In a real browser: the administrator creates an officer and hands over the temporary password;
 * the officer signs in, can only change the password, then signs in with the new one.
 */
@BrowserTest
class OfficerOnboardingJourneyIntegrationTests {

  @LocalServerPort int port;
  @Autowired Organization organization;

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
  void administratorCreatesAnOfficerWhoChangesTheTemporaryPasswordAtFirstSignIn() {
    String username = "moi" + DemoProvince.unique();
    String ward = String.valueOf(new DemoProvince(organization).id(DemoProvince.THOT_NOT));
    signIn("quantri", "demo");
    browser.click(By.id("nav-admin"));
    browser.waitForPath("/admin/agencies");
    assertThat(browser.find(By.id("agency-tree")).getText()).contains("UBND phường Thuận Hưng");

    browser.open("/admin/officers/new");
    browser.type(By.id("username"), username);
    browser.type(By.id("fullName"), "Đặng Thị Kim Oanh");
    new Select(browser.find(By.id("agencyId"))).selectByValue(ward);
    new Select(browser.find(By.id("grantRole-0"))).selectByValue("RECEPTION");
    new Select(browser.find(By.id("grantAgency-0"))).selectByValue(ward);
    browser.click(By.id("save-officer"));
    String temporary = browser.find(By.id("temporary-password")).getText();
    browser.click(By.id("sign-out"));
    browser.waitForPath("/login?logout");

    signIn(username, temporary);
    browser.waitForPath("/me/password");
    assertThat(browser.find(By.id("password-required")).getText())
        .isEqualTo("Bạn cần đổi mật khẩu trước khi tiếp tục làm việc.");
    browser.open("/officer");
    browser.waitForPath("/me/password");
    browser.type(By.id("currentPassword"), temporary);
    browser.type(By.id("newPassword"), "tiếp nhận hồ sơ");
    browser.type(By.id("confirmation"), "tiếp nhận hồ sơ");
    browser.click(By.id("change-password"));
    browser.waitForPath("/login?passwordChanged");

    signIn(username, "tiếp nhận hồ sơ");
    browser.waitForPath("/officer");
    assertThat(browser.find(By.id("officer-heading")).getText())
        .isEqualTo("Xin chào, Đặng Thị Kim Oanh");
    assertThat(browser.consoleErrors()).as("no script errors, no CSP violations").isEmpty();
  }

  @Test
  void agencyFormFindsAnAdministrativeUnitAsTheAdministratorTypes() {
    signIn("quantri", "demo");
    browser.open("/admin/agencies/new");

    browser.type(By.id("unitQuery"), "thoi long");

    assertThat(browser.find(By.cssSelector("#unit-options label")).getText())
        .startsWith("Phường Thới Long (31157");
    assertThat(browser.consoleErrors()).isEmpty();
  }

  private void signIn(String username, String password) {
    browser.open("/login");
    browser.type(By.id("username"), username);
    browser.type(By.id("password"), password);
    browser.click(By.id("sign-in"));
  }
}
