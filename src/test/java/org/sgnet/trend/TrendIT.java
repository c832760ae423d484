package org.sgnet.trend;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sgnet.SharedStore;
import org.sgnet.bundle.Bundle;
import org.sgnet.bundle.BundleReader;
import org.sgnet.bundle.Person;
import org.sgnet.cli.Jar;
import org.sgnet.generate.NetworkGenerator;
import org.sgnet.rules.Analysis;
import org.sgnet.rules.Analyzer;
import org.sgnet.rules.Engine;
import org.sgnet.rules.Finding;
import org.sgnet.rules.Rule;
import org.sgnet.rules.RuleOptions;
import org.sgnet.rules.Theme;
import org.sgnet.store.BundleImporter;
import org.sgnet.store.ImportProgress;
import org.sgnet.users.Role;
import org.sgnet.users.UserDirectory;

/**
 * Trends over twelve months of a generated authority (60 children, seed 17) in the JVM's shared
 * store: each point against the catalogue run as of its date, the lines moving, and the command
 * line (the packaged jar) and {@code GET /api/trend} giving the same document.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TrendIT implements TestPropertyProvider {

  private static final LocalDate FROM = LocalDate.of(2025, 1, 1);
  private static final LocalDate TO = LocalDate.of(2025, 12, 31);
  private static final String PASSWORD = "trend-password-123";

  @Inject
  @Client("/")
  HttpClient http;

  @Inject Analyzer analyzer;
  @Inject UserDirectory users;

  private final ObjectMapper json = new ObjectMapper();
  private Bundle bundle;
  private Path home;

  @Override
  public Map<String, String> getProperties() {
    return SharedStore.contextProperties();
  }

  @BeforeAll
  void generatedAuthorityAndUsers() throws Exception {
    home = Files.createTempDirectory("sgnet-trend");
    Path dir = home.resolve("generated");
    new NetworkGenerator(60, 17).generate(dir, NetworkGenerator.Progress.NONE);
    bundle = new BundleReader().read(dir);
    new BundleImporter(SharedStore.clear(), 10_000).importBundle(bundle, ImportProgress.NONE);
    for (Role role : Role.values()) {
      if (users.list().stream().noneMatch(u -> u.name().equals(user(role)))) {
        users.add(user(role), role, PASSWORD.toCharArray());
      }
    }
  }

  @Test
  void shouldCountEachMonthAsTheCatalogueRunAsOfItsLastDayFinds() {
    Trend trend =
        new Trends(analyzer).run(FROM, TO, Step.MONTH, RuleOptions.defaults(), Engine.JGRAPHT);

    assertThat(trend.points()).hasSize(12);
    for (Trend.Point point : trend.points()) {
      assertThat(point.date()).isEqualTo(point.date().withDayOfMonth(point.date().lengthOfMonth()));
      // The reference: the Cypher engine as of that date, counted here from its findings.
      Analysis expected =
          analyzer.analyse(RuleOptions.defaults().withAsOf(point.date()), Engine.CYPHER);
      Map<Rule, Integer> byRule = new LinkedHashMap<>();
      Map<Theme, Integer> byTheme = new LinkedHashMap<>();
      Map<Theme, Set<String>> childrenByTheme = new LinkedHashMap<>();
      Set<String> children = new HashSet<>();
      for (Rule rule : Rule.values()) {
        byRule.put(rule, 0);
        byTheme.put(rule.theme(), 0);
        childrenByTheme.put(rule.theme(), new HashSet<>());
      }
      for (Finding f : expected.findings()) {
        byRule.merge(f.rule(), 1, Integer::sum);
        byTheme.merge(f.rule().theme(), 1, Integer::sum);
        childrenByTheme.get(f.rule().theme()).addAll(f.childIds());
        children.addAll(f.childIds());
      }
      assertThat(point.findings())
          .as(point.date() + " findings")
          .isEqualTo(expected.findings().size());
      assertThat(point.byRule()).as(point.date() + " per rule").isEqualTo(byRule);
      assertThat(point.byTheme()).as(point.date() + " per theme").isEqualTo(byTheme);
      assertThat(point.children()).as(point.date() + " children").isEqualTo(children.size());
      childrenByTheme.forEach(
          (theme, ids) ->
              assertThat(point.childrenByTheme().get(theme))
                  .as(point.date() + " children of " + theme)
                  .isEqualTo(ids.size()));
    }
    // The lines move with the generated data: not one flat line, and not every theme flat.
    assertThat(trend.points().stream().map(Trend.Point::findings).distinct().count())
        .isGreaterThan(1);
    assertThat(trend.points().stream().map(Trend.Point::children).distinct().count())
        .isGreaterThan(1);
    long moving =
        trend.themes().stream()
            .filter(
                t -> trend.points().stream().map(p -> p.byTheme().get(t)).distinct().count() > 1)
            .count();
    assertThat(moving).isGreaterThanOrEqualTo(3);
  }

  @ParameterizedTest
  @CsvSource({
    "2025-01-01, 2025-12-31, 90",
    "2025-03-15, 2025-09-30, 30",
    "2025-06-30, 2025-06-30, 7"
  })
  void shouldFindFromTheSpansOneProjectionWhatEachStepsOwnProjectionFinds(
      LocalDate first, LocalDate last, int window) {
    Analyzer series = analyzer.spanning(first, last, window);
    for (LocalDate date : Trends.dates(first, last, Step.MONTH)) {
      RuleOptions options =
          RuleOptions.defaults().toBuilder().windowDays(window).asOf(date).build();
      // Every finding, message and person alike, not only the counts a trend keeps.
      assertThat(series.analyse(options, Engine.JGRAPHT))
          .as("as of %s", date)
          .isEqualTo(analyzer.analyse(options, Engine.JGRAPHT));
    }
  }

  @Test
  void shouldGiveTheSameDocumentOnTheCommandLineAndOverHttp() throws Exception {
    Jar.Result cli =
        cli("--from", FROM.toString(), "--to", TO.toString(), "--window", "60", "--format", "json");
    assertThat(cli.exitCode()).as(cli.err()).isZero();

    JsonNode api =
        get(Role.ANALYST, "/api/trend?from=2025-01-01&to=2025-12-31&step=month&window=60");
    assertThat(api).isEqualTo(json.readTree(cli.out()));
    assertThat(api.get("windowDays").asInt()).isEqualTo(60);
    // A store of this size takes the in-memory engine unless another is asked for.
    assertThat(api.get("engine").asText()).isEqualTo("jgrapht");
    assertThat(api.get("points")).hasSize(12);
    assertThat(api.get("points").get(11).get("date").asText()).isEqualTo("2025-12-31");
  }

  @Test
  void shouldPrintATableOfThemesByDateAndACsvOfEveryCount() throws Exception {
    Jar.Result table = cli("--from", "2025-10-01", "--to", "2025-12-31");
    assertThat(table.exitCode()).as(table.err()).isZero();
    List<String> lines = table.out().lines().toList();
    assertThat(lines.get(0)).contains("month from 2025-10-01 to 2025-12-31, window 90 days");
    assertThat(lines.get(2)).startsWith("Date").contains("Risk").endsWith("Children affected");
    assertThat(lines.subList(3, lines.size()))
        .extracting(l -> l.substring(0, 10))
        .containsExactly("2025-10-31", "2025-11-30", "2025-12-31");

    Jar.Result csv = cli("--from", "2025-12-01", "--to", "2025-12-31", "--format", "csv");
    assertThat(csv.exitCode()).as(csv.err()).isZero();
    List<String> rows = csv.out().lines().toList();
    assertThat(rows).hasSize(2);
    assertThat(rows.get(0)).startsWith("date,findings,children_affected,ASSESSMENT,");
    assertThat(rows.get(0).split(","))
        .hasSize(3 + 2 * Theme.values().length + Rule.values().size());
    Trend.Point december =
        new Trends(analyzer)
            .run(TO, TO, Step.MONTH, RuleOptions.defaults(), Engine.JGRAPHT)
            .points()
            .get(0);
    assertThat(rows.get(1))
        .startsWith("2025-12-31," + december.findings() + "," + december.children() + ",");
  }

  @Test
  void shouldExitTwoNamingTheOptionForABadSpan() throws Exception {
    Jar.Result backwards = cli("--from", "2025-12-01", "--to", "2025-01-01");
    assertThat(backwards.exitCode()).isEqualTo(2);
    assertThat(backwards.err()).contains("from: 2025-12-01 is after to: 2025-01-01");
    Jar.Result tooMany = cli("--from", "2000-01-01", "--to", "2025-01-01", "--step", "week");
    assertThat(tooMany.exitCode()).isEqualTo(2);
    assertThat(tooMany.err()).contains("more than 120 steps of a week");
    Jar.Result date = cli("--from", "2025-02-30");
    assertThat(date.exitCode()).isEqualTo(2);
    assertThat(date.err()).contains("--from: '2025-02-30' is not a date");
  }

  @Test
  void shouldRefuseAnUnknownStepBeforeOpeningTheStore() throws Exception {
    // Without --from and --to the step used to be parsed only after the store was opened.
    Path db = home.resolve("never-opened");
    Jar.Result step =
        Jar.run(home, Map.of(), "trend", "--step", "fortnight", "--db", db.toString());
    assertThat(step.exitCode()).isEqualTo(2);
    assertThat(step.err()).contains("step: unknown step 'fortnight'");
    assertThat(db).doesNotExist();
  }

  @Test
  void shouldLetEveryRoleReadTheCountsWhichNameNoPerson() throws Exception {
    Set<String> ids = new TreeSet<>();
    bundle.people().stream().map(Person::id).forEach(ids::add);
    JsonNode analyst = get(Role.ANALYST, "/api/trend?from=2025-07-01&to=2025-12-31");
    for (Role role : Role.values()) {
      HttpResponse<byte[]> r =
          http.toBlocking()
              .exchange(
                  HttpRequest.GET("/api/trend?from=2025-07-01&to=2025-12-31")
                      .basicAuth(user(role), PASSWORD),
                  byte[].class);
      String body = new String(r.body(), StandardCharsets.UTF_8);
      assertThat(json.readTree(body)).as(role.name()).isEqualTo(analyst);
      assertThat(ids).as(role.name()).noneMatch(id -> body.contains("\"" + id + "\""));
    }
    // The default: twelve months up to the latest event date.
    JsonNode defaults = get(Role.REVIEWER, "/api/trend");
    assertThat(defaults.get("points")).hasSize(12);
    assertThat(defaults.get("to").asText()).isEqualTo("2025-12-31");
    assertThat(defaults.get("from").asText()).isEqualTo("2025-01-31");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          from=2025-13-01            | parameter from: '2025-13-01' is not a date
          to=soon                    | parameter to: 'soon' is not a date
          step=year                  | step: unknown step 'year'
          window=0                   | window must be a whole number of at least 1
          window=many                | parameter window: 'many' is not a whole number
          from=2025-06-01&to=2025-01-01 | from: 2025-06-01 is after to: 2025-01-01
          from=2000-01-01&to=2025-01-01&step=day | more than 120 steps of a day
          rule=NO_SUCH_RULE          | unknown rule 'NO_SUCH_RULE'
          engine=fast                | unknown engine 'fast'
          """)
  void shouldRefuseABadParameterWithAProblemNamingIt(String query, String detail) {
    HttpClientResponseException e =
        org.assertj.core.api.Assertions.catchThrowableOfType(
            HttpClientResponseException.class,
            () ->
                http.toBlocking()
                    .exchange(
                        HttpRequest.GET("/api/trend?" + query)
                            .basicAuth(user(Role.ANALYST), PASSWORD),
                        String.class));
    assertThat(e.getStatus().getCode()).isEqualTo(400);
    assertThat(e.getResponse().getContentType().orElseThrow().toString())
        .startsWith("application/problem+json");
    assertThat(e.getResponse().getBody(String.class).orElseThrow()).contains(detail);
  }

  private Jar.Result cli(String... options) throws Exception {
    List<String> args =
        new java.util.ArrayList<>(List.of("trend", "--uri", SharedStore.get().boltUri()));
    args.addAll(List.of(options));
    return Jar.run(
        home,
        Map.of("SGNET_STORE_USERNAME", "neo4j", "SGNET_STORE_PASSWORD", SharedStore.password()),
        args.toArray(String[]::new));
  }

  private JsonNode get(Role role, String uri) throws Exception {
    byte[] body =
        http.toBlocking()
            .retrieve(HttpRequest.GET(uri).basicAuth(user(role), PASSWORD), byte[].class);
    return json.readTree(body);
  }

  private static String user(Role role) {
    return "trend-" + role.name().toLowerCase(java.util.Locale.ROOT);
  }
}
