package org.sgnet.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sgnet.users.Role;

/**
 * The board's views against the demo, with a people cap small enough for the demo to exceed: the
 * agency network agrees with the matrix (another statement) and with rule 5's findings, the
 * drill-down pages, the people view draws a selection or refuses it naming the cap, and a reviewer
 * sees people only under codes.
 */
@MicronautTest
@SuppressWarnings("unchecked")
class BoardApiIT extends ApiTestSupport {

  /** The demo's biggest selection, social care's, has 7 people; CAMHS and the project share 6. */
  private static final int CAP = 6;

  @Inject
  @Client("/")
  HttpClient http;

  @Override
  public Map<String, String> getProperties() {
    Map<String, String> properties = new HashMap<>(super.getProperties());
    properties.put("sgnet.board.people-cap", Integer.toString(CAP));
    return properties;
  }

  private Map<String, Object> getJson(Role role, String uri) {
    return http.toBlocking()
        .retrieve(as(role, HttpRequest.GET(uri)), Argument.mapOf(String.class, Object.class));
  }

  private HttpClientResponseException refused(Role role, String uri) {
    return catchThrowableOfType(HttpClientResponseException.class, () -> getJson(role, uri));
  }

  private static List<Map<String, Object>> list(Map<String, Object> m, String key) {
    return (List<Map<String, Object>>) m.get(key);
  }

  private static long number(Object o) {
    return ((Number) o).longValue();
  }

  @Test
  void shouldWeighEveryPairAsTheMatrixDoesAndMarkTheSilosRuleFiveFinds() {
    Map<String, Object> network = getJson(Role.ANALYST, "/api/board/network?window=90");
    Map<String, Object> matrix = getJson(Role.ANALYST, "/api/board/matrix?window=90");
    Map<String, Object> findings =
        getJson(Role.ANALYST, "/api/findings?rule=AGENCY_SILO&window=90");

    assertThat(network.get("asOf")).isEqualTo(matrix.get("asOf"));
    assertThat(network.get("peopleCap")).isEqualTo(CAP);
    assertThat(network.get("siloSharedChildren")).isEqualTo(3);
    Map<String, List<Long>> weights = new HashMap<>();
    list(network, "links")
        .forEach(
            l ->
                weights.put(
                    l.get("a") + "|" + l.get("b"),
                    List.of(number(l.get("sharedChildren")), number(l.get("coordinationEvents")))));
    Map<String, List<Long>> expected = new HashMap<>();
    list(matrix, "cells")
        .forEach(
            c ->
                expected.put(
                    c.get("a") + "|" + c.get("b"),
                    List.of(
                        (long) ((List<Object>) c.get("sharedChildren")).size(),
                        number(c.get("coordinationEvents")))));
    assertThat(weights).isEqualTo(expected);
    // The demo's silo: CAMHS and the voluntary project share four children and never met.
    assertThat(weights.get("ag-camhs|ag-vol")).containsExactly(4L, 0L);

    Set<String> silos = new HashSet<>();
    list(network, "links").stream()
        .filter(l -> Boolean.TRUE.equals(l.get("silo")))
        .forEach(l -> silos.add(l.get("a") + "|" + l.get("b")));
    Set<String> found = new HashSet<>();
    list(findings, "findings")
        .forEach(
            f -> {
              List<String> ids = new ArrayList<>((List<String>) f.get("agencyIds"));
              ids.sort(null);
              found.add(ids.get(0) + "|" + ids.get(1));
            });
    assertThat(silos).contains("ag-camhs|ag-vol").isEqualTo(found);
    // Every agency's children: at least those of any pair it is in.
    Map<String, Long> children = new HashMap<>();
    list(network, "agencies")
        .forEach(a -> children.put((String) a.get("id"), number(a.get("children"))));
    list(network, "links")
        .forEach(
            l ->
                assertThat(children.get((String) l.get("a")))
                    .isGreaterThanOrEqualTo(number(l.get("sharedChildren"))));
  }

  @Test
  void shouldListAPairsSharedChildrenAPageAtATime() {
    Map<String, Object> all =
        getJson(Role.ANALYST, "/api/board/children?agency=ag-vol&other=ag-camhs&window=90");
    assertThat(all.get("total")).isEqualTo(4);
    assertThat(list(all, "items"))
        .extracting(c -> c.get("id"))
        .containsExactly("child-j", "child-k", "child-l", "child-m");
    assertThat(list(all, "items"))
        .allSatisfy(
            c -> {
              assertThat((String) c.get("name")).isNotBlank();
              assertThat(number(c.get("agencies"))).isGreaterThanOrEqualTo(2);
            });

    Map<String, Object> second =
        getJson(Role.ANALYST, "/api/board/children?agency=ag-camhs&other=ag-vol&size=3&page=1");
    assertThat(second.get("total")).isEqualTo(4);
    assertThat(list(second, "items")).extracting(c -> c.get("id")).containsExactly("child-m");

    assertThat(refused(Role.ANALYST, "/api/board/children?agency=ag-nowhere").getStatus().getCode())
        .isEqualTo(404);
    assertThat(refused(Role.ANALYST, "/api/board/children").getStatus().getCode()).isEqualTo(400);
    HttpClientResponseException big =
        refused(Role.ANALYST, "/api/board/children?agency=ag-vol&size=201");
    assertThat(big.getStatus().getCode()).isEqualTo(400);
    assertThat(big.getResponse().getBody(String.class).orElse("")).contains("size");
  }

  @Test
  void shouldDrawASelectionUpToTheCapAndRefuseALargerOneNamingTheCap() {
    Map<String, Object> network = getJson(Role.ANALYST, "/api/board/network");
    int drawn = 0;
    int refusedCount = 0;
    for (Map<String, Object> agency : list(network, "agencies")) {
      String id = (String) agency.get("id");
      String uri = "/api/board/people?agency=" + id;
      Map<String, Object> children = getJson(Role.ANALYST, "/api/board/children?agency=" + id);
      if (number(children.get("total")) > CAP) {
        assertThat(refused(Role.ANALYST, uri).getStatus().getCode()).isEqualTo(400);
        refusedCount++;
        continue;
      }
      try {
        Map<String, Object> people = getJson(Role.ANALYST, uri);
        List<Map<String, Object>> nodes = list(people, "nodes");
        long persons = nodes.stream().filter(n -> !"AGENCY".equals(n.get("kind"))).count();
        assertThat(persons).isLessThanOrEqualTo(CAP);
        // Its children are the drill-down's, and every professional sits in the agency.
        assertThat(nodes.stream().filter(n -> "CHILD".equals(n.get("kind"))).count())
            .isEqualTo(number(children.get("total")));
        assertThat(nodes)
            .filteredOn(n -> "PROFESSIONAL".equals(n.get("kind")))
            .allSatisfy(n -> assertThat(n.get("parent")).isEqualTo("agency:" + id));
        drawn++;
      } catch (HttpClientResponseException e) {
        assertThat(e.getStatus().getCode()).isEqualTo(400);
        assertThat(e.getResponse().getContentType().map(Object::toString).orElse(""))
            .startsWith("application/problem+json");
        assertThat(e.getResponse().getBody(String.class).orElse(""))
            .contains("more than the " + CAP + " people");
        refusedCount++;
      }
    }
    assertThat(drawn).as("selections drawn").isPositive();
    assertThat(refusedCount).as("selections refused").isPositive();

    Map<String, Object> pair =
        getJson(Role.ANALYST, "/api/board/people?agency=ag-camhs&other=ag-vol");
    assertThat(list(pair, "nodes"))
        .extracting(n -> n.get("id"))
        .contains(
            "agency:ag-camhs",
            "agency:ag-vol",
            "person:child-j",
            "person:child-k",
            "person:child-l",
            "person:child-m");
    // Exactly at the cap is drawn.
    assertThat(list(pair, "nodes")).filteredOn(n -> !"AGENCY".equals(n.get("kind"))).hasSize(CAP);
    assertThat(list(pair, "edges"))
        .allSatisfy(e -> assertThat(e.get("type")).isIn("INVOLVED", "SIBLING"));
  }

  @Test
  void shouldShowAReviewerTheChildrenAndPeopleOnlyUnderCodes() {
    Map<String, Object> analyst =
        getJson(Role.ANALYST, "/api/board/children?agency=ag-camhs&other=ag-vol");
    Map<String, Object> reviewer =
        getJson(Role.REVIEWER, "/api/board/children?agency=ag-camhs&other=ag-vol");
    assertThat(reviewer.get("total")).isEqualTo(analyst.get("total"));
    List<String> names = list(analyst, "items").stream().map(c -> (String) c.get("name")).toList();
    assertThat(list(reviewer, "items"))
        .allSatisfy(
            c -> {
              assertThat((String) c.get("id")).matches("child-[a-z]+");
              assertThat((String) c.get("name")).matches("Child [A-Z]+");
            })
        .extracting(c -> c.get("id"))
        .doesNotContain("child-j", "child-k", "child-l", "child-m");

    String people =
        http.toBlocking()
            .retrieve(
                as(
                    Role.REVIEWER,
                    HttpRequest.GET("/api/board/people?agency=ag-camhs&other=ag-vol")),
                String.class);
    String identified =
        http.toBlocking()
            .retrieve(
                as(Role.ANALYST, HttpRequest.GET("/api/board/people?agency=ag-camhs&other=ag-vol")),
                String.class);
    assertThat(people).contains("Seaborough CAMHS").contains("\"person:child-");
    for (String id : List.of("child-j", "child-k", "child-l", "child-m")) {
      assertThat(people).doesNotContain("\"person:" + id + "\"");
    }
    names.forEach(name -> assertThat(people).doesNotContain("\"" + name + "\""));
    // The professionals' names the analyst sees are coded too.
    list(
            http.toBlocking()
                .retrieve(
                    as(
                        Role.ANALYST,
                        HttpRequest.GET("/api/board/people?agency=ag-camhs&other=ag-vol")),
                    Argument.mapOf(String.class, Object.class)),
            "nodes")
        .stream()
        .filter(n -> "PROFESSIONAL".equals(n.get("kind")))
        .forEach(n -> assertThat(people).doesNotContain("\"" + n.get("name") + "\""));
    assertThat(identified).contains("\"person:child-j\"");
  }

  @Test
  void shouldDocumentTheBoardEndpointsInTheOpenApiFile() {
    String openapi = http.toBlocking().retrieve(HttpRequest.GET("/api/openapi.yml"));

    assertThat(openapi)
        .contains("/api/board/network")
        .contains("/api/board/children")
        .contains("/api/board/people")
        .contains("/api/board/matrix");
  }
}
