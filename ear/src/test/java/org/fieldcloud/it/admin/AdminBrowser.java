package org.fieldcloud.it.admin;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.fieldcloud.it.support.TestServer;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A headless Debian chromium driven by the system chromedriver. Nothing is downloaded: the driver
 * path is given, so Selenium Manager never runs. Each browser gets a fresh profile directory.
 */
final class AdminBrowser implements AutoCloseable {

  private static final Path SCREENSHOTS = Path.of("target", "screenshots");

  final ChromeDriver driver;
  final WebDriverWait wait;
  private final Path profile;

  AdminBrowser() throws IOException {
    System.setProperty("webdriver.chrome.driver", "/usr/bin/chromedriver");
    profile = Files.createTempDirectory("fieldcloud-chromium-");
    ChromeOptions options = new ChromeOptions();
    options.setBinary("/usr/bin/chromium");
    options.addArguments(
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-dev-shm-usage",
        "--window-size=1400,1000",
        "--user-data-dir=" + profile);
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile())
            .usingAnyFreePort()
            .build();
    driver = new ChromeDriver(service, options);
    wait = new WebDriverWait(driver, Duration.ofSeconds(30));
  }

  /** Opens a page of the console, e.g. {@code people.xhtml}. */
  void open(String page) {
    driver.get(TestServer.url().resolve("/admin/" + page).toString());
  }

  void logIn(String login, String password) {
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login-form:login")));
    type(By.id("login-form:login"), login);
    type(By.id("login-form:password"), password);
    driver.findElement(By.id("login-form:submit")).click();
  }

  void type(By field, String text) {
    WebElement element = wait.until(ExpectedConditions.elementToBeClickable(field));
    element.clear();
    element.sendKeys(text);
  }

  /**
   * Clicks once the element takes clicks: PrimeFaces dialogs fade in, and until they have, the
   * modal mask above the page receives the click instead.
   */
  void click(By target) {
    wait.ignoring(ElementClickInterceptedException.class)
        .until(
            d -> {
              wait.until(ExpectedConditions.elementToBeClickable(target)).click();
              return true;
            });
  }

  /**
   * Waits until a closed dialog and its modal mask have faded out: a click meanwhile lands on the
   * mask, and a dialog reopened meanwhile can be left hidden behind it.
   */
  void waitUntilNoDialog() {
    wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".ui-dialog-mask")));
    wait.until(
        ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".ui-confirm-dialog")));
  }

  /**
   * Waits until the message area shows the text; when it does not, the screenshot {@code
   * message-timeout} shows what the page said instead.
   */
  void waitForMessage(String text) {
    try {
      wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), text));
    } catch (org.openqa.selenium.TimeoutException e) {
      try {
        screenshot("message-timeout");
      } catch (IOException | RuntimeException ignored) {
        // the timeout is what matters
      }
      throw new org.openqa.selenium.TimeoutException(
          "no message '" + text + "'; the page says: " + messages(), e);
    }
  }

  String messages() {
    return driver.findElement(By.id("messages")).getText();
  }

  String sessionCookie() {
    Cookie cookie = driver.manage().getCookieNamed("JSESSIONID");
    return cookie == null ? null : cookie.getName() + "=" + cookie.getValue();
  }

  /** Saves what the browser shows as target/screenshots/{name}.png. */
  void screenshot(String name) throws IOException {
    Files.createDirectories(SCREENSHOTS);
    byte[] png = driver.getScreenshotAs(OutputType.BYTES);
    Files.write(SCREENSHOTS.resolve(name + ".png"), png);
  }

  @Override
  public void close() throws IOException {
    try {
      driver.quit();
    } finally {
      try (var files = Files.walk(profile)) {
        files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }
}
