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
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sgnet.SharedStore;
import org.sgnet.app.ServerFiles;
import org.sgnet.network.CountsReader;
import org.sgnet.users.Role;

/** Named queries and analyst Cypher over HTTP. */
@MicronautTest
@SuppressWarnings("unchecked")
class QueryApiIT extends ApiTestSupport {

  @Inject
  @Client("/")
  HttpClient http;

  @Inject ServerFiles files;

  @Test
  void shouldListAtLeastEightNamedQueriesWithTheirParameters() {
    List<Map<String, Object>> queries =
        http.toBlocking()
            .retrieve(
                as(Role.ANALYST, HttpRequest.GET("/api/queries")),
                Argument.listOf(Argument.mapOf(String.class, Object.class)));

    assertThat(queries).hasSizeGreaterThanOrEqualTo(8);
    assertThat(queries)
        .allSatisfy(q -> assertThat(q).containsKeys("name", "description", "params"));
  }

  @Test
  void shouldRunANamedQueryWithParametersFromTheBody() {
    Map<String, Object> result =
        http.toBlocking()
            .retrieve(
                as(
                    Role.ANALYST,
                    HttpRequest.POST(
                        "/api/queries/contact-history",
                        Map.of("personA", "child-j", "personB", "child-s"))),
                Argument.mapOf(String.class, Object.class));

    assertThat((List<Object>) result.get("rows")).isNotEmpty();
  }

  @Test
  void shouldAnswerAnalystCypherAndRefuseAWriteBeforeItRuns() throws Exception {
    Map<String, Object> ok =
        http.toBlocking()
            .retrieve(
                as(
                    Role.ANALYST,
                    HttpRequest.POST(
                        "/api/cypher",
                        Map.of(
                            "query",
                            "MATCH (c:Child {id: $id}) RETURN c.name AS name",
                            "parameters",
                            Map.of("id", "child-j")))),
                Argument.mapOf(String.class, Object.class));
    assertThat((List<Object>) ok.get("rows")).hasSize(1);
    Map<String, Long> before = new CountsReader(SharedStore.get()).counts();

    HttpClientResponseException refused =
        catchThrowableOfType(
            HttpClientResponseException.class,
            () ->
                http.toBlocking()
                    .retrieve(
                        as(
                            Role.ANALYST,
                            HttpRequest.POST(
                                "/api/cypher",
                                Map.of("query", "MATCH (n) /* harmless */ DETACH DELETE n"))),
                        String.class));

    assertThat(refused.getStatus().getCode()).isEqualTo(400);
    assertThat(refused.getResponse().getContentType().map(Object::toString))
        .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
    assertThat(new CountsReader(SharedStore.get()).counts()).isEqualTo(before);
    List<String> audit = Files.readAllLines(files.resolve("audit.log"));
    assertThat(audit)
        .filteredOn(l -> l.contains("\"route\":\"/api/cypher\""))
        .allSatisfy(l -> assertThat(l).contains("queryHash").doesNotContain("child-j\\\"}"))
        .anySatisfy(l -> assertThat(l).contains("\"status\":400"));
  }
}
