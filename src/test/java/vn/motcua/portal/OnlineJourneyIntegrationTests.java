package vn.motcua.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.motcua.testing.Browser;
import vn.motcua.testing.BrowserTest;

/**
 * A citizen submits a birth registration online from a phone, the reception officer accepts it, and
 * the citizen follows it with the code and PIN of the confirmation.
 */
@BrowserTest
class OnlineJourneyIntegrationTests {

  @LocalServerPort int port;
  @TempDir Path files;

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
  void submitOnlineThenOfficerAcceptsThenCitizenLooksItUp() throws Exception {
    String[] submitted = submitFromAPhone("Kiều Văn Thành", "092099007777", "0912 000 777");
    String code = submitted[0];

    browser.signIn("tiepnhan", "demo");
    browser.open("/dossiers/" + code);
    browser.click(By.id("open-ACCEPT"));
    browser.click(By.id("do-ACCEPT"));
    browser.find(By.id("action-done"));
    browser.signOut();

    browser.open("/public/lookup");
    browser.type(By.id("code"), code);
    browser.type(By.id("pin"), submitted[1]);
    browser.click(By.id("lookup-submit"));
    assertThat(browser.find(By.id("dossier-status")).getText())
        .contains("Hồ sơ đang được giải quyết.");
    assertThat(browser.find(By.id("timeline")).getText())
        .contains("Nộp hồ sơ trực tuyến")
        .contains("Tiếp nhận hồ sơ nộp trực tuyến");
    assertThat(browser.find(By.id("dossier-due")).getText()).isNotBlank();
  }

  @Test
  void officerAsksForASupplementAndTheCitizenAddsItOnline() throws Exception {
    String[] submitted = submitFromAPhone("Kiều Thị Bổ", "092099008888", "0912 000 888");
    String code = submitted[0];
    browser.signIn("tiepnhan", "demo");
    browser.open("/dossiers/" + code);
    browser.click(By.id("open-REQUEST_SUPPLEMENT"));
    browser.type(By.id("items-REQUEST_SUPPLEMENT"), "Bản sao giấy chứng sinh");
    browser.type(By.id("note-REQUEST_SUPPLEMENT"), "Thiếu giấy chứng sinh");
    browser.click(By.id("do-REQUEST_SUPPLEMENT"));
    browser.find(By.id("action-done"));
    browser.signOut();

    browser.driver().manage().window().setSize(new Dimension(390, 844));
    browser.open(
        "/public/lookup?code="
            + URLEncoder.encode(code, StandardCharsets.UTF_8)
            + "&pin="
            + submitted[1]);
    assertThat(browser.find(By.id("supplement-items")).getText())
        .contains("Bản sao giấy chứng sinh");
    Path certificate =
        Files.writeString(files.resolve("giay-chung-sinh.pdf"), "%PDF-1.7\n%chung sinh\n");
    browser.find(By.id("file-1")).sendKeys(certificate.toString());
    browser.type(By.id("note"), "Đã bổ sung giấy chứng sinh");
    browser.click(By.id("supplement-submit"));
    assertThat(browser.find(By.id("supplemented")).isDisplayed()).isTrue();
    assertThat(browser.consoleErrors()).isEmpty();

    browser.driver().manage().window().setSize(new Dimension(1280, 900));
    browser.signIn("tiepnhan", "demo");
    browser.open("/dossiers/" + code);
    assertThat(browser.find(By.id("open-ACCEPT")).isDisplayed())
        .as("back in the reception queue of the officer who asked")
        .isTrue();
  }

  /** Submits a birth registration online from a phone-sized window: the code and the PIN. */
  private String[] submitFromAPhone(String name, String idNumber, String phone) throws Exception {
    Path declaration = Files.writeString(files.resolve("to-khai.pdf"), "%PDF-1.7\n%to khai\n");
    browser.driver().manage().window().setSize(new Dimension(390, 844));
    browser.open("/public/submit");
    new org.openqa.selenium.support.ui.Select(browser.find(By.id("agency")))
        .selectByVisibleText("UBND phường Thốt Nốt");
    browser.click(By.id("agency-submit"));
    browser.click(By.partialLinkText("Thủ tục đăng ký khai sinh"));
    browser.type(By.id("name"), name);
    browser.type(By.id("idNumber"), idNumber);
    browser.type(By.id("phone"), phone);
    browser.find(By.id("file-1")).sendKeys(declaration.toString());
    browser.click(By.id("declaration"));
    browser.click(By.id("submit-dossier"));
    String code = browser.find(By.id("submitted-code")).getText();
    String pin = browser.find(By.id("submitted-pin")).getText();
    assertThat(browser.consoleErrors()).isEmpty();
    browser.driver().manage().window().setSize(new Dimension(1280, 900));
    return new String[] {code, pin};
  }
}
