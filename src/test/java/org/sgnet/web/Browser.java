package org.sgnet.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The headless Debian chromium the page tests and the page timings drive: how it is started, signed
 * in, waited for and asked for its console errors, kept in one place so that both use the same
 * browser.
 */
final class Browser {

  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

  private Browser() {}

  /** Whether the browser is installed: without it the browser tests are skipped. */
  static boolean installed() {
    return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
  }

  /**
   * Starts headless chromium with a fresh profile under {@code workDir}, downloads into {@code
   * downloads}, and the console kept for {@link #consoleErrors}.
   */
  static ChromeDriver start(Path workDir, Path downloads) {
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    try {
      options.addArguments(
          "--headless=new",
          "--no-sandbox",
          "--disable-gpu",
          "--disable-dev-shm-usage",
          "--disable-background-networking",
          "--disable-component-update",
          "--window-size=1400,1100",
          "--user-data-dir=" + Files.createTempDirectory(workDir, "chromium-profile"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Map<String, Object> prefs = new HashMap<>();
    prefs.put("download.default_directory", downloads.toString());
    prefs.put("download.prompt_for_download", false);
    options.setExperimentalOption("prefs", prefs);
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    options.setCapability(ChromeOptions.LOGGING_PREFS, logs);
    ChromeDriverService service =
        new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build();
    ChromeDriver driver = new ChromeDriver(service, options);
    driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
    return driver;
  }

  /** Signs in through the login form, as a person would, and waits to leave it. */
  static void signIn(ChromeDriver driver, String base, String user, String password) {
    driver.manage().deleteAllCookies();
    driver.get(base + "/login");
    driver.findElement(By.id("username")).sendKeys(user);
    driver.findElement(By.id("password")).sendKeys(password);
    driver.findElement(By.id("sign-in")).click();
    new WebDriverWait(driver, Duration.ofSeconds(30))
        .until(d -> !d.getCurrentUrl().contains("/login"));
  }

  /** Waits until the page's script says it is drawn; fails at once when it says it failed. */
  static void waitReady(ChromeDriver driver, Duration timeout) {
    new WebDriverWait(driver, timeout, Duration.ofMillis(20))
        .until(
            d -> {
              Object state = driver.executeScript("return document.body.dataset.state;");
              if ("error".equals(state)) {
                throw new AssertionError("the page failed: " + d.getCurrentUrl());
              }
              return "ready".equals(state);
            });
  }

  /**
   * The console's errors since it was last read (reading clears it), each prefixed with {@code
   * page}: a CSP violation, a failed request or a script error all log as SEVERE.
   */
  static List<String> consoleErrors(ChromeDriver driver, String page) {
    return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
        .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
        .map(e -> page + ": " + e.getMessage())
        .toList();
  }
}
