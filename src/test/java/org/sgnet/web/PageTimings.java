package org.sgnet.web;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.apache.commons.io.FileUtils;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Times the pages a reviewer or an analyst uses in a real browser against a served store (issue 20,
 * item 5: every page within 2 s of a warm server): the children list (first page, a search, the
 * next page), a child's page, the board view and its drill-down to one agency. Each page is opened
 * once untimed, then {@link #ROUNDS} times; a visit's time is the page's own {@code data-ready-ms}:
 * from the start of the navigation until its script has drawn it. The children list also gives the
 * moment its rows are drawn, before their counts of findings.
 *
 * <p>Run by {@code PageTimingsIT} at a size CI affords, and by {@code bench/pages.sh} at M through
 * {@link #main}.
 */
final class PageTimings {

  /** What issue 20 allows a page, from navigation to drawn. */
  static final long LIMIT_MS = 2000;

  static final int ROUNDS = 5;

  private static final Duration PAGE_TIMEOUT = Duration.ofSeconds(120);

  private final ChromeDriver driver;
  private final String base;
  private final List<String> consoleErrors = new ArrayList<>();
  private final List<Timing> timings = new ArrayList<>();
  private final Consumer<Timing> onTimed;

  /** Times the pages of the server at {@code base}; {@code onTimed} hears of each page timed. */
  PageTimings(ChromeDriver driver, String base, Consumer<Timing> onTimed) {
    this.driver = driver;
    this.base = base.replaceAll("/$", "");
    this.onTimed = onTimed;
  }

  /** One page's timed visits, in milliseconds. */
  record Timing(String user, String page, List<Long> millis) {

    long median() {
      List<Long> sorted = millis.stream().sorted().toList();
      int n = sorted.size();
      return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    long min() {
      return millis.stream().min(Comparator.naturalOrder()).orElseThrow();
    }

    long max() {
      return millis.stream().max(Comparator.naturalOrder()).orElseThrow();
    }
  }

  /** Every page timed so far, including those of a {@link #time} that failed part way. */
  List<Timing> timings() {
    return List.copyOf(timings);
  }

  /** The console errors every visit so far logged, each prefixed with the page. */
  List<String> consoleErrors() {
    return List.copyOf(consoleErrors);
  }

  /**
   * Signs in as {@code user} and times every page as that user sees it. The search, the child and
   * the agency are taken from what the pages themselves show, so any store will do. Each page's
   * timing is kept as soon as it is measured ({@link #timings}).
   */
  void time(String user, String password) {
    Browser.signIn(driver, base, user, password);
    Browser.consoleErrors(driver, "sign-in"); // read, and so cleared

    children(user, "children list, first page", "/");
    List<WebElement> rows = driver.findElements(By.cssSelector("#children-table tbody tr"));
    if (rows.isEmpty()) {
      throw new AssertionError("the children list shows no child");
    }
    String last = rows.get(rows.size() - 1).getAttribute("data-child-id");
    String child = busiest(rows);
    String next =
        driver.findElements(By.cssSelector("#children-pages a[rel=next]")).stream()
            .map(a -> a.getAttribute("href").substring(base.length()))
            .findFirst()
            .orElseThrow(() -> new AssertionError("the children list has a single page"));

    children(
        user,
        "children list, a search by id",
        "/?q=" + URLEncoder.encode(last, StandardCharsets.UTF_8));
    if (driver.findElements(By.cssSelector("#children-table tbody tr")).isEmpty()) {
      throw new AssertionError("a search by a listed child's id found nothing");
    }
    children(user, "children list, next page", next);

    timing(
        user,
        "a child's page (ecomap, findings, timeline)",
        "/children/" + URLEncoder.encode(child, StandardCharsets.UTF_8),
        "readyMs",
        () -> driver.findElements(By.cssSelector("#ecomap canvas")).isEmpty());

    timing(user, "board view `/network`", "/network", "readyMs", () -> false);
    String agency = biggestAgency();
    timing(
        user,
        "board view, one agency's children",
        "/network?agency=" + URLEncoder.encode(agency, StandardCharsets.UTF_8),
        "readyMs",
        () -> driver.findElements(By.id("selection-table")).isEmpty());
  }

  /** The children list's two moments: its rows drawn, and their counts of findings filled in. */
  private void children(String user, String page, String path) {
    List<Long> listed = new ArrayList<>();
    List<Long> counted = new ArrayList<>();
    for (int round = 0; round <= ROUNDS; round++) {
      long[] ms = visit(page, path, () -> false, "listedMs", "readyMs");
      if (round > 0) {
        listed.add(ms[0]);
        counted.add(ms[1]);
      }
    }
    timed(new Timing(user, page + ": rows", listed));
    timed(new Timing(user, page + ": rows and counts of findings", counted));
  }

  private void timing(String user, String page, String path, String marker, BooleanSupplier bad) {
    List<Long> ms = new ArrayList<>();
    for (int round = 0; round <= ROUNDS; round++) {
      long[] one = visit(page, path, bad, marker);
      if (round > 0) {
        ms.add(one[0]);
      }
    }
    timed(new Timing(user, page, ms));
  }

  private void timed(Timing timing) {
    timings.add(timing);
    onTimed.accept(timing);
  }

  /** Opens the page, waits until it is drawn and returns the markers' milliseconds. */
  private long[] visit(String page, String path, BooleanSupplier missing, String... markers) {
    driver.get(base + path);
    Browser.waitReady(driver, PAGE_TIMEOUT);
    if (missing.getAsBoolean()) {
      throw new AssertionError(page + " is ready without its content: " + path);
    }
    consoleErrors.addAll(Browser.consoleErrors(driver, page));
    long[] ms = new long[markers.length];
    for (int i = 0; i < markers.length; i++) {
      Object value =
          driver.executeScript("return document.body.dataset[arguments[0]];", markers[i]);
      if (value == null) {
        throw new AssertionError(page + " set no data-" + markers[i] + ": " + path);
      }
      ms[i] = Long.parseLong((String) value);
    }
    return ms;
  }

  /** The listed child with the most findings: the heaviest child's page among those shown. */
  private static String busiest(List<WebElement> rows) {
    String busiest = null;
    long most = -1;
    for (WebElement row : rows) {
      long findings = 0;
      for (WebElement cell : row.findElements(By.cssSelector("td[data-severity]"))) {
        findings += cell.getText().isBlank() ? 0 : Long.parseLong(cell.getText().strip());
      }
      if (findings > most) {
        most = findings;
        busiest = row.getAttribute("data-child-id");
      }
    }
    return busiest;
  }

  /** The agency with the most children, from the board view's list of agencies. */
  private String biggestAgency() {
    String biggest = null;
    long most = -1;
    for (WebElement option : driver.findElements(By.cssSelector("#agency option[value]"))) {
      String text = option.getAttribute("textContent");
      int open = text.lastIndexOf('(');
      if (option.getAttribute("value").isEmpty() || open < 0) {
        continue;
      }
      long children = Long.parseLong(text.substring(open + 1, text.length() - 1));
      if (children > most) {
        most = children;
        biggest = option.getAttribute("value");
      }
    }
    if (biggest == null) {
      throw new AssertionError("the board view lists no agency");
    }
    return biggest;
  }

  /** The timings as a markdown table, with the machine's load average now. */
  static String table(List<Timing> timings) {
    StringBuilder out = new StringBuilder();
    out.append(
            String.format(
                Locale.ROOT,
                "| page | user | median of %d warm visits | range | within %.0f s |%n",
                ROUNDS,
                LIMIT_MS / 1000.0))
        .append("|---|---|---:|---:|---|\n");
    for (Timing t : timings) {
      out.append(
          String.format(
              Locale.ROOT,
              "| %s | %s | %.2f s | %.2f–%.2f s | %s |%n",
              t.page(),
              t.user(),
              t.median() / 1000.0,
              t.min() / 1000.0,
              t.max() / 1000.0,
              t.median() <= LIMIT_MS ? "yes" : "**no**"));
    }
    return out.toString();
  }

  /** The machine's one-minute load average and its cores, to print beside the timings. */
  static String load() {
    try {
      String avg = Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
      return "load average " + avg + " on " + Runtime.getRuntime().availableProcessors() + " cores";
    } catch (IOException e) {
      return "load average unknown";
    }
  }

  /**
   * {@code PageTimings URL USER...}: times the pages for each user (one password for all, read from
   * standard input), prints the table and exits 1 when a median is over the limit or a page logged
   * a console error.
   */
  public static void main(String[] args) throws IOException {
    if (args.length < 2) {
      System.err.println("usage: PageTimings URL USER... < password");
      System.exit(2);
    }
    String password;
    try (BufferedReader in =
        new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))) {
      password = in.readLine();
    }
    if (password == null || password.isBlank()) {
      System.err.println("no password on standard input");
      System.exit(2);
    }
    Path work = Files.createTempDirectory("sgnet-page-timings");
    String before = load();
    ChromeDriver driver = Browser.start(work, work);
    // Each page as it is timed, on standard error, in case the run is stopped part way.
    PageTimings pages = new PageTimings(driver, args[0], t -> System.err.print(table(List.of(t))));
    String failed = null;
    try {
      for (int i = 1; i < args.length; i++) {
        pages.time(args[i], password.strip());
      }
    } catch (RuntimeException | AssertionError e) {
      // What was timed before is still worth printing; the failure is reported below it.
      failed = e.getClass().getSimpleName() + ": " + e.getMessage();
    } finally {
      driver.quit();
      FileUtils.deleteQuietly(work.toFile());
    }
    System.out.println(
        "Headless chromium, "
            + ROUNDS
            + " warm visits per page after one untimed; "
            + before
            + " before, "
            + load()
            + " after.");
    System.out.println();
    List<Timing> timings = pages.timings();
    System.out.print(table(timings));
    pages.consoleErrors().forEach(e -> System.out.println("console error: " + e));
    if (failed != null) {
      System.out.println("failed: " + failed);
    }
    boolean slow = timings.stream().anyMatch(t -> t.median() > LIMIT_MS);
    System.exit(slow || failed != null || !pages.consoleErrors().isEmpty() ? 1 : 0);
  }
}
