package org.sgnet.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.sgnet.app.ServerFiles;
import org.sgnet.users.Role;

/** {@code GET /api/report} on the demo: pseudonymised for every role, identifiable for analysts. */
@MicronautTest
class ReportApiIT extends ApiTestSupport {

  @Inject
  @Client("/")
  HttpClient http;

  @Inject ServerFiles files;

  private HttpResponse<byte[]> get(Role role, String uri) {
    return http.toBlocking().exchange(as(role, HttpRequest.GET(uri)), byte[].class);
  }

  @Test
  void shouldAnswerAReviewerAPseudonymisedSelfContainedHtmlReport() {
    HttpResponse<byte[]> response = get(Role.REVIEWER, "/api/report");
    String html = new String(response.body(), StandardCharsets.UTF_8);

    assertThat(response.getContentType().orElseThrow().toString()).startsWith("text/html");
    assertThat(response.header("Content-Security-Policy")).startsWith("default-src 'none'");
    assertThat(html)
        .contains("Pseudonymised.")
        .contains("Child A")
        .doesNotContain("Child J")
        .doesNotContain("Sam Okafor")
        .doesNotContain("child-j");
  }

  @Test
  void shouldAnswerAToolAPdfOfOneChildThatOpens() throws Exception {
    HttpResponse<byte[]> response = get(Role.TOOL, "/api/report?format=pdf&child=child-s");

    assertThat(response.getContentType().orElseThrow().toString()).isEqualTo("application/pdf");
    assertThat(response.header("Content-Disposition"))
        .isEqualTo("attachment; filename=\"sgnet-report-pseudonymised.pdf\"");
    try (PDDocument pdf = Loader.loadPDF(response.body())) {
      assertThat(pdf.getNumberOfPages()).isGreaterThan(1);
      assertThat(new PDFTextStripper().getText(pdf))
          .contains("SIBLING_CONTACT_GAP")
          .doesNotContain("Child S");
    }
  }

  @Test
  void shouldGiveAnAnalystTheIdentifiableReportAndAuditTheRequest() throws Exception {
    HttpResponse<byte[]> response =
        get(Role.ANALYST, "/api/report?identifiable=true&child=child-j&asOf=2024-03-28&window=90");

    assertThat(new String(response.body(), StandardCharsets.UTF_8))
        .contains("Identifiable.")
        .contains("Child J")
        .contains("Sam Okafor");
    List<String> audit = Files.readAllLines(files.resolve("audit.log"));
    assertThat(audit.get(audit.size() - 1))
        .contains("/api/report")
        .contains("\"identifiable\":\"true\"")
        .contains("\"child\":\"child-j\"");
  }

  @ParameterizedTest
  @EnumSource(
      value = Role.class,
      names = {"ADMIN", "REVIEWER", "TOOL"})
  void shouldRefuseAnIdentifiableReportToEveryRoleButAnalystWithAProblemDocument(Role role) {
    HttpClientResponseException e =
        catchThrowableOfType(
            HttpClientResponseException.class,
            () -> get(role, "/api/report?identifiable=true&format=pdf"));

    assertThat(e.getStatus().getCode()).isEqualTo(403);
    assertThat(e.getResponse().getContentType().orElseThrow().toString())
        .startsWith("application/problem+json");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"/api/report?format=docx", "/api/report?asOf=yesterday", "/api/report?window=0"})
  void shouldAnswerBadParametersWithFourHundred(String uri) {
    HttpClientResponseException e =
        catchThrowableOfType(HttpClientResponseException.class, () -> get(Role.REVIEWER, uri));

    assertThat(e.getStatus().getCode()).isEqualTo(400);
  }

  @Test
  void shouldAnswerFourOhFourForAChildTheStoreDoesNotHold() {
    HttpClientResponseException e =
        catchThrowableOfType(
            HttpClientResponseException.class,
            () -> get(Role.REVIEWER, "/api/report?child=no-such-child"));

    assertThat(e.getStatus().getCode()).isEqualTo(404);
  }

  @Test
  void shouldDescribeTheReportInTheOpenApiDocument() {
    String openapi = http.toBlocking().retrieve(HttpRequest.GET("/api/openapi.yml"));

    assertThat(openapi).contains("/api/report").contains("identifiable");
  }
}
