package org.sgnet.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.sgnet.demo.DemoBundle;
import org.sgnet.users.Role;

/**
 * Issue 17's scenario end to end on a served store: the demo, a recorded run, a confirmation and a
 * dismissal, a later bundle that resolves one situation, adds another and changes the evidence of a
 * second dismissal, the run recorded after its import; then the feed, the statuses, the history,
 * and what a REVIEWER sees of them.
 */
@MicronautTest
class RunsApiIT extends ApiTestSupport {

  private static final Argument<Map<String, Object>> OBJECT =
      Argument.mapOf(String.class, Object.class);
  private static final Argument<List<Map<String, Object>>> LIST = Argument.listOf(OBJECT);

  @Inject
  @Client("/")
  HttpClient http;

  @Inject org.sgnet.app.ServerFiles files;

  @Test
  @SuppressWarnings("unchecked")
  void shouldKeepFindingsTriageAndTheFeedAcrossRunsAndImports() throws Exception {
    Map<String, Object> first =
        http.toBlocking()
            .retrieve(as(Role.ANALYST, HttpRequest.POST("/api/runs", Map.of())), OBJECT);
    assertThat(first.get("id")).isEqualTo("run-1");
    String asOf = (String) first.get("asOf");
    List<Map<String, Object>> records = records(Role.ANALYST, "");
    assertThat(records).isNotEmpty().allMatch(r -> "NEW".equals(r.get("status")));

    // The situation the later bundle resolves: a child not seen alone, seen alone on D.
    Map<String, Object> notSeen = withRule(records, "NOT_SEEN_ALONE", null);
    String x = ((List<String>) notSeen.get("childIds")).get(0);
    String conflictKey = (String) withRule(records, "ETHNICITY_CONFLICT", null).get("key");
    String conflictChild = conflictKey.substring(conflictKey.indexOf(':') + 1);
    List<String> untouched = List.of(x, conflictChild);
    Map<String, Object> confirmed = other(records, untouched, null);
    Map<String, Object> dismissed = other(records, untouched, (String) confirmed.get("key"));

    triage(Role.ANALYST, (String) confirmed.get("key"), Map.of("status", "confirmed"));
    triage(
        Role.ANALYST,
        (String) dismissed.get("key"),
        Map.of("status", "dismissed", "reason", "known to the board", "note", "see minutes"));
    triage(
        Role.ADMIN, conflictKey, Map.of("status", "dismissed", "reason", "one family, one record"));
    assertThat(status(Role.ANALYST, (String) confirmed.get("key"), Map.of("status", "dismissed")))
        .as("a dismissal without a reason")
        .isEqualTo(400);
    assertThat(status(Role.REVIEWER, (String) confirmed.get("key"), Map.of("status", "actioned")))
        .isEqualTo(403);
    long cursor = ((Number) feed(Role.ANALYST, 0, 1000).get("next")).longValue();
    List<String> audited =
        Files.readAllLines(files.resolve("audit.log")).stream()
            .filter(l -> l.contains("/api/findings/{key}/triage"))
            .toList();
    assertThat(audited).hasSize(5);
    assertThat(audited.get(1)).contains("\"user\":\"analyst\"", "DISMISSED");
    assertThat(audited.get(2)).contains("\"user\":\"admin\"", "DISMISSED");
    assertThat(String.join("\n", audited)).doesNotContain("known to the board");

    Path dir = Files.createTempDirectory("sgnet-runs-it");
    Path later = DemoBundle.extract(dir.resolve("later"));
    String[] visit = visitOf(later, x);
    Files.writeString(
        later.resolve("events.csv"),
        String.join(
            "\n",
            "ev-it-1," + asOf + ",VISIT," + x + "," + visit[0] + "," + visit[1] + ",,,,,true,Seen.",
            "ev-it-2,"
                + asOf
                + ",ETHNICITY_RECORDED,"
                + conflictChild
                + ",ag-sc,p-sw-1,,,"
                + "Any other ethnic group,,,Recorded again.",
            "ev-it-3," + asOf + ",ASSESSMENT,child-it,ag-sc,p-sw-1,p-sw-1,,,,,Assessed.",
            ""),
        StandardOpenOption.APPEND);
    Files.writeString(
        later.resolve("people.csv"),
        "child-it,CHILD,Child Newcomer,2015-01-01,,\n",
        StandardOpenOption.APPEND);
    assertThat(upload(http, Role.ADMIN, zip(later)).code()).isEqualTo(200);

    List<Map<String, Object>> runs =
        http.toBlocking().retrieve(as(Role.TOOL, HttpRequest.GET("/api/runs")), LIST);
    assertThat(runs).extracting(r -> r.get("id")).containsExactly("run-1", "run-2");
    assertThat(runs.get(1).get("by")).isEqualTo("admin");

    Map<String, Object> page = feed(Role.ANALYST, cursor, 1000);
    List<Map<String, Object>> changes = (List<Map<String, Object>>) page.get("changes");
    assertThat(changes)
        .extracting(c -> c.get("kind") + " " + c.get("key"))
        .containsExactlyInAnyOrder(
            "OPENED ETHNICITY_NOT_RECORDED:child-it",
            "RESOLVED " + notSeen.get("key"),
            "REOPENED " + conflictKey);
    assertThat(page.get("more")).isEqualTo(false);
    assertThat(changes).allMatch(c -> "run-2".equals(c.get("runId")));

    Map<String, Object> stillDismissed = find(records(Role.ANALYST, "?status=dismissed"));
    assertThat(stillDismissed.get("key")).isEqualTo(dismissed.get("key"));
    assertThat(stillDismissed.get("reason")).isEqualTo("known to the board");
    assertThat(stillDismissed.get("open")).isEqualTo(true);
    assertThat(
            records(Role.ANALYST, "?newSince=run-1").stream()
                .map(r -> r.get("key"))
                .collect(Collectors.toSet()))
        .containsExactly("ETHNICITY_NOT_RECORDED:child-it");
    Map<String, Object> newOnly =
        http.toBlocking()
            .retrieve(
                as(Role.ANALYST, HttpRequest.GET("/api/findings?newSince=run-1&status=new")),
                OBJECT);
    assertThat((List<Map<String, Object>>) newOnly.get("findings"))
        .extracting(f -> f.get("rule") + " " + f.get("childIds"))
        .containsExactly("ETHNICITY_NOT_RECORDED [child-it]");

    List<Map<String, Object>> history = history(Role.ANALYST, conflictKey);
    assertThat(history)
        .extracting(h -> h.get("kind") + " " + h.get("status") + " " + h.get("by"))
        .containsExactly("OPENED NEW analyst", "CHANGED DISMISSED admin", "REOPENED NEW admin");
    assertThat(history.get(1).get("reason")).isEqualTo("one family, one record");
    assertThat(history(Role.ANALYST, (String) confirmed.get("key")))
        .extracting(h -> h.get("kind") + " " + h.get("status") + " " + h.get("by"))
        .containsExactly("OPENED NEW analyst", "CHANGED CONFIRMED analyst");

    // A REVIEWER reads the same feed, records and history with the children under codes.
    String reviewerFeed =
        http.toBlocking()
            .retrieve(
                as(Role.REVIEWER, HttpRequest.GET("/api/findings/changes?after=" + cursor)),
                String.class);
    String reviewerRecords =
        http.toBlocking()
            .retrieve(as(Role.REVIEWER, HttpRequest.GET("/api/findings/records")), String.class);
    assertThat(reviewerRecords).contains("DISMISSED");
    // A recorded message keeps the names people had when it was worded: a reviewer does not get
    // it (a person renamed or merged away since could not be coded in it); an analyst does.
    assertThat(reviewerRecords).doesNotContain("\"message\"");
    assertThat(
            http.toBlocking()
                .retrieve(as(Role.ANALYST, HttpRequest.GET("/api/findings/records")), String.class))
        .contains("\"message\"");
    for (String body : List.of(reviewerFeed, reviewerRecords)) {
      assertThat(body)
          .doesNotContain("child-it")
          .doesNotContain("Child Newcomer")
          .doesNotContain("\"" + x + "\"")
          .doesNotContain(":" + x)
          .doesNotContain("Child J")
          .doesNotContain("known to the board");
    }
    Map<String, Object> codedPage =
        http.toBlocking()
            .retrieve(
                as(Role.REVIEWER, HttpRequest.GET("/api/findings/changes?after=" + cursor)),
                OBJECT);
    String codedKey =
        ((List<Map<String, Object>>) codedPage.get("changes"))
            .stream()
                .map(c -> (String) c.get("key"))
                .filter(k -> k.startsWith("ETHNICITY_NOT_RECORDED:"))
                .findFirst()
                .orElseThrow();
    assertThat(codedKey).isNotEqualTo("ETHNICITY_NOT_RECORDED:child-it");
    assertThat(history(Role.REVIEWER, codedKey))
        .singleElement()
        .satisfies(h -> assertThat(h.get("key")).isEqualTo(codedKey));

    // A finding about one event has it in its key, coded as well: a source's event ids hold the
    // child's id in the source. The coded key addresses the finding's history.
    assertThat(reviewerRecords).doesNotContain("ev-0");
    String eventKey =
        records(Role.REVIEWER, "").stream()
            .map(r -> (String) r.get("key"))
            .filter(k -> k.startsWith("CHILD_REQUEST_UNANSWERED:"))
            .findFirst()
            .orElseThrow();
    assertThat(eventKey).matches("CHILD_REQUEST_UNANSWERED:child-[a-z]+:event-[0-9]+");
    assertThat(history(Role.REVIEWER, eventKey))
        .isNotEmpty()
        .allSatisfy(h -> assertThat(h.get("key")).isEqualTo(eventKey));
  }

  private static Map<String, Object> withRule(
      List<Map<String, Object>> records, String rule, String not) {
    return records.stream()
        .filter(r -> rule.equals(r.get("rule")) && !r.get("key").equals(not))
        .findFirst()
        .orElseThrow(() -> new AssertionError("the demo has no " + rule));
  }

  /** A finding about none of the children given (and not the key given). */
  @SuppressWarnings("unchecked")
  private static Map<String, Object> other(
      List<Map<String, Object>> records, List<String> children, String not) {
    return records.stream()
        .filter(r -> !r.get("key").equals(not))
        .filter(r -> ((List<String>) r.get("childIds")).stream().noneMatch(children::contains))
        .findFirst()
        .orElseThrow();
  }

  private static Map<String, Object> find(List<Map<String, Object>> records) {
    assertThat(records).hasSize(1);
    return records.get(0);
  }

  /** The agency and recorder of the child's latest visit in the bundle. */
  private static String[] visitOf(Path bundle, String child) throws Exception {
    String[] found = null;
    for (String line : Files.readAllLines(bundle.resolve("events.csv"))) {
      String[] cells = line.split(",", -1);
      if (cells.length > 5 && cells[2].equals("VISIT") && cells[3].equals(child)) {
        if (found == null || cells[1].compareTo(found[2]) >= 0) {
          found = new String[] {cells[4], cells[5], cells[1]};
        }
      }
    }
    assertThat(found).as("a visit of " + child).isNotNull();
    return found;
  }

  private List<Map<String, Object>> records(Role role, String query) {
    return http.toBlocking()
        .retrieve(as(role, HttpRequest.GET("/api/findings/records" + query)), LIST);
  }

  private Map<String, Object> feed(Role role, long after, int limit) {
    return http.toBlocking()
        .retrieve(
            as(role, HttpRequest.GET("/api/findings/changes?after=" + after + "&limit=" + limit)),
            OBJECT);
  }

  private List<Map<String, Object>> history(Role role, String key) {
    return http.toBlocking()
        .retrieve(as(role, HttpRequest.GET("/api/findings/" + key + "/history")), LIST);
  }

  private void triage(Role role, String key, Map<String, String> body) {
    assertThat(status(role, key, body)).isEqualTo(200);
  }

  private int status(Role role, String key, Map<String, String> body) {
    try {
      return http.toBlocking()
          .exchange(as(role, HttpRequest.POST("/api/findings/" + key + "/triage", body)))
          .code();
    } catch (HttpClientResponseException e) {
      return e.getStatus().getCode();
    }
  }
}
