package org.sgnet.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sgnet.users.Role;

/** Who may call what: every role against every endpoint, and the anonymous caller. */
@MicronautTest
class SecurityIT extends ApiTestSupport {

  @Inject
  @Client("/")
  HttpClient http;

  /** Redirects are part of what is checked (pages send anonymous visitors to the login form). */
  @Override
  public Map<String, String> getProperties() {
    Map<String, String> properties = new java.util.HashMap<>(super.getProperties());
    properties.put("micronaut.http.client.follow-redirects", "false");
    return properties;
  }

  /**
   * The access table of the README. Columns: method, path, then the expected status for anonymous,
   * ADMIN, ANALYST, REVIEWER, TOOL.
   */
  @ParameterizedTest(name = "{0} {1}")
  @CsvSource({
    "GET, /health,                               200, 200, 200, 200, 200",
    "GET, /api/openapi.yml,                      200, 200, 200, 200, 200",
    "GET, /api/docs,                             200, 200, 200, 200, 200",
    "GET, /api/agencies,                         401, 200, 200, 200, 200",
    "GET, /api/agencies/ag-police,               401, 200, 200, 200, 200",
    "GET, /api/people,                           401, 200, 200, 403, 200",
    "GET, /api/people/child-j,                   401, 200, 200, 403, 200",
    "GET, /api/children/child-j/network,         401, 200, 200, 200, 200",
    "GET, /api/children,                         401, 200, 200, 200, 200",
    "GET, /api/children/child-j/timeline,        401, 200, 200, 200, 200",
    "GET, /api/board/matrix,                     401, 200, 200, 200, 200",
    "GET, /api/board/network,                    401, 200, 200, 200, 200",
    "GET, /api/board/children?agency=ag-vol,     401, 200, 200, 200, 200",
    "GET, /api/board/people?agency=ag-camhs&other=ag-vol, 401, 200, 200, 200, 200",
    "GET, /api/children/child-j/metrics,         401, 200, 200, 200, 200",
    "GET, /api/findings?child=child-j,           401, 200, 200, 200, 200",
    "GET, /api/export?format=json&pseudonymise=true, 401, 200, 200, 200, 200",
    "GET, /api/export?format=graphml,            401, 403, 200, 403, 403",
    "GET, /api/export?format=csv&child=child-j,  401, 403, 200, 403, 403",
    "GET, /api/report?child=child-s,             401, 200, 200, 200, 200",
    "GET, /api/report?format=pdf&child=child-s,  401, 200, 200, 200, 200",
    "GET, /api/report?identifiable=true&child=child-s, 401, 403, 200, 403, 403",
    "POST, /api/import,                          401, 400, 403, 403, 403",
    "PATCH, /api/people/child-j,                 401, 400, 403, 403, 403",
    "POST, /api/import?from=partner,             401, 400, 403, 403, 403",
    "GET, /api/identities,                       401, 200, 200, 403, 403",
    "GET, /api/identities/decisions,             401, 200, 200, 403, 403",
    "POST, /api/identities/decisions,            401, 400, 400, 403, 403",
    "GET, /api/users,                            401, 200, 403, 403, 403",
    "POST, /api/users/nobody/unlock,             401, 404, 403, 403, 403",
    "POST, /api/users/nobody/revoke,             401, 404, 403, 403, 403",
    "GET, /api/runs,                             401, 200, 200, 200, 200",
    "POST, /api/runs,                            401, 400, 400, 403, 403",
    "GET, /api/findings/records,                 401, 200, 200, 200, 200",
    "GET, /api/findings/changes?after=0,         401, 200, 200, 200, 200",
    "GET, /api/findings/NOT_SEEN_ALONE:child-j/history, 401, 404, 404, 404, 404",
    "POST, /api/findings/NOT_SEEN_ALONE:child-j/triage, 401, 400, 400, 403, 403",
    "GET, /api/webhooks,                         401, 200, 403, 403, 403",
    "POST, /api/webhooks,                        401, 400, 403, 403, 403",
    "DELETE, /api/webhooks/wh-000000000000,      401, 404, 403, 403, 403",
    "GET, /api/webhooks/wh-000000000000/deliveries, 401, 404, 403, 403, 403",
    "GET, /api/queries,                          401, 403, 200, 403, 403",
    "POST, /api/queries/most-involved-children,  401, 403, 200, 403, 403",
    "POST, /api/cypher,                          401, 403, 200, 403, 403",
    "GET, /,                                     303, 200, 200, 200, 200",
    "GET, /children/child-j,                     303, 200, 200, 200, 200",
    "GET, /network,                              303, 200, 200, 200, 200",
    "GET, /login,                                200, 200, 200, 200, 200",
    "GET, /assets/sgnet.css,                     200, 200, 200, 200, 200",
    "GET, /assets/sgnet.js,                      200, 200, 200, 200, 200",
  })
  void shouldAllowEachRoleExactlyWhatItsRoleGrants(
      String method, String path, int anonymous, int admin, int analyst, int reviewer, int tool) {
    assertThat(status(request(method, path))).as("anonymous").isEqualTo(anonymous);
    Map<Role, Integer> expected =
        Map.of(Role.ADMIN, admin, Role.ANALYST, analyst, Role.REVIEWER, reviewer, Role.TOOL, tool);
    expected.forEach(
        (role, code) ->
            assertThat(status(as(role, request(method, path)))).as(role.name()).isEqualTo(code));
  }

  @Test
  void shouldRefuseAWrongPasswordAndAnswerProblemJsonWithoutDetails() {
    HttpClientResponseException e =
        org.assertj.core.api.Assertions.catchThrowableOfType(
            HttpClientResponseException.class,
            () ->
                client()
                    .exchange(
                        HttpRequest.GET("/api/agencies").basicAuth("analyst", "wrong-password-1"),
                        String.class));
    assertThat(e.getStatus().getCode()).isEqualTo(401);
    assertThat(e.getResponse().getContentType())
        .hasValueSatisfying(t -> assertThat(t.toString()).startsWith("application/problem+json"));
    String body = e.getResponse().getBody(String.class).orElse("");
    assertThat((CharSequence) body).doesNotContain("Exception").doesNotContain("at org.");
  }

  @Test
  void shouldLetAToolLogInForATokenAndReadWithIt() {
    HttpResponse<Map<String, Object>> login =
        client()
            .exchange(
                HttpRequest.POST(
                    "/api/token", Map.of("username", "tool", "password", password("tool"))),
                Argument.mapOf(String.class, Object.class));
    String token = (String) login.body().get("access_token");
    assertThat((CharSequence) token).isNotBlank();

    HttpResponse<String> agencies =
        client().exchange(HttpRequest.GET("/api/agencies").bearerAuth(token), String.class);

    assertThat(agencies.code()).isEqualTo(200);
    assertThat((CharSequence) agencies.body()).contains("ag-police");
    assertThat(status(HttpRequest.GET("/api/agencies").bearerAuth(token + "x"))).isEqualTo(401);
  }

  @Test
  void shouldSignInThroughTheFormWithAStrictHttpOnlyCookieThatOpensPagesAndTheApi() {
    HttpResponse<String> login = reviewerFormLogin("/children/child-j");
    assertThat(login.code()).isEqualTo(303);
    assertThat(login.header("Location")).isEqualTo("/children/child-j");
    String cookie = login.header("Set-Cookie");
    assertThat((CharSequence) cookie)
        .startsWith("sgnet-session=")
        .containsIgnoringCase("HttpOnly")
        .contains("SameSite=Strict");
    String token = cookie.substring("sgnet-session=".length(), cookie.indexOf(';'));

    assertThat(status(HttpRequest.GET("/children/child-j").cookie(sessionCookie(token))))
        .isEqualTo(200);
    assertThat(status(HttpRequest.GET("/api/agencies").cookie(sessionCookie(token))))
        .isEqualTo(200);
    assertThat(status(HttpRequest.GET("/api/agencies").cookie(sessionCookie(token + "x"))))
        .isEqualTo(401);

    HttpResponse<String> logout =
        client()
            .exchange(
                HttpRequest.POST("/logout", Map.of())
                    .contentType(io.micronaut.http.MediaType.APPLICATION_FORM_URLENCODED)
                    .cookie(sessionCookie(token)),
                String.class);
    assertThat(logout.code()).isEqualTo(303);
    assertThat(logout.header("Location")).isEqualTo("/login");
    assertThat((CharSequence) logout.header("Set-Cookie")).contains("sgnet-session=;");
  }

  @Test
  void shouldRefuseAWrongPasswordOnTheFormWithoutACookieAndNeverRedirectOffTheServer() {
    HttpClientResponseException e =
        org.assertj.core.api.Assertions.catchThrowableOfType(
            HttpClientResponseException.class,
            () -> formLogin(Map.of("username", "reviewer", "password", "wrong-password-1")));
    assertThat(e.getStatus().getCode()).isEqualTo(401);
    assertThat(e.getResponse().getHeaders().get("Set-Cookie")).isNull();

    HttpResponse<String> login = reviewerFormLogin("//elsewhere.example/");
    assertThat(login.header("Location")).isEqualTo("/");
  }

  /** Signs the reviewer in through the login form, asking to be sent on to {@code next}. */
  private HttpResponse<String> reviewerFormLogin(String next) {
    return formLogin(
        Map.of("username", "reviewer", "password", password("reviewer"), "next", next));
  }

  private static io.micronaut.http.cookie.Cookie sessionCookie(String token) {
    return io.micronaut.http.cookie.Cookie.of("sgnet-session", token);
  }

  /**
   * A request with a body that is well-formed but wrong (400 for the role allowed to send it), so
   * the table proves access without changing the demo.
   */
  private static MutableHttpRequest<?> request(String method, String path) {
    if (path.startsWith("/api/queries/") || path.startsWith("/api/users/")) {
      return HttpRequest.POST(path, Map.of());
    }
    if (path.equals("/api/cypher")) {
      return HttpRequest.POST(path, Map.of("query", "MATCH (c:Child) RETURN count(c) AS children"));
    }
    if (method.equals("POST") && path.equals("/api/runs")) {
      // A date that is none: refused as bad input by those who may record, before any run.
      return HttpRequest.POST(path, Map.of("asOf", "not-a-date"));
    }
    if (method.equals("POST") && path.equals("/api/webhooks")) {
      // A URL sgnet would never call: refused as bad input for ADMIN, nothing registered.
      return HttpRequest.POST(path, Map.of("url", "ftp://127.0.0.1/", "events", List.of("opened")));
    }
    if (method.equals("POST") && path.endsWith("/triage")) {
      return HttpRequest.POST(path, Map.of("status", "maybe"));
    }
    if (method.equals("POST") && path.startsWith("/api/identities")) {
      // A decision about one person and themself: refused as bad input by those who may decide.
      return HttpRequest.POST(path, Map.of("a", "child-j", "b", "child-j", "verdict", "CONFIRMED"));
    }
    return switch (method) {
      case "POST" ->
          HttpRequest.POST(
                  path,
                  io.micronaut.http.client.multipart.MultipartBody.builder()
                      .addPart(
                          "bundle",
                          "empty.zip",
                          io.micronaut.http.MediaType.of("application/zip"),
                          new byte[] {1, 2, 3})
                      .build())
              .contentType(io.micronaut.http.MediaType.MULTIPART_FORM_DATA);
      case "PATCH" -> HttpRequest.PATCH(path, Map.of("agencyId", "ag-sc"));
      default -> HttpRequest.create(io.micronaut.http.HttpMethod.valueOf(method), path);
    };
  }

  /** Posts the login form as a browser would. */
  private HttpResponse<String> formLogin(Map<String, String> fields) {
    return client()
        .exchange(
            HttpRequest.POST("/login", fields)
                .contentType(io.micronaut.http.MediaType.APPLICATION_FORM_URLENCODED),
            String.class);
  }

  private BlockingHttpClient client() {
    return http.toBlocking();
  }

  private int status(MutableHttpRequest<?> request) {
    try {
      return client().exchange(request, String.class).code();
    } catch (HttpClientResponseException e) {
      return e.getStatus().getCode();
    }
  }
}
