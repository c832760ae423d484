package org.sgnet.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.sgnet.SharedStore;
import org.sgnet.app.ServerFiles;
import org.sgnet.bundle.BundleReader;
import org.sgnet.demo.DemoBundle;
import org.sgnet.export.GraphSnapshotReader;
import org.sgnet.network.CountsReader;
import org.sgnet.store.BundleImporter;
import org.sgnet.store.PausedProgress;
import org.sgnet.users.Role;

/** The read, export, import and correction endpoints against the demo. */
@MicronautTest
@SuppressWarnings("unchecked")
class ApiIT extends ApiTestSupport {

  @Inject
  @Client("/")
  HttpClient http;

  @Inject ServerFiles files;

  @Inject BundleImporter importer;

  private Map<String, Object> getJson(Role role, String uri) {
    return http.toBlocking()
        .retrieve(as(role, HttpRequest.GET(uri)), Argument.mapOf(String.class, Object.class));
  }

  @Test
  void shouldSearchAndPageChildrenAndFilterThemByAgency() {
    Map<String, Object> all = getJson(Role.ANALYST, "/api/children?size=2");
    assertThat(all.get("total")).isEqualTo(6);
    assertThat((List<Object>) all.get("items")).hasSize(2);

    Map<String, Object> byName = getJson(Role.ANALYST, "/api/children?q=child%20j");
    assertThat((List<Object>) byName.get("items"))
        .singleElement()
        .satisfies(c -> assertThat(((Map<?, ?>) c).get("id")).isEqualTo("child-j"));

    Map<String, Object> known = getJson(Role.ANALYST, "/api/children?agency=ag-yjs");
    assertThat(
            ((List<Object>) known.get("items"))
                .stream().map(c -> String.valueOf(((Map<?, ?>) c).get("id"))))
        .contains("child-j");
  }

  @Test
  void shouldGiveAChildsTimelineInOneLanePerAgencyUpToTheDate() {
    Map<String, Object> timeline =
        getJson(Role.ANALYST, "/api/children/child-j/timeline?asOf=2023-06-30");

    List<Object> lanes = (List<Object>) timeline.get("lanes");
    assertThat(lanes).isNotEmpty();
    for (Object lane : lanes) {
      for (Object e : (List<Object>) ((Map<?, ?>) lane).get("events")) {
        assertThat(((Map<?, ?>) e).get("date").toString()).isLessThanOrEqualTo("2023-06-30");
      }
    }
    assertThat(lanes.stream().map(l -> String.valueOf(((Map<?, ?>) l).get("agencyId"))))
        .contains("ag-police");
    // The window ending on the date, for the page to shade: the configured one unless asked.
    assertThat(timeline.get("windowDays")).isEqualTo(90);
    assertThat(timeline.get("windowStart")).isEqualTo("2023-04-02");
    Map<String, Object> month =
        getJson(Role.ANALYST, "/api/children/child-j/timeline?asOf=2023-06-30&window=30");
    assertThat(month.get("windowStart")).isEqualTo("2023-06-01");
    assertThat(month.get("lanes")).isEqualTo(lanes);
    HttpClientResponseException none =
        catchThrowableOfType(
            HttpClientResponseException.class,
            () -> getJson(Role.ANALYST, "/api/children/child-j/timeline?window=0"));
    assertThat(none.getStatus().getCode()).isEqualTo(400);
    assertThat(none.getResponse().getBody(String.class).orElse("")).contains("window");
  }

  @Test
  void shouldShowWhichAgenciesShareChildrenAndHowOftenTheyMet() {
    Map<String, Object> matrix = getJson(Role.ANALYST, "/api/board/matrix?window=90");

    assertThat(matrix.get("asOf")).isEqualTo("2024-03-28");
    List<Map<String, Object>> cells = (List<Map<String, Object>>) matrix.get("cells");
    // The demo's silo: CAMHS and the voluntary project share four children and never met.
    assertThat(cells)
        .filteredOn(c -> c.get("a").equals("ag-camhs") && c.get("b").equals("ag-vol"))
        .singleElement()
        .satisfies(
            c -> {
              assertThat((List<Object>) c.get("sharedChildren"))
                  .containsExactly("child-j", "child-k", "child-l", "child-m");
              assertThat(c.get("coordinationEvents")).isEqualTo(0);
            });
    assertThat(cells)
        .anySatisfy(c -> assertThat((Integer) c.get("coordinationEvents")).isPositive());
    // A reviewer, who may not read person records, gets the same cells with the children coded.
    Map<String, Object> coded = getJson(Role.REVIEWER, "/api/board/matrix?window=90");
    assertThat((List<Map<String, Object>>) coded.get("cells"))
        .filteredOn(c -> c.get("a").equals("ag-camhs") && c.get("b").equals("ag-vol"))
        .singleElement()
        .satisfies(
            c ->
                assertThat((List<String>) c.get("sharedChildren"))
                    .hasSize(4)
                    .allSatisfy(id -> assertThat(id).matches("child-[a-z]+"))
                    .doesNotContain("child-j", "child-k", "child-l", "child-m"));
  }

  @Test
  void shouldGiveTheMetricsBehindTheCoordinationGapFinding() {
    Map<String, Object> metrics = getJson(Role.ANALYST, "/api/children/child-j/metrics");
    Map<String, Object> findings =
        getJson(Role.ANALYST, "/api/findings?child=child-j&rule=COORDINATION_GAP");

    assertThat((List<Object>) metrics.get("professionals")).hasSize(12);
    assertThat((List<Object>) metrics.get("agencies")).hasSize(8);
    Map<String, Object> gap = ((List<Map<String, Object>>) findings.get("findings")).get(0);
    assertThat(metrics.get("components"))
        .isEqualTo(((Map<String, Object>) gap.get("details")).get("components"));
    assertThat((Map<String, Object>) metrics.get("betweenness")).hasSize(12);
  }

  @Test
  void shouldReachFurtherWithDepthTwo() {
    List<Object> one =
        (List<Object>) getJson(Role.TOOL, "/api/children/child-j/network?depth=1").get("nodes");
    List<Object> two =
        (List<Object>) getJson(Role.TOOL, "/api/children/child-j/network?depth=2").get("nodes");

    assertThat(two.size()).isGreaterThan(one.size());
    assertThat(two).containsAll(one);
  }

  @Test
  void shouldPseudonymiseEveryNameForAReviewerAndRefuseThemIdentifiableData() {
    String body =
        http.toBlocking()
            .retrieve(
                as(Role.REVIEWER, HttpRequest.GET("/api/export?format=json&pseudonymise=true")),
                String.class);

    assertThat(body).contains("\"Child A\"").contains("\"Professional 1\"");
    GraphSnapshotReader reader = new GraphSnapshotReader(SharedStore.get());
    reader.snapshot().nodes().stream()
        .map(n -> (String) n.properties().get("name"))
        .filter(name -> name != null)
        .forEach(name -> assertThat(body).doesNotContain("\"" + name + "\""));
    assertThat(body).doesNotContain("birthDate").doesNotContain("\"summary\"");
    assertThat(files.resolve("pseudonym-key")).exists();
    assertThat(body).doesNotContain("pseudonym-key");

    HttpClientResponseException refused =
        catchThrowableOfType(
            HttpClientResponseException.class,
            () ->
                http.toBlocking()
                    .retrieve(
                        as(Role.REVIEWER, HttpRequest.GET("/api/export?format=json")),
                        String.class));
    assertThat(refused.getStatus().getCode()).isEqualTo(403);
  }

  @Test
  void shouldGiveTheSameCodesInEveryPseudonymisedExport() {
    String first =
        http.toBlocking()
            .retrieve(
                as(
                    Role.TOOL,
                    HttpRequest.GET("/api/export?format=json&pseudonymise=true&child=child-s")),
                String.class);
    String whole =
        http.toBlocking()
            .retrieve(
                as(Role.TOOL, HttpRequest.GET("/api/export?format=json&pseudonymise=true")),
                String.class);
    String again =
        http.toBlocking()
            .retrieve(
                as(
                    Role.TOOL,
                    HttpRequest.GET("/api/export?format=json&pseudonymise=true&child=child-s")),
                String.class);

    assertThat(again).isEqualTo(first);
    assertThat(whole)
        .contains(first.substring(first.indexOf("\"Child"), first.indexOf("\"Child") + 9));
  }

  @Test
  void shouldExportOneChildsPartOfTheNetwork() {
    String child =
        http.toBlocking()
            .retrieve(
                as(Role.ANALYST, HttpRequest.GET("/api/export?format=json&child=child-s")),
                String.class);
    String whole =
        http.toBlocking()
            .retrieve(as(Role.ANALYST, HttpRequest.GET("/api/export?format=json")), String.class);

    assertThat(child).contains("\"person:child-s\"").contains("\"Child S\"");
    assertThat(child.length()).isLessThan(whole.length());
  }

  @Test
  void shouldRejectAnInvalidBundleWithEveryErrorAndChangeNothing() throws Exception {
    Path dir = Files.createTempDirectory("bad");
    DemoBundle.extract(dir.resolve("b"));
    Path people = dir.resolve("b/people.csv");
    Files.writeString(
        people, Files.readString(people).replaceFirst(",CHILD,", ",KID,"), StandardCharsets.UTF_8);
    String before = snapshotJson();

    HttpClientResponseException e =
        catchThrowableOfType(
            HttpClientResponseException.class,
            () -> upload(http, Role.ADMIN, zip(dir.resolve("b"))));

    assertThat(e.getStatus().getCode()).isEqualTo(400);
    assertThat(e.getResponse().getBody(String.class).orElse(""))
        .contains("people.csv:2: column kind:");
    assertThat(snapshotJson()).isEqualTo(before);
    HttpClientResponseException forbidden =
        catchThrowableOfType(
            HttpClientResponseException.class,
            () -> upload(http, Role.ANALYST, zip(dir.resolve("b"))));
    assertThat(forbidden.getStatus().getCode()).isEqualTo(403);
  }

  @Test
  void shouldImportAValidBundleAgainWithoutChangingCounts() throws Exception {
    Path dir = Files.createTempDirectory("good");
    Map<String, Long> before = new CountsReader(SharedStore.get()).counts();

    HttpResponse<Map<String, Object>> response =
        upload(http, Role.ADMIN, zip(DemoBundle.extract(dir.resolve("b"))));

    assertThat(response.code()).isEqualTo(200);
    assertThat(response.body()).containsEntry("nodesCreated", 0);
    assertThat(new CountsReader(SharedStore.get()).counts()).isEqualTo(before);
  }

  @Test
  void shouldRefuseAnImportOrACorrectionWithAConflictWhileAnImportIsRunning() throws Exception {
    Path dir = Files.createTempDirectory("busy");
    Path bundle = DemoBundle.extract(dir.resolve("b"));
    PausedProgress running = new PausedProgress();
    ExecutorService thread = Executors.newSingleThreadExecutor();
    try {
      Future<?> first =
          thread.submit(() -> importer.importBundle(new BundleReader().read(bundle), running));
      assertThat(running.awaitPaused()).isTrue();

      HttpClientResponseException e =
          catchThrowableOfType(
              HttpClientResponseException.class, () -> upload(http, Role.ADMIN, zip(bundle)));

      assertThat(e.getStatus().getCode()).isEqualTo(409);
      assertThat(e.getResponse().getContentType())
          .hasValue(MediaType.of("application/problem+json"));
      assertThat(e.getResponse().getBody(String.class).orElse(""))
          .contains("urn:sgnet:problem:conflict", "an import or a record correction is under way");
      // A staged import that then failed would put back the values from before it, over the
      // correction; so a correction waits for no import either. (The role is the one it has.)
      HttpClientResponseException correcting =
          catchThrowableOfType(HttpClientResponseException.class, this::correctPartnersRole);
      assertThat(correcting.getStatus().getCode()).isEqualTo(409);

      running.release();
      first.get(1, TimeUnit.MINUTES);
      assertThat(upload(http, Role.ADMIN, zip(bundle)).code()).isEqualTo(200);
      assertThat(correctPartnersRole().code()).isEqualTo(200);
    } finally {
      running.release();
      thread.shutdown();
      assertThat(thread.awaitTermination(1, TimeUnit.MINUTES)).isTrue();
    }
  }

  @Test
  void shouldCorrectARecordAndAuditTheBeforeAndAfter() throws Exception {
    Map<String, Object> corrected =
        http.toBlocking()
            .retrieve(
                as(
                    Role.ADMIN,
                    HttpRequest.PATCH("/api/people/p-gp-1", Map.of("role", "Family doctor"))),
                Argument.mapOf(String.class, Object.class));

    assertThat((Map<Object, Object>) corrected.get("after")).containsEntry("role", "Family doctor");
    assertThat(getJson(Role.ANALYST, "/api/people/p-gp-1")).containsEntry("role", "Family doctor");
    List<String> audit = Files.readAllLines(files.resolve("audit.log"));
    assertThat(audit)
        .filteredOn(line -> line.contains("\"method\":\"PATCH\""))
        .last()
        .asString()
        .contains("\"method\":\"PATCH\"", "\"change\":{\"before\":", "Family doctor");
  }

  @Test
  void shouldNotRepeatTheTextOfAMalformedBodyInTheProblem() {
    // A correction whose JSON is broken around a name: the 400 must say so without the name.
    HttpClientResponseException e =
        catchThrowableOfType(
            HttpClientResponseException.class,
            () ->
                http.toBlocking()
                    .exchange(
                        as(
                            Role.ADMIN,
                            HttpRequest.PATCH("/api/people/p-gp-1", "{\"name\": Jane Smith}")
                                .contentType(MediaType.APPLICATION_JSON)),
                        String.class));

    assertThat(e.getStatus().getCode()).isEqualTo(400);
    assertThat(e.getResponse().getBody(String.class).orElse(""))
        .contains("Unrecognized token '…'", "line: 1, column: 15")
        .doesNotContain("Jane");
  }

  @Test
  void shouldRefuseAnAgencyForSomeoneWhoIsNotAProfessional() {
    HttpClientResponseException e =
        catchThrowableOfType(
            HttpClientResponseException.class,
            () ->
                http.toBlocking()
                    .retrieve(
                        as(
                            Role.ADMIN,
                            HttpRequest.PATCH("/api/people/child-j", Map.of("agencyId", "ag-sc"))),
                        String.class));
    assertThat(e.getStatus().getCode()).isEqualTo(400);
  }

  private HttpResponse<String> correctPartnersRole() {
    return http.toBlocking()
        .exchange(
            as(
                Role.ADMIN,
                HttpRequest.PATCH("/api/people/fam-partner", Map.of("role", "Mother's partner"))),
            String.class);
  }

  private String snapshotJson() {
    return new GraphSnapshotReader(SharedStore.get()).snapshot().toString();
  }
}
