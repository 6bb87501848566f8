package vn.motcua.testing;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven through Debian's chromedriver. Both paths are given explicitly,
 * so Selenium never tries to download a browser or a driver (this machine could not, and CI must
 * not). {@code MOTCUA_CHROMIUM} and {@code MOTCUA_CHROMEDRIVER} override the paths.
 */
public final class Browser implements AutoCloseable {

  private final ChromeDriver driver;
  private final String base;
  private final WebDriverWait wait;

  public Browser(int port) {
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(new File(path("MOTCUA_CHROMEDRIVER", "/usr/bin/chromedriver")))
            .usingAnyFreePort()
            .build();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(path("MOTCUA_CHROMIUM", "/usr/bin/chromium"));
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-quic",
        "--disable-smooth-scrolling",
        "--no-first-run",
        "--window-size=1280,900",
        "--lang=vi");
    options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, Level.ALL.getName()));
    this.driver = new ChromeDriver(service, options);
    this.base = "http://localhost:" + port;
    this.wait = new WebDriverWait(driver, Duration.ofSeconds(10));
  }

  public static boolean available() {
    return Files.isExecutable(Path.of(path("MOTCUA_CHROMIUM", "/usr/bin/chromium")))
        && Files.isExecutable(Path.of(path("MOTCUA_CHROMEDRIVER", "/usr/bin/chromedriver")));
  }

  public WebDriver driver() {
    return driver;
  }

  public void open(String path) {
    driver.get(base + path);
  }

  /**
   * The visible element; when it does not appear, the failure says where the browser was and what
   * it showed.
   */
  public WebElement find(By by) {
    try {
      return wait.until(ExpectedConditions.visibilityOfElementLocated(by));
    } catch (org.openqa.selenium.TimeoutException e) {
      String text = driver.findElement(By.tagName("body")).getText();
      throw new AssertionError(
          "No visible "
              + by
              + " on "
              + driver.getCurrentUrl()
              + ", which shows:\n"
              + text.substring(0, Math.min(text.length(), 2000)),
          e);
    }
  }

  /**
   * Clicks the element once it is clickable, scrolled to the middle of the window first as a person
   * would.
   */
  public void click(By by) {
    wait.ignoring(ElementClickInterceptedException.class)
        .until(
            page -> {
              WebElement element = page.findElement(by);
              driver.executeScript(
                  "arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", element);
              if (ExpectedConditions.elementToBeClickable(element).apply(page) == null) {
                return false;
              }
              // A badge loaded after the page (htmx) can still move the element: then try again.
              element.click();
              return true;
            });
  }

  public void type(By by, String text) {
    WebElement element = find(by);
    element.clear();
    element.sendKeys(text);
  }

  public void waitForPath(String path) {
    wait.until(ExpectedConditions.urlToBe(base + path));
  }

  /** Signs in through the sign-in page and waits for the workspace. */
  public void signIn(String username, String password) {
    open("/login");
    type(By.id("username"), username);
    type(By.id("password"), password);
    click(By.id("sign-in"));
    waitForPath("/officer");
  }

  public void signOut() {
    click(By.id("sign-out"));
    waitForPath("/login?logout");
  }

  /** Waits until the element's text contains the given text, and returns the element. */
  public WebElement waitForText(By by, String text) {
    wait.until(ExpectedConditions.textToBePresentInElementLocated(by, text));
    return find(by);
  }

  /** Messages the page logged as errors, e.g. a Content-Security-Policy violation. */
  public List<String> consoleErrors() {
    return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
        .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
        .map(LogEntry::getMessage)
        .toList();
  }

  @Override
  public void close() {
    driver.quit();
  }

  private static String path(String variable, String fallback) {
    String value = System.getenv(variable);
    return value == null || value.isBlank() ? fallback : value;
  }
}
