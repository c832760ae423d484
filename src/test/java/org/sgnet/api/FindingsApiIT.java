package org.sgnet.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sgnet.SharedStore;
import org.sgnet.rules.Analysis;
import org.sgnet.rules.Analyzer;
import org.sgnet.rules.Engine;
import org.sgnet.rules.FindingsJson;
import org.sgnet.rules.RuleOptions;
import org.sgnet.rules.SharedAnalyses;
import org.sgnet.store.Store;
import org.sgnet.users.Role;

/** {@code GET /api/findings} on the demo: the same document as the command line writes. */
@MicronautTest
@SuppressWarnings("unchecked")
class FindingsApiIT extends ApiTestSupport {

  @Inject
  @Client("/")
  HttpClient http;

  @Inject Analyzer analyzer;

  @Inject Store store;

  @Test
  void shouldAnswerFromTheKeptCatalogueUntilTheStoreChanges() {
    // The context reaches the test JVM's embedded store over Bolt (an external store, whose
    // version it cannot read), so the analyses are shared here as a served embedded store shares
    // them: keyed on the version of the store this JVM runs.
    SharedAnalyses shared =
        new SharedAnalyses(
            analyzer,
            () -> SharedStore.get().version().orElseThrow(),
            new SharedAnalyses.Limits(1, 2, Duration.ofSeconds(30), 100_000),
            Clock.systemUTC());
    RuleOptions whole =
        RuleOptions.builder().asOf(LocalDate.of(2024, 2, 20)).windowDays(75).build();
    Analysis first = shared.analyse(whole, Engine.JGRAPHT);
    assertThat(first.findings()).isNotEmpty();
    assertThat(shared.keptAnalyses()).isOne();

    assertThat(shared.analyse(whole, Engine.JGRAPHT)).isSameAs(first);
    // A child's findings come from the kept catalogue, and are what a one-child run finds.
    RuleOptions child = whole.toBuilder().childId("child-j").build();
    assertThat(shared.analyse(child, Engine.CYPHER))
        .isEqualTo(analyzer.analyse(child, Engine.CYPHER));
    assertThat(shared.keptAnalyses()).isOne();

    String name =
        store.read(
            tx ->
                tx.run("MATCH (p:Person {id: 'child-j'}) RETURN p.name AS n")
                    .single()
                    .get("n")
                    .asString());
    try {
      store.write(
          tx -> tx.run("MATCH (p:Person {id: 'child-j'}) SET p.name = 'Renamed Child'").consume());
      Analysis renamed = shared.analyse(whole, Engine.JGRAPHT);
      assertThat(renamed).isNotEqualTo(first);
      assertThat(renamed.findings()).anySatisfy(f -> assertThat(f.message()).contains("Renamed"));
    } finally {
      store.write(
          tx ->
              tx.run("MATCH (p:Person {id: 'child-j'}) SET p.name = $n", Map.of("n", name))
                  .consume());
    }
    assertThat(shared.analyse(whole, Engine.JGRAPHT)).isEqualTo(first).isNotSameAs(first);
  }

  @Test
  void shouldReturnTheSameDocumentAsTheAnalyzerWritesForTheCommandLine() {
    HttpResponse<byte[]> response =
        http.toBlocking()
            .exchange(
                ApiTestSupport.as(
                    Role.ANALYST,
                    HttpRequest.GET(
                        "/api/findings?asOf=2024-03-01&window=60&rule=NOT_SEEN_ALONE"
                            + "&rule=COORDINATION_GAP&engine=jgrapht")),
                byte[].class);

    Analysis expected =
        analyzer.analyse(
            RuleOptions.builder()
                .asOf(LocalDate.of(2024, 3, 1))
                .windowDays(60)
                .rules(
                    List.of(
                        org.sgnet.rules.Rules.NOT_SEEN_ALONE,
                        org.sgnet.rules.Rules.COORDINATION_GAP))
                .build(),
            Engine.CYPHER);
    assertThat(new String(response.body(), StandardCharsets.UTF_8))
        .isEqualTo(new String(FindingsJson.bytes(expected, null), StandardCharsets.UTF_8));
    assertThat(expected.findings()).isNotEmpty();
  }

  @Test
  void shouldDefaultToTheLatestEventDateAndTheWholeCatalogue() {
    Map<String, Object> doc =
        http.toBlocking()
            .retrieve(
                ApiTestSupport.as(Role.TOOL, HttpRequest.GET("/api/findings")),
                Argument.mapOf(String.class, Object.class));

    assertThat(doc).containsEntry("asOf", "2024-03-28").containsEntry("windowDays", 90);
    assertThat((List<Object>) doc.get("findings")).hasSize(16);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "window=0",
        "window=abc",
        "asOf=2024-13-01",
        "rule=NO_SUCH_RULE",
        "engine=fast",
        "overloadProfessionals=0",
        "requestResponseDays=-1"
      })
  void shouldAnswer400WithAProblemForBadParameters(String query) {
    HttpClientResponseException e = refused(Role.ANALYST, "/api/findings?" + query);

    assertThat(e.getStatus().getCode()).isEqualTo(400);
    assertThat(e.getResponse().getBody(String.class).orElse(""))
        .contains("urn:sgnet:problem:invalid-input");
  }

  @Test
  void shouldAnswer404ForAChildTheStoreDoesNotHold() {
    // A mistyped id must not read as a child with no findings.
    HttpClientResponseException e = refused(Role.ANALYST, "/api/findings?child=child-x");

    assertThat(e.getStatus().getCode()).isEqualTo(404);
    assertThat(e.getResponse().getBody(String.class).orElse(""))
        .contains("no child has id child-x");
  }

  @Test
  void shouldRefuseEvidenceToAReviewerWhoMayNotReadPersonRecords() {
    HttpClientResponseException e = refused(Role.REVIEWER, "/api/findings?explain=true");

    assertThat(e.getStatus().getCode()).isEqualTo(403);
    // Without evidence the reviewer gets the findings, in codes.
    assertThat(
            http.toBlocking()
                .retrieve(
                    ApiTestSupport.as(Role.REVIEWER, HttpRequest.GET("/api/findings")),
                    String.class))
        .contains("\"findings\"")
        .doesNotContain("Child J");
  }

  @Test
  void shouldAnswerAReviewersUnknownChildWithTheCodeItAskedByNotTheIdBehindIt() {
    // A professional's code is a person's code but no child's: the 404 must not turn it back into
    // the professional's id in the store.
    Map<String, Object> children =
        http.toBlocking()
            .retrieve(
                ApiTestSupport.as(Role.REVIEWER, HttpRequest.GET("/api/children")),
                Argument.mapOf(String.class, Object.class));
    String childCode =
        (String) ((List<Map<String, Object>>) children.get("items")).get(0).get("id");
    Map<String, Object> network =
        http.toBlocking()
            .retrieve(
                ApiTestSupport.as(
                    Role.REVIEWER, HttpRequest.GET("/api/children/" + childCode + "/network")),
                Argument.mapOf(String.class, Object.class));
    Map<String, Object> professional =
        ((List<Map<String, Object>>) network.get("nodes"))
            .stream().filter(n -> "PROFESSIONAL".equals(n.get("kind"))).findFirst().orElseThrow();
    // Network nodes are typed ("person:professional-6"); the code alone addresses a person.
    String code = ((String) professional.get("id")).substring("person:".length());
    HttpClientResponseException e = refused(Role.REVIEWER, "/api/findings?child=" + code);

    assertThat(e.getStatus().getCode()).isEqualTo(404);
    assertThat(e.getResponse().getBody(String.class).orElse(""))
        .contains("no child has id " + code + "\"");
  }

  @Test
  void shouldGiveAReviewerEventsUnderCodesThatLineUpWithTheTimeline() {
    // The demo's ids of events (ev-0069) stand in for a source's, which hold the child's source id.
    Map<String, Object> document =
        http.toBlocking()
            .retrieve(
                ApiTestSupport.as(Role.REVIEWER, HttpRequest.GET("/api/findings")),
                Argument.mapOf(String.class, Object.class));
    Map<String, Object> unanswered =
        ((List<Map<String, Object>>) document.get("findings"))
            .stream()
                .filter(f -> "CHILD_REQUEST_UNANSWERED".equals(f.get("rule")))
                .findFirst()
                .orElseThrow();
    String event = (String) ((Map<String, Object>) unanswered.get("details")).get("eventId");
    String child = ((List<String>) unanswered.get("childIds")).get(0);

    assertThat(document.toString()).doesNotContain("ev-0");
    assertThat(event).matches("event-[0-9]+");
    String timeline =
        http.toBlocking()
            .retrieve(
                ApiTestSupport.as(
                    Role.REVIEWER,
                    HttpRequest.GET("/api/children/" + child + "/timeline?window=365")),
                String.class);
    assertThat(timeline).contains("\"id\":\"" + event + "\"").doesNotContain("ev-0");
  }

  /** The error a request answers, as the role asks it. */
  private HttpClientResponseException refused(Role role, String uri) {
    return catchThrowableOfType(
        HttpClientResponseException.class,
        () ->
            http.toBlocking()
                .exchange(ApiTestSupport.as(role, HttpRequest.GET(uri)), String.class));
  }
}
