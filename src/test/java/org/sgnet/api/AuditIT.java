package org.sgnet.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sgnet.app.ServerFiles;
import org.sgnet.audit.AuditLog;
import org.sgnet.users.Role;

/** Every request leaves an audit line before its answer arrives; the chain stays intact. */
@MicronautTest
class AuditIT extends ApiTestSupport {

  @Inject
  @Client("/")
  HttpClient http;

  @Inject ServerFiles files;

  private String lastLine() throws Exception {
    List<String> lines = Files.readAllLines(files.resolve("audit.log"));
    return lines.get(lines.size() - 1);
  }

  @Test
  void shouldRecordARefusedAnonymousRequestBeforeAnswering() throws Exception {
    try {
      http.toBlocking().exchange(HttpRequest.GET("/api/agencies"), String.class);
    } catch (HttpClientResponseException expected) {
      assertThat(expected.getStatus().getCode()).isEqualTo(401);
    }

    assertThat(lastLine())
        .contains("\"user\":\"anonymous\"", "\"route\":\"/api/agencies\"")
        .contains("\"status\":401", "\"outcome\":\"denied\"");
  }

  @Test
  void shouldRecordWhoReadWhatHowMuchAndMaskSearchText() throws Exception {
    http.toBlocking()
        .exchange(as(Role.ANALYST, HttpRequest.GET("/api/people?kind=CHILD&q=Jane")), String.class);

    assertThat(lastLine())
        .contains(
            "\"user\":\"analyst\"", "\"roles\":[\"ANALYST\"]", "\"route\":\"/api/people{?kind}\"")
        .contains("\"kind\":\"CHILD\"", "\"q\":\"***\"", "\"outcome\":\"allowed\"", "\"size\":6")
        .doesNotContain("Jane");
  }

  @Test
  void shouldRefuseATokenOnceItsUserIsRemoved() throws Exception {
    users.add("short-lived", Role.TOOL, "short-lived-password".toCharArray());
    @SuppressWarnings("unchecked")
    Map<String, Object> login =
        http.toBlocking()
            .retrieve(
                HttpRequest.POST(
                    "/api/token",
                    Map.of("username", "short-lived", "password", "short-lived-password")),
                Map.class);
    String token = (String) login.get("access_token");
    assertThat(
            http.toBlocking()
                .exchange(HttpRequest.GET("/api/agencies").bearerAuth(token), String.class)
                .code())
        .isEqualTo(200);

    users.remove("short-lived");

    int status;
    try {
      status =
          http.toBlocking()
              .exchange(HttpRequest.GET("/api/agencies").bearerAuth(token), String.class)
              .code();
    } catch (HttpClientResponseException e) {
      status = e.getStatus().getCode();
    }
    assertThat(status).isIn(401, 403);
  }

  @Test
  void shouldKeepTheChainIntactAcrossRequests() {
    for (int i = 0; i < 3; i++) {
      http.toBlocking().exchange(as(Role.TOOL, HttpRequest.GET("/api/agencies")), String.class);
    }
    Path log = files.resolve("audit.log");
    assertThat(AuditLog.verify(log).intact()).isTrue();
    assertThat(AuditLog.verify(log).lines()).isGreaterThanOrEqualTo(3);
  }
}
