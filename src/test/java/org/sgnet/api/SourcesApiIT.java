package org.sgnet.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.http.client.multipart.MultipartBody;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.sgnet.users.Role;

/** Sources through the HTTP API: import with ?from, candidates, decisions, provenance by role. */
@MicronautTest
@SuppressWarnings("unchecked")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SourcesApiIT extends ApiTestSupport {

  static final Path PARTNER = Path.of("src/test/resources/sources/partner");

  @Inject
  @Client("/")
  HttpClient http;

  private static byte[] zip(String... files) throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      for (String f : files) {
        zip.putNextEntry(new ZipEntry("extracts/" + f));
        zip.write(Files.readAllBytes(PARTNER.resolve(f)));
        zip.closeEntry();
      }
    }
    return bytes.toByteArray();
  }

  private HttpResponse<Map<String, Object>> upload(Role role, String query, byte[] zip) {
    MultipartBody body =
        MultipartBody.builder()
            .addPart("bundle", "extracts.zip", MediaType.of("application/zip"), zip)
            .build();
    return http.toBlocking()
        .exchange(
            as(
                role,
                HttpRequest.POST("/api/import" + query, body)
                    .contentType(MediaType.MULTIPART_FORM_DATA)),
            Argument.mapOf(String.class, Object.class));
  }

  private <T> T get(Role role, String uri, Argument<T> type) {
    return http.toBlocking().retrieve(as(role, HttpRequest.GET(uri)), type);
  }

  @Test
  @Order(1)
  void shouldRefuseABadExtractWholeOrImportTheRestWithRejects() throws Exception {
    HttpClientResponseException refused =
        catchThrowableOfType(
            HttpClientResponseException.class,
            () -> upload(Role.ADMIN, "?from=partner", zip("social.csv", "bad.csv")));
    assertThat(refused.getStatus().getCode()).isEqualTo(HttpStatus.BAD_REQUEST.getCode());
    Map<String, Object> problem =
        refused.getResponse().getBody(Argument.mapOf(String.class, Object.class)).orElseThrow();
    assertThat((List<Object>) problem.get("errors"))
        .containsExactly(
            "bad.csv:2: field Date Of Birth: is not a date (dd/mm/yyyy or yyyy-mm-dd)",
            "bad.csv:3: field Service Involvement: is not a service involvement code"
                + " that sgnet maps (known: CLOSED, CURRENT, HISTORIC, NOT SPECIFIED, OPEN)",
            "bad.csv:4: field First Name: must not be empty");
    assertThat(get(Role.ANALYST, "/api/people?kind=CHILD", Argument.listOf(Map.class)))
        .noneMatch(p -> String.valueOf(p.get("id")).startsWith("partner-"));

    Map<String, Object> lenient =
        upload(Role.ADMIN, "?from=partner&rejects=true", zip("bad.csv")).body();
    assertThat((List<Object>) lenient.get("refused")).hasSize(3);
    assertThat(lenient.get("people")).isEqualTo(2);
  }

  @Test
  @Order(2)
  void shouldImportTwoExtractsAsOneNetworkAndOnlyLetAnalystsSeeIdentities() throws Exception {
    HttpClientResponseException forbidden =
        catchThrowableOfType(
            HttpClientResponseException.class,
            () -> upload(Role.ANALYST, "?from=partner", zip("social.csv")));
    assertThat(forbidden.getStatus().getCode()).isEqualTo(HttpStatus.FORBIDDEN.getCode());

    Map<String, Object> summary =
        upload(Role.ADMIN, "?from=partner", zip("social.csv", "school.csv")).body();

    assertThat(summary.get("format")).isEqualTo("partner");
    assertThat((Map<String, Object>) summary.get("recordsByFile"))
        .containsEntry("social.csv", 3)
        .containsEntry("school.csv", 3);
    assertThat(summary.get("joinedInSource")).isEqualTo(1);
    assertThat(summary.get("candidates")).isEqualTo(2);

    Map<String, Object> amira =
        get(
            Role.ANALYST,
            "/api/people/partner-school-901",
            Argument.mapOf(String.class, Object.class));
    assertThat((List<Object>) amira.get("identifiers")).contains("upn:A123456789012");
    assertThat((List<Object>) amira.get("provenance"))
        // A folder's files are read in name order: the school's record came first.
        .containsExactly("partner:school.csv:2", "partner:social.csv:2");
    Map<String, Object> asTool =
        get(
            Role.TOOL,
            "/api/people/partner-school-901",
            Argument.mapOf(String.class, Object.class));
    assertThat((List<Object>) asTool.get("identifiers")).isEmpty();

    HttpClientResponseException reviewer =
        catchThrowableOfType(
            HttpClientResponseException.class,
            () -> get(Role.REVIEWER, "/api/identities", Argument.listOf(Map.class)));
    assertThat(reviewer.getStatus().getCode()).isEqualTo(HttpStatus.FORBIDDEN.getCode());
  }

  @Test
  @Order(3)
  void shouldConfirmACandidateAndKeepTheDecisionWithWhoMadeIt() {
    List<Map> candidates = get(Role.ANALYST, "/api/identities", Argument.listOf(Map.class));
    assertThat(candidates)
        .extracting(c -> ((Map<String, Object>) c.get("a")).get("id"))
        .containsExactly("partner-school-902", "partner-school-903");

    Map<String, Object> decision =
        http.toBlocking()
            .retrieve(
                as(
                    Role.ANALYST,
                    HttpRequest.POST(
                        "/api/identities/decisions",
                        Map.of(
                            "a", "partner-social-102",
                            "b", "partner-school-902",
                            "verdict", "confirmed"))),
                Argument.mapOf(String.class, Object.class));

    assertThat(decision).containsEntry("verdict", "CONFIRMED").containsEntry("by", "analyst");
    assertThat(get(Role.ANALYST, "/api/identities", Argument.listOf(Map.class))).hasSize(1);
    assertThat(get(Role.ANALYST, "/api/identities/decisions", Argument.listOf(Map.class)))
        .singleElement()
        .satisfies(d -> assertThat(d.get("a")).isEqualTo("partner-social-102"));
    HttpClientResponseException gone =
        catchThrowableOfType(
            HttpClientResponseException.class,
            () ->
                get(
                    Role.ANALYST,
                    "/api/people/partner-school-902",
                    Argument.mapOf(String.class, Object.class)));
    assertThat(gone.getStatus().getCode()).isEqualTo(HttpStatus.NOT_FOUND.getCode());
  }
}
