package org.sgnet.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.io.File;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.sgnet.SharedStore;
import org.sgnet.bundle.Bundle;
import org.sgnet.bundle.BundleReader;
import org.sgnet.bundle.Event;
import org.sgnet.bundle.Person;
import org.sgnet.demo.DemoBundle;
import org.sgnet.export.GraphSnapshot;
import org.sgnet.export.Pseudonymiser;
import org.sgnet.store.BundleImporter;
import org.sgnet.store.ImportProgress;
import org.sgnet.users.Role;
import org.sgnet.users.UserDirectory;

/**
 * The reviewer pages in a real browser (the Debian chromium, driven by Selenium), against the demo
 * in the JVM's shared store: signing in, the ecomap against the API, a finding's evidence, the
 * as-of date, exports, and an accessibility scan of every page. Screenshots are kept in {@code
 * target/screenshots}.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PagesIT implements TestPropertyProvider {

  private static final Path AXE = Path.of("src/main/web/node_modules/axe-core/axe.min.js");
  private static final String USER = "pages-analyst";
  private static final String PASSWORD = "analyst-password-123";
  private static final String REVIEWER = "reviewer";
  private static final String REVIEWER_PASSWORD = "reviewer-password-123";

  /** Keeps the text of every answer the page's scripts fetch, to check what reached the browser. */
  private static final String FETCH_HOOK =
      "window.__fetched = []; const sgnetFetch = window.fetch;"
          + " window.fetch = async (...a) => { const r = await sgnetFetch(...a);"
          + " window.__fetched.push(String(a[0]) + ' ' + await r.clone().text()); return r; };";

  @Inject UserDirectory users;
  @Inject Pseudonymiser pseudonymiser;
  @Inject EmbeddedServer server;

  private final ObjectMapper json = new ObjectMapper();
  private final HttpClient http = HttpClient.newHttpClient();
  private ChromeDriver driver;
  private Path downloads;
  private String base;
  private Bundle demo;

  @Override
  public Map<String, String> getProperties() {
    return SharedStore.contextProperties();
  }

  @BeforeAll
  void demoUsersAndBrowser() throws Exception {
    assumeTrue(Browser.installed(), "no chromium and chromedriver: the browser tests need them");
    Path dir = Files.createTempDirectory("sgnet-pages-demo");
    demo = new BundleReader().read(DemoBundle.extract(dir.resolve("demo")));
    new BundleImporter(SharedStore.clear(), 10_000).importBundle(demo, ImportProgress.NONE);
    if (users.list().stream().noneMatch(u -> u.name().equals(USER))) {
      users.add(USER, Role.ANALYST, PASSWORD.toCharArray());
    }
    if (users.list().stream().noneMatch(u -> u.name().equals(REVIEWER))) {
      users.add(REVIEWER, Role.REVIEWER, REVIEWER_PASSWORD.toCharArray());
    }
    base = server.getURL().toString();

    Path target = Path.of("target").toAbsolutePath();
    downloads = Files.createDirectories(target.resolve("browser-downloads"));
    Files.createDirectories(target.resolve("screenshots"));
    driver = Browser.start(target, downloads);
  }

  @AfterAll
  void closeBrowser() {
    if (driver != null) {
      driver.quit();
    }
  }

  @Test
  void shouldSendAnAnonymousVisitorToTheLoginFormAndBackToTheirPageOnceSignedIn() {
    driver.manage().deleteAllCookies();
    driver.get(base + "/children/child-j?asOf=2024-03-28");
    assertThat(driver.getCurrentUrl()).contains("/login?next=");
    screenshot("login");

    driver.findElement(By.id("username")).sendKeys(USER);
    driver.findElement(By.id("password")).sendKeys("not-the-password");
    driver.findElement(By.id("sign-in")).click();
    // The click returns once the form is sent; the answer (a password check takes a moment on a
    // busy machine) is the login form again, with its error.
    WebElement error =
        new WebDriverWait(driver, Duration.ofSeconds(30))
            .until(
                d ->
                    d.findElements(By.className("govuk-error-summary")).stream()
                        .findFirst()
                        .orElse(null));
    assertThat(error.getText()).contains("not right");

    driver.findElement(By.id("password")).sendKeys(PASSWORD);
    driver.findElement(By.id("sign-in")).click();
    // The login page counts as ready too: wait for the child's page before waiting for it to be.
    new WebDriverWait(driver, Duration.ofSeconds(30))
        .until(d -> d.getCurrentUrl().endsWith("/children/child-j?asOf=2024-03-28"));
    waitReady();
    assertThat(driver.findElement(By.id("child-name")).getText()).isEqualTo("Child J");

    driver.findElement(By.cssSelector("form[action='/logout'] button")).click();
    new WebDriverWait(driver, Duration.ofSeconds(10))
        .until(d -> d.getCurrentUrl().contains("/login"));
    driver.get(base + "/network");
    assertThat(driver.getCurrentUrl()).contains("/login?next=%2Fnetwork");
  }

  @Test
  void shouldDrawEveryNodeOfTheChildsNetworkOnTheEcomap() throws Exception {
    openChild("");
    JsonNode network = api("/api/children/child-j/network");
    long drawn = (Long) js("return window.sgnet.cy.nodes().length;");
    assertThat(drawn).isEqualTo(network.get("nodes").size()).isGreaterThan(20);
    assertThat(js("return window.sgnet.cy.getElementById('person:child-j').hasClass('focal');"))
        .isEqualTo(true);
    // J and S live apart without contact: their sibling line is broken and red.
    assertThat(
            js(
                "return window.sgnet.cy.edges('.contact-gap').map(e => [e.source().id(),"
                    + " e.target().id()].sort().join('|'));"))
        .asList()
        .containsExactly("person:child-j|person:child-s");
    // Placements are double lines, as in the legend and the report: Cytoscape has no 'double'
    // line style, so a white line with a blue outline on each side.
    assertThat(
            js(
                "return window.sgnet.cy.edges('[type = \"PLACED_WITH\"]').map(e =>"
                    + " e.numericStyle('line-outline-width') + ' ' + e.style('line-style'));"))
        .asList()
        .isNotEmpty()
        .allSatisfy(style -> assertThat(style).isEqualTo("2 solid"));
    // Findings most severe first.
    assertThat(
            js(
                "return [...document.querySelectorAll('#findings .sgnet-finding')].map(li =>"
                    + " ['high', 'medium', 'low'].findIndex(s =>"
                    + " li.classList.contains('sgnet-finding--' + s)));"))
        .asList()
        .isNotEmpty()
        .isSortedAccordingTo((a, b) -> Long.compare((Long) a, (Long) b));
    screenshot("child-j");
  }

  @Test
  void shouldLightUpTheEvidenceOfTheSelectedFindingAndDimTheRest() throws Exception {
    openChild("");
    JsonNode overload = finding(api("/api/findings?child=child-j"), "PROFESSIONAL_OVERLOAD");
    Set<String> expected = new TreeSet<>();
    overload.get("personIds").forEach(id -> expected.add("person:" + id.asText()));
    overload.get("childIds").forEach(id -> expected.add("person:" + id.asText()));
    overload.get("agencyIds").forEach(id -> expected.add("agency:" + id.asText()));
    List<String> nodes = strings(js("return window.sgnet.cy.nodes().map(n => n.id());"));
    expected.retainAll(nodes);
    assertThat(expected).hasSizeGreaterThan(10);

    WebElement button =
        driver.findElement(By.cssSelector("button[data-rule='PROFESSIONAL_OVERLOAD']"));
    button.click();

    assertThat(button.getAttribute("aria-pressed")).isEqualTo("true");
    assertThat(strings(js("return window.sgnet.cy.nodes('.evidence').map(n => n.id());")))
        .containsExactlyInAnyOrderElementsOf(expected);
    List<String> dimmed =
        strings(js("return window.sgnet.cy.nodes('.dimmed:childless').map(n => n.id());"));
    List<String> others = new ArrayList<>(nodes);
    others.removeAll(expected);
    others.removeIf(id -> id.startsWith("agency:"));
    assertThat(dimmed).isNotEmpty().containsExactlyInAnyOrderElementsOf(others);
    assertThat(driver.findElement(By.id("evidence-status")).getText())
        .contains("Professional overload");
    js("document.getElementById('ecomap').scrollIntoView();");
    screenshot("child-j-professional-overload");

    button.click();
    assertThat(js("return window.sgnet.cy.elements('.evidence, .dimmed').length;")).isEqualTo(0L);
  }

  @Test
  void shouldShowFewerFindingsWhenTheDateMovesBack() throws Exception {
    openChild("");
    int now = findingsShown();
    assertThat(now).isEqualTo(api("/api/findings?child=child-j").get("findings").size());

    js("document.getElementById('asOf').value = '2023-03-31';");
    driver.findElement(By.cssSelector("#asof-form button[type=submit]")).click();
    new WebDriverWait(driver, Duration.ofSeconds(30))
        .until(
            d ->
                ready()
                    && d.findElement(By.id("findings-summary")).getText().contains("2023-03-31"));

    int then = findingsShown();
    assertThat(then)
        .isLessThan(now)
        .isEqualTo(api("/api/findings?child=child-j&asOf=2023-03-31").get("findings").size());
    assertThat(driver.getCurrentUrl()).contains("asOf=2023-03-31");
    assertThat((Long) js("return window.sgnet.cy.nodes().length;"))
        .isEqualTo(api("/api/children/child-j/network?asOf=2023-03-31").get("nodes").size());
    screenshot("child-j-2023-03-31");
  }

  @Test
  void shouldShowOneTimelineLanePerAgencyWithTheSummaryOnFocus() throws Exception {
    openChild("");
    JsonNode timeline = api("/api/children/child-j/timeline");
    assertThat(driver.findElements(By.cssSelector("#timeline g[role=list]")))
        .hasSize(timeline.get("lanes").size());
    WebElement mark = driver.findElement(By.cssSelector("#timeline [data-event-id='ev-0069']"));
    js("arguments[0].focus();", mark);
    WebElement tip = driver.findElement(By.id("timeline-tip"));
    assertThat(tip.isDisplayed()).isTrue();
    assertThat(tip.getText()).startsWith("2024-01-18").contains("Request");
  }

  @Test
  @SuppressWarnings("unchecked")
  void shouldKeyTheTimelinesMarksByShapeAndColourAndShadeTheWindow() throws Exception {
    openChild("?window=30");
    JsonNode timeline = api("/api/children/child-j/timeline?window=30");
    assertThat(timeline.get("windowDays").asInt()).isEqualTo(30);
    String windowStart = timeline.get("windowStart").asText();
    String asOf = timeline.get("asOf").asText();
    js("document.getElementById('timeline-key').scrollIntoView();");
    screenshot("child-j-timeline");

    // Every kind of mark drawn: one path (shape) per kind, no two kinds alike, as the key shows.
    Map<String, Object> marks =
        (Map<String, Object>)
            js(
                "const kinds = {};"
                    + "document.querySelectorAll('#timeline .sgnet-mark').forEach(m => {"
                    + " const k = m.dataset.category;"
                    + " kinds[k] = kinds[k] || {d: [], colours: [], shapes: []};"
                    + " for (const [list, v] of [['d', m.getAttribute('d')],"
                    + "  ['colours', m.getAttribute('fill')], ['shapes', m.dataset.shape]])"
                    + "  if (!kinds[k][list].includes(v)) kinds[k][list].push(v); });"
                    + "return kinds;");
    assertThat(marks).hasSizeGreaterThanOrEqualTo(3);
    Set<String> paths = new TreeSet<>();
    Set<String> shapes = new TreeSet<>();
    marks.forEach(
        (kind, seen) -> {
          Map<String, List<String>> m = (Map<String, List<String>>) seen;
          assertThat(m.get("d")).as(kind).hasSize(1);
          assertThat(m.get("colours")).as(kind).hasSize(1);
          assertThat(m.get("shapes")).as(kind).hasSize(1);
          paths.add(m.get("d").get(0));
          shapes.add(m.get("shapes").get(0));
        });
    assertThat(paths).hasSameSizeAs(marks.keySet());
    assertThat(shapes).hasSameSizeAs(marks.keySet());

    // The key names every kind drawn in words, with the same shape and colour as its marks.
    Map<String, Object> key =
        (Map<String, Object>)
            js(
                "const key = {};"
                    + "document.querySelectorAll('#timeline-key li').forEach(li => {"
                    + " const p = li.querySelector('path');"
                    + " key[li.dataset.category] = {text: li.textContent.trim(),"
                    + "  shape: li.dataset.shape || '', d: p ? p.getAttribute('d') : '',"
                    + "  fill: p ? p.getAttribute('fill') : ''}; });"
                    + "return key;");
    assertThat(driver.findElement(By.id("timeline-key-heading")).getText()).isNotBlank();
    marks.forEach(
        (kind, seen) -> {
          Map<String, List<String>> m = (Map<String, List<String>>) seen;
          assertThat(key).as("the key lists " + kind).containsKey(kind);
          Map<String, String> item = (Map<String, String>) key.get(kind);
          assertThat(item.get("text")).as(kind).matches(".*[A-Za-z]{4,}.*");
          assertThat(item.get("shape")).isEqualTo(m.get("shapes").get(0));
          assertThat(item.get("d")).isEqualTo(m.get("d").get(0));
          assertThat(item.get("fill")).isEqualTo(m.get("colours").get(0));
        });
    assertThat(((Map<String, String>) key.get("window")).get("text"))
        .contains(windowStart)
        .contains(asOf);

    // Lane names: whole, in the page's font, inside the picture and left of the plot.
    List<String> names = new ArrayList<>();
    timeline.get("lanes").forEach(l -> names.add(l.get("agencyName").asText()));
    List<Map<String, Object>> labels =
        (List<Map<String, Object>>)
            js(
                "const svg = document.querySelector('#timeline svg').getBoundingClientRect();"
                    + "const plot = document.querySelector('#timeline .sgnet-window')"
                    + ".getBoundingClientRect().left;"
                    + "const lines = [...document.querySelectorAll('#timeline line[x1]')]"
                    + ".filter(l => l.getAttribute('y1') === l.getAttribute('y2'))"
                    + ".map(l => l.getBoundingClientRect().left);"
                    + "const font = getComputedStyle(document.querySelector('.govuk-body-s'))"
                    + ".fontFamily;"
                    + "return [...document.querySelectorAll('#timeline .sgnet-timeline__label')]"
                    + ".map(t => { const b = t.getBoundingClientRect(); return {text: t.textContent,"
                    + " titled: t.querySelector('title') !== null, left: b.left - svg.left,"
                    + " right: Math.min(plot, ...lines) - b.right,"
                    + " samefont: getComputedStyle(t).fontFamily === font}; });");
    assertThat(labels).extracting(l -> l.get("text")).containsExactlyElementsOf(names);
    assertThat(labels)
        .allSatisfy(
            l -> {
              assertThat(l.get("titled")).as(l.get("text") + " cut").isEqualTo(false);
              assertThat(((Number) l.get("left")).doubleValue()).as("left").isGreaterThan(0.0);
              assertThat(((Number) l.get("right")).doubleValue()).as("gap").isGreaterThan(0.0);
              assertThat(l.get("samefont")).as(l.get("text") + " font").isEqualTo(true);
            });

    // The band spans the window: every event in it is over the band, every earlier one left of it.
    Map<String, Object> band =
        (Map<String, Object>)
            js(
                "const r = document.querySelector('#timeline rect.sgnet-window');"
                    + "const x = r.x.baseVal.value;"
                    + "return {start: r.dataset.start, end: r.dataset.end, outside:"
                    + " [...document.querySelectorAll('#timeline .sgnet-mark')].filter(m => {"
                    + " const mx = m.transform.baseVal.consolidate().matrix.e;"
                    + " const over = mx >= x - 0.01 && mx <= x + r.width.baseVal.value + 0.01;"
                    + " return over !== (m.dataset.date >= r.dataset.start); })"
                    + ".map(m => m.dataset.eventId),"
                    + " inside: [...document.querySelectorAll('#timeline .sgnet-mark')]"
                    + ".filter(m => m.dataset.date >= r.dataset.start).length};");
    assertThat(band.get("start")).isEqualTo(windowStart);
    assertThat(band.get("end")).isEqualTo(asOf);
    assertThat(band.get("outside")).asList().isEmpty();
    assertThat((Long) band.get("inside")).isPositive();
  }

  @Test
  void shouldDownloadTheEcomapAsAPngImageAndAnSvgDrawing() throws Exception {
    openChild("");
    try (Stream<Path> old = Files.list(downloads)) {
      for (Path p : old.toList()) {
        Files.delete(p);
      }
    }
    driver.findElement(By.cssSelector("button[data-graph=ecomap][data-export=png]")).click();
    Path png = awaitDownload(".png");
    byte[] bytes = Files.readAllBytes(png);
    assertThat(bytes.length).isGreaterThan(1000);
    assertThat(java.util.Arrays.copyOf(bytes, 8))
        .containsExactly(0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A);

    driver.findElement(By.cssSelector("button[data-graph=ecomap][data-export=svg]")).click();
    String svg = Files.readString(awaitDownload(".svg"), StandardCharsets.UTF_8);
    assertThat(svg).startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\"").contains("Child J");
  }

  @Test
  void shouldListChildrenWithTheirCountsOfFindingsBySeverity() throws Exception {
    signIn();
    driver.get(base + "/");
    waitReady();
    JsonNode findings = api("/api/findings").get("findings");
    long high = 0;
    for (JsonNode f : findings) {
      if (f.get("severity").asText().equals("HIGH")
          && f.get("childIds").toString().contains("\"child-j\"")) {
        high++;
      }
    }
    WebElement row = driver.findElement(By.cssSelector("tr[data-child-id='child-j']"));
    assertThat(row.findElement(By.cssSelector("td[data-severity=HIGH]")).getText())
        .isEqualTo(Long.toString(high));
    assertThat(driver.findElements(By.cssSelector("#children-table tbody tr")))
        .hasSize(api("/api/children").get("items").size());
    screenshot("children");

    driver.get(base + "/?q=child-k");
    waitReady();
    assertThat(driver.findElements(By.cssSelector("#children-table tbody tr"))).hasSize(1);
  }

  @Test
  void shouldDrawTheAgencyNetworkDrillDownToAPairAndDrawItsPeopleWithoutTheWholeStore()
      throws Exception {
    signIn(REVIEWER, REVIEWER_PASSWORD);
    consoleErrors("earlier tests"); // read, and so cleared
    driver.get(base + "/network");
    waitReady();
    // Usable within two seconds of the navigation, as issue 20 asks of every page (measured by
    // the page itself; at 30,000 children by bench/board.sh).
    assertThat(Long.parseLong((String) js("return document.body.dataset.readyMs;")))
        .isLessThan(2000L);
    JsonNode network = api(REVIEWER, REVIEWER_PASSWORD, "/api/board/network");
    Set<String> linked = new TreeSet<>();
    int silos = 0;
    for (JsonNode l : network.get("links")) {
      linked.add(l.get("a").asText());
      linked.add(l.get("b").asText());
      silos += l.get("silo").asBoolean() ? 1 : 0;
    }
    long agencies = 0;
    for (JsonNode a : network.get("agencies")) {
      if (a.get("children").asLong() > 0 || linked.contains(a.get("id").asText())) {
        agencies++;
      }
    }
    // Agencies as nodes, every pair as an edge, the silos drawn apart and explained in the key.
    assertThat((Long) js("return window.sgnet.cy.nodes().length;")).isEqualTo(agencies);
    assertThat((Long) js("return window.sgnet.cy.edges().length;"))
        .isEqualTo(network.get("links").size());
    assertThat((Long) js("return window.sgnet.cy.edges('.silo').length;"))
        .isEqualTo(silos)
        .isPositive();
    assertThat(
            (Boolean)
                js("return window.sgnet.cy.getElementById('ag-camhs|ag-vol').hasClass('silo');"))
        .isTrue();
    assertThat(driver.findElement(By.id("network-key")).getText()).contains("silo");
    assertThat(driver.findElements(By.cssSelector("#links-table tbody tr")))
        .hasSize(network.get("links").size());
    assertThat(driver.findElements(By.cssSelector("#matrix tbody tr"))).isNotEmpty();
    screenshot("network");

    // A matrix cell drills down to the pair's children, linked by the reviewer's codes.
    driver.findElement(By.cssSelector("#matrix td[data-a='ag-camhs'][data-b='ag-vol'] a")).click();
    new WebDriverWait(driver, Duration.ofSeconds(30))
        .until(d -> ready() && !d.findElements(By.id("selection-table")).isEmpty());
    assertThat(driver.getCurrentUrl()).contains("agency=ag-camhs").contains("other=ag-vol");
    assertThat(driver.findElement(By.id("selection-count")).getText()).contains("of 4 children");
    String childJ = codes().get("child-j");
    assertThat(
            driver.findElements(By.cssSelector("#selection-table a")).stream()
                .map(a -> a.getAttribute("href"))
                .toList())
        .hasSize(4)
        .anySatisfy(href -> assertThat(href).endsWith("/children/" + slug(childJ)));

    // The pair's people, drawn under codes, professionals inside their agency.
    drawPeople();
    assertThat(peopleLabel("person:" + slug(childJ))).isEqualTo(childJ);
    assertThat((Long) js("return window.sgnet.peopleCy.nodes('[kind = \"CHILD\"]').length;"))
        .isEqualTo(4L);
    assertThat(
            (Long)
                js(
                    "return window.sgnet.peopleCy.nodes('[kind = \"PROFESSIONAL\"]')"
                        + ".filter(n => !n.data('parent')).length;"))
        .isZero();
    screenshot("network-people");

    // One agency chosen from the list of agencies, under its name.
    new Select(driver.findElement(By.id("agency"))).selectByValue("ag-camhs");
    new WebDriverWait(driver, Duration.ofSeconds(30))
        .until(
            d ->
                ready()
                    && d.findElement(By.cssSelector("#selection h3"))
                        .getText()
                        .equals("Children known to Seaborough CAMHS"));
    assertThat(driver.getCurrentUrl()).contains("agency=ag-camhs").doesNotContain("other=ag");

    // The page never downloads the store: no export was requested.
    assertThat(strings(js("return performance.getEntriesByType('resource').map(e => e.name);")))
        .anySatisfy(u -> assertThat(u).contains("/api/board/network"))
        .noneSatisfy(u -> assertThat(u).contains("/api/export"));
    assertThat(consoleErrors("/network")).isEmpty();
  }

  @Test
  void shouldSayToNarrowASelectionAboveTheCapWithoutAskingForItsPeople() throws Exception {
    // The server's cap (300) is far above the demo: the page is told a cap of 3 instead.
    Map<String, Object> hook =
        driver.executeCdpCommand(
            "Page.addScriptToEvaluateOnNewDocument",
            Map.of(
                "source",
                "const sgnetCapFetch = window.fetch; window.__asked = [];"
                    + " window.fetch = async (...a) => { window.__asked.push(String(a[0]));"
                    + " const r = await sgnetCapFetch(...a);"
                    + " if (!String(a[0]).startsWith('/api/board/network')) return r;"
                    + " const body = await r.json(); body.peopleCap = 3;"
                    + " return new Response(JSON.stringify(body),"
                    + " {status: r.status, headers: {'Content-Type': 'application/json'}}); };"));
    try {
      signIn(REVIEWER, REVIEWER_PASSWORD);
      driver.get(base + "/network?agency=ag-camhs&other=ag-vol");
      waitReady();
      assertThat(driver.findElement(By.id("selection-count")).getText()).contains("of 4 children");
      driver.findElement(By.id("draw-people")).click();
      String caption = driver.findElement(By.id("people-caption")).getText();
      assertThat(caption).contains("more than the 3 people").contains("Narrow it");
      assertThat(driver.findElement(By.id("people")).isDisplayed()).isFalse();
      assertThat(strings(js("return window.__asked;")))
          .noneSatisfy(u -> assertThat(u).contains("/api/board/people"));
    } finally {
      driver.executeCdpCommand(
          "Page.removeScriptToEvaluateOnNewDocument", Map.of("identifier", hook.get("identifier")));
    }
  }

  @Test
  void shouldShowAReviewerEveryPersonUnderOneCodeOnEveryPageAndNoNameOrCaseNote() throws Exception {
    Map<String, String> codes = codes();
    String child = codes.get("child-j");
    String worker = codes.get("p-sw-1");
    // Names that are not also someone's code (the key is shared with other tests' data).
    List<String> secrets = new ArrayList<>();
    demo.people().stream()
        .map(Person::name)
        .filter(name -> !codes.containsValue(name))
        .forEach(secrets::add);
    demo.events().stream()
        .map(Event::summary)
        .filter(summary -> summary != null && summary.length() > 20)
        .forEach(secrets::add);
    assertThat(secrets).contains("Child J", "Sam Okafor");

    Map<String, Object> hook =
        driver.executeCdpCommand(
            "Page.addScriptToEvaluateOnNewDocument", Map.of("source", FETCH_HOOK));
    Map<String, String> seen = new LinkedHashMap<>();
    List<String> errors = new ArrayList<>();
    try {
      consoleErrors("earlier tests"); // read, and so cleared
      signIn(REVIEWER, REVIEWER_PASSWORD);

      driver.get(base + "/");
      waitReady();
      assertThat(
              driver
                  .findElement(By.cssSelector("tr[data-child-id='" + slug(child) + "'] a"))
                  .getText())
          .isEqualTo(child);
      seen.put("/", everything());

      driver.get(base + "/?q=" + child.replace(' ', '+'));
      waitReady();
      assertThat(driver.findElements(By.cssSelector("#children-table tbody tr"))).hasSize(1);
      seen.put("/?q=", everything());

      driver.get(base + "/children/" + slug(child));
      waitReady();
      assertThat(driver.findElement(By.id("child-name")).getText()).isEqualTo(child);
      assertThat(label("person:" + slug(child))).isEqualTo(child);
      assertThat(label("person:" + slug(worker))).isEqualTo(worker);
      WebElement mark = driver.findElement(By.cssSelector("#timeline [data-event-id]"));
      js("arguments[0].focus();", mark);
      assertThat(driver.findElement(By.id("timeline-tip")).getText()).isNotBlank();
      driver.findElement(By.cssSelector("button[data-rule='PROFESSIONAL_OVERLOAD']")).click();
      seen.put("/children/" + slug(child), everything());

      driver.get(base + "/network?agency=ag-camhs&other=ag-vol");
      waitReady();
      // Agencies under their names here as on the child page; the pair's people under codes.
      assertThat(label("ag-camhs")).isEqualTo("Seaborough CAMHS");
      assertThat(driver.findElement(By.id("selection")).getText()).contains(child);
      drawPeople();
      assertThat(peopleLabel("person:" + slug(child))).isEqualTo(child);
      seen.put("/network", everything());
      errors.addAll(consoleErrors("the reviewer's pages"));
    } finally {
      driver.executeCdpCommand(
          "Page.removeScriptToEvaluateOnNewDocument", Map.of("identifier", hook.get("identifier")));
    }
    List<String> leaks = new ArrayList<>();
    seen.forEach(
        (page, text) ->
            secrets.stream()
                .filter(text::contains)
                .forEach(secret -> leaks.add(page + " shows " + secret)));
    assertThat(leaks).isEmpty();
    assertThat(errors).isEmpty();
    // The pages fetched what they drew: the codes are in the answers, not made up in the browser.
    assertThat(seen.get("/children/" + slug(child))).contains("/api/children/" + slug(child));
  }

  @Test
  void shouldLetAnAnalystTriageAFindingNextToItAndShowAReviewerItsStatusOnly() throws Exception {
    send(USER, PASSWORD, "/api/runs", HttpRequest.BodyPublishers.ofString("{}"), "POST");
    openChild("");
    int shown = findingsShown();
    assertThat(driver.findElements(By.cssSelector("#findings .sgnet-triage__status[data-status]")))
        .as("every finding shows its kept status")
        .hasSize(shown);

    WebElement item =
        driver.findElement(By.xpath("//li[button[@data-rule='PROFESSIONAL_OVERLOAD']]"));
    item.findElement(By.cssSelector(".sgnet-triage summary")).click();
    new Select(item.findElement(By.cssSelector("select[name=status]"))).selectByValue("DISMISSED");
    item.findElement(By.cssSelector(".sgnet-triage__form button[type=submit]")).click();
    WebElement error = item.findElement(By.cssSelector(".sgnet-triage__form .govuk-error-message"));
    assertThat(error.getText()).contains("reason");

    item.findElement(By.cssSelector("textarea[name=reason]")).sendKeys("discussed at the panel");
    item.findElement(By.cssSelector(".sgnet-triage__form button[type=submit]")).click();
    new WebDriverWait(driver, Duration.ofSeconds(30))
        .until(
            d ->
                "DISMISSED"
                    .equals(
                        item.findElement(By.cssSelector(".sgnet-triage__status"))
                            .getAttribute("data-status")));
    assertThat(item.findElement(By.cssSelector(".sgnet-triage")).getText())
        .contains("Dismissed", "by " + USER, "discussed at the panel");
    screenshot("child-j-triage");
    JsonNode kept = null;
    for (JsonNode r : api("/api/findings/records?child=child-j")) {
      if (r.get("rule").asText().equals("PROFESSIONAL_OVERLOAD")) {
        kept = r;
      }
    }
    assertThat(kept).isNotNull();
    assertThat(kept.get("status").asText()).isEqualTo("DISMISSED");
    assertThat(kept.get("reason").asText()).isEqualTo("discussed at the panel");
    assertThat(kept.get("triagedBy").asText()).isEqualTo(USER);

    // A reviewer reads the status, without the reason and without a form to change it.
    String child = codes().get("child-j");
    signIn(REVIEWER, REVIEWER_PASSWORD);
    driver.get(base + "/children/" + slug(child));
    waitReady();
    WebElement seen =
        driver.findElement(
            By.xpath(
                "//li[button[@data-rule='PROFESSIONAL_OVERLOAD']]//div[@class='sgnet-triage']"));
    assertThat(
            seen.findElement(By.cssSelector(".sgnet-triage__status")).getAttribute("data-status"))
        .isEqualTo("DISMISSED");
    assertThat(seen.getText()).doesNotContain("discussed at the panel");
    assertThat(driver.findElements(By.cssSelector(".sgnet-triage__form"))).isEmpty();
  }

  @Test
  void shouldShowAnAnalystNamesAndCaseNotes() throws Exception {
    openChild("");
    assertThat(driver.findElement(By.id("child-name")).getText()).isEqualTo("Child J");
    assertThat(label("person:p-sw-1")).isEqualTo("Sam Okafor");
    String summary =
        demo.events().stream()
            .filter(e -> e.id().equals("ev-0001"))
            .findFirst()
            .orElseThrow()
            .summary();
    assertThat(everything()).contains("Child J", "Sam Okafor", summary.substring(0, 20));
  }

  @Test
  @SuppressWarnings("unchecked")
  void shouldDrawOneLinePerThemeWithTheApisCountsAndTheSameNumbersInTheTable() throws Exception {
    signIn();
    driver.get(base + "/trend");
    waitReady();
    JsonNode trend = api("/api/trend");
    JsonNode points = trend.get("points");
    assertThat(points).hasSize(12);
    List<String> themes = new ArrayList<>();
    trend.get("themes").forEach(t -> themes.add(t.get("theme").asText()));
    Map<String, String> expected = new LinkedHashMap<>();
    for (String theme : themes) {
      List<String> values = new ArrayList<>();
      points.forEach(p -> values.add(p.get("byTheme").get(theme).asText()));
      expected.put(theme, String.join(" ", values));
    }
    Map<String, Object> drawn =
        (Map<String, Object>)
            js(
                "const lines = {};"
                    + "document.querySelectorAll('#trend-chart .sgnet-trend__line').forEach(g =>"
                    + " lines[g.dataset.theme] = g.querySelector('path').dataset.values);"
                    + "return lines;");
    assertThat(drawn).containsExactlyInAnyOrderEntriesOf(expected);
    // The lines are told apart by their dash as well as their colour, as the legend shows them.
    assertThat(
            strings(
                js(
                    "return [...document.querySelectorAll('#trend-chart .sgnet-trend__line path')]"
                        + ".map(p => p.getAttribute('stroke-dasharray') || 'solid');")))
        .doesNotHaveDuplicates();
    assertThat(driver.findElements(By.cssSelector("#trend-legend li"))).hasSize(themes.size());
    // The table holds the same numbers: a row per date, the children affected last.
    List<WebElement> rows = driver.findElements(By.cssSelector("#trend-table tbody tr"));
    assertThat(rows).hasSize(12);
    for (int i = 0; i < rows.size(); i++) {
      JsonNode p = points.get(i);
      List<String> cells = new ArrayList<>();
      cells.add(p.get("date").asText());
      themes.forEach(t -> cells.add(p.get("byTheme").get(t).asText()));
      cells.add(p.get("findings").asText());
      cells.add(p.get("childrenAffected").asText());
      assertThat(
              rows.get(i).findElements(By.cssSelector("th, td")).stream()
                  .map(WebElement::getText)
                  .toList())
          .isEqualTo(cells);
    }
    screenshot("trend");

    js("document.getElementById('from').value = '2023-01-01';");
    js("document.getElementById('to').value = '2023-12-31';");
    new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("step")))
        .selectByValue("quarter");
    driver.findElement(By.cssSelector("#trend-form button[type=submit]")).click();
    new WebDriverWait(driver, Duration.ofSeconds(60))
        .until(d -> d.getCurrentUrl().contains("step=quarter") && ready());
    assertThat(
            driver.findElements(By.cssSelector("#trend-table tbody tr")).stream()
                .map(r -> r.getAttribute("data-date"))
                .toList())
        .containsExactly("2023-03-31", "2023-06-30", "2023-09-30", "2023-12-31");
  }

  /** The codes of the demo's people, from the key the server codes them with. */
  private Map<String, String> codes() {
    List<GraphSnapshot.Node> people =
        demo.people().stream()
            .map(
                p ->
                    new GraphSnapshot.Node(
                        GraphSnapshot.NodeType.PERSON,
                        p.id(),
                        List.of(),
                        Map.of("kind", p.kind().name())))
            .toList();
    Map<String, String> byId = new HashMap<>();
    pseudonymiser.codes(people).forEach((key, code) -> byId.put(key.substring(7), code));
    return byId;
  }

  private static String slug(String code) {
    return Pseudonymiser.idFor(code);
  }

  /** Presses "Draw these people" on /network and waits for the drawing. */
  private void drawPeople() {
    driver.findElement(By.id("draw-people")).click();
    new WebDriverWait(driver, Duration.ofSeconds(30))
        .until(d -> ready() && Boolean.TRUE.equals(js("return !!window.sgnet.peopleCy;")));
  }

  private Object peopleLabel(String node) {
    return js("return window.sgnet.peopleCy.getElementById(arguments[0]).data('label');", node);
  }

  private Object label(String node) {
    return js("return window.sgnet.cy.getElementById(arguments[0]).data('label');", node);
  }

  /** All the page shows or holds: its DOM (titles, labels, tips), its graph and what it fetched. */
  private String everything() {
    return (String)
        js(
            "return document.documentElement.outerHTML"
                + " + JSON.stringify(window.sgnet && window.sgnet.cy ? window.sgnet.cy.json() : null)"
                + " + JSON.stringify(window.sgnet && window.sgnet.peopleCy"
                + " ? window.sgnet.peopleCy.json() : null)"
                + " + (window.__fetched || []).join('\\n');");
  }

  @Test
  void shouldPassAnAccessibilityScanWithoutSeriousOrCriticalViolationsOnEveryPage()
      throws Exception {
    String axe = Files.readString(AXE, StandardCharsets.UTF_8);
    driver.manage().deleteAllCookies();
    driver.get(base + "/login");
    List<String> problems = new ArrayList<>(scan(axe, "login"));
    signIn();
    for (String page : List.of("/", "/children/child-j", "/network", "/trend")) {
      driver.get(base + page);
      waitReady();
      problems.addAll(scan(axe, page));
    }
    driver.get(base + "/children/child-j");
    waitReady();
    driver.findElement(By.cssSelector("button[data-rule='COORDINATION_GAP']")).click();
    problems.addAll(scan(axe, "/children/child-j with a finding selected"));
    assertThat(problems).isEmpty();
  }

  @Test
  void shouldLogNoErrorInTheConsoleOfAnyPage() {
    // A CSP violation, a failed request the page makes or a script error all log as SEVERE.
    consoleErrors("earlier tests"); // read, and so cleared
    driver.manage().deleteAllCookies();
    driver.get(base + "/login");
    List<String> errors = new ArrayList<>(consoleErrors("/login"));
    signIn();
    for (String page : List.of("/", "/children/child-j", "/network", "/trend")) {
      driver.get(base + page);
      waitReady();
      errors.addAll(consoleErrors(page));
    }
    driver.get(base + "/children/child-j");
    waitReady();
    driver.findElement(By.cssSelector("button[data-rule='COORDINATION_GAP']")).click();
    errors.addAll(consoleErrors("/children/child-j with a finding selected"));
    assertThat(errors).isEmpty();
  }

  private List<String> consoleErrors(String page) {
    return Browser.consoleErrors(driver, page);
  }

  @Test
  void shouldLoadNothingFromOutsideTheServer() {
    driver.manage().deleteAllCookies();
    driver.get(base + "/login");
    List<String> outside = new ArrayList<>(outsideUrls());
    signIn();
    for (String page : List.of("/", "/children/child-j", "/network", "/trend")) {
      driver.get(base + page);
      waitReady();
      outside.addAll(outsideUrls());
    }
    assertThat(outside).isEmpty();
  }

  private List<String> outsideUrls() {
    String origin = base.replaceAll("/$", "");
    List<String> urls =
        strings(
            js(
                "return performance.getEntriesByType('resource').map(e => e.name)"
                    + ".concat([...document.querySelectorAll('[src],[href]')]"
                    + ".map(e => e.src || e.href));"));
    return urls.stream()
        .filter(u -> !u.startsWith(origin + "/") && !u.equals(origin))
        .filter(u -> !u.startsWith("data:") && !u.startsWith("blob:"))
        .map(u -> driver.getCurrentUrl() + " loads " + u)
        .toList();
  }

  private List<String> scan(String axe, String page) throws Exception {
    js(axe);
    Object result =
        driver.executeAsyncScript(
            "const done = arguments[arguments.length - 1];"
                + "axe.run(document, {resultTypes: ['violations']})"
                + ".then(r => done(JSON.stringify(r.violations)))"
                + ".catch(e => done(JSON.stringify([{impact: 'critical', id: 'axe-failed',"
                + " help: String(e)}])));");
    List<String> problems = new ArrayList<>();
    for (JsonNode v : json.readTree((String) result)) {
      String impact = v.path("impact").asText();
      if (impact.equals("serious") || impact.equals("critical")) {
        problems.add(page + ": " + impact + " " + v.path("id").asText() + " – " + v.path("help"));
      }
    }
    screenshot("axe-" + page.replaceAll("[^a-z0-9]+", "-"));
    return problems;
  }

  private void signIn() {
    signIn(USER, PASSWORD);
  }

  private void signIn(String user, String password) {
    Browser.signIn(driver, base, user, password);
  }

  private void openChild(String query) {
    signIn();
    driver.get(base + "/children/child-j" + query);
    waitReady();
  }

  private boolean ready() {
    return "ready".equals(js("return document.body.dataset.state;"));
  }

  private void waitReady() {
    Browser.waitReady(driver, Duration.ofSeconds(60));
  }

  private int findingsShown() {
    return Integer.parseInt(
        driver.findElement(By.id("findings-summary")).getAttribute("data-count"));
  }

  private Object js(String script, Object... args) {
    return ((JavascriptExecutor) driver).executeScript(script, args);
  }

  @SuppressWarnings("unchecked")
  private static List<String> strings(Object list) {
    return ((List<Object>) list).stream().map(String::valueOf).toList();
  }

  private JsonNode api(String path) throws Exception {
    return api(USER, PASSWORD, path);
  }

  private JsonNode api(String user, String password, String path) throws Exception {
    return send(user, password, path, HttpRequest.BodyPublishers.noBody(), "GET");
  }

  private JsonNode send(
      String user, String password, String path, HttpRequest.BodyPublisher body, String method)
      throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(base.replaceAll("/$", "") + path))
            .header(
                "Authorization",
                "Basic "
                    + Base64.getEncoder()
                        .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)))
            .header("Content-Type", "application/json")
            .method(method, body)
            .build();
    HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as(path).isEqualTo(200);
    return json.readTree(response.body());
  }

  private static JsonNode finding(JsonNode document, String rule) {
    for (JsonNode f : document.get("findings")) {
      if (f.get("rule").asText().equals(rule)) {
        return f;
      }
    }
    throw new AssertionError("no " + rule + " finding in " + document);
  }

  private Path awaitDownload(String suffix) throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    while (System.nanoTime() < deadline) {
      try (Stream<Path> files = Files.list(downloads)) {
        List<Path> done = files.filter(p -> p.toString().endsWith(suffix)).toList();
        if (!done.isEmpty() && Files.size(done.get(0)) > 0) {
          return done.get(0);
        }
      }
      Thread.sleep(200);
    }
    throw new AssertionError("no " + suffix + " file was downloaded into " + downloads);
  }

  private void screenshot(String name) {
    try {
      File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
      Files.copy(
          shot.toPath(),
          Path.of("target", "screenshots", name + ".png"),
          java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
