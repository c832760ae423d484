package org.sgnet.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.security.token.generator.TokenGenerator;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sgnet.app.ServerFiles;
import org.sgnet.audit.AuditLog;
import org.sgnet.users.Role;

/**
 * Login abuse protection against a real server: wrong passwords by HTTP Basic, the token endpoint
 * and the login form lock a name; the lockout is audited and shown to ADMIN; a right password is
 * refused until ADMIN unlocks; revoking ends a user's tokens; tokens expire.
 */
@MicronautTest
class LockoutIT extends ApiTestSupport {

  @Inject
  @Client("/")
  HttpClient http;

  @Inject ServerFiles files;

  @Inject TokenGenerator tokenGenerator;

  /** No redirects followed: the form's answer is looked at as it is. */
  @Override
  public Map<String, String> getProperties() {
    Map<String, String> properties = new java.util.HashMap<>(super.getProperties());
    properties.put("micronaut.http.client.follow-redirects", "false");
    return properties;
  }

  /** A user of its own for each test, so that one test's lockout does not touch another's. */
  private String user(String name) {
    users.add(name, Role.ANALYST, password(name).toCharArray());
    return name;
  }

  private static MutableHttpRequest<?> basic(String name, String password) {
    return HttpRequest.GET("/api/agencies").basicAuth(name, password);
  }

  private static MutableHttpRequest<?> token(String name, String password) {
    return HttpRequest.POST("/api/token", Map.of("username", name, "password", password));
  }

  private static MutableHttpRequest<?> form(String name, String password) {
    return HttpRequest.POST("/login", Map.of("username", name, "password", password, "next", "/"))
        .contentType(MediaType.APPLICATION_FORM_URLENCODED);
  }

  private HttpResponse<String> send(MutableHttpRequest<?> request) {
    try {
      return http.toBlocking().exchange(request, String.class);
    } catch (HttpClientResponseException e) {
      @SuppressWarnings("unchecked")
      HttpResponse<String> response = (HttpResponse<String>) e.getResponse();
      return response;
    }
  }

  private static String body(HttpResponse<String> response) {
    return response.getBody(String.class).orElse("");
  }

  /** Sends 50 wrong passwords for the name the given way; returns the statuses answered. */
  private List<Integer> fiftyWrong(Function<String, MutableHttpRequest<?>> wrong) {
    List<Integer> statuses = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      statuses.add(send(wrong.apply("wrong-password-" + i)).code());
    }
    return statuses;
  }

  /** The body with the seconds left blanked: they differ by the time between the requests. */
  private static String withoutSeconds(String body) {
    return body.replaceAll("\\d+ s\"", "N s\"");
  }

  private List<String> auditLines() throws Exception {
    return Files.readAllLines(files.resolve("audit.log"), StandardCharsets.UTF_8);
  }

  /** A wrong or right password sent one of the three ways a password arrives. */
  private static MutableHttpRequest<?> login(String way, String name, String password) {
    return switch (way) {
      case "basic" -> basic(name, password);
      case "token" -> token(name, password);
      default -> form(name, password);
    };
  }

  /** Sends 50 wrong passwords for a new user; checks it is locked and its password refused. */
  private String lockedThrough(String way, String name) {
    user(name);
    List<Integer> statuses = fiftyWrong(p -> login(way, name, p));

    assertThat(statuses.subList(0, 5)).as("five wrong passwords checked").containsOnly(401);
    assertThat(statuses.subList(5, 50)).as("then refused without checking").containsOnly(429);
    assertThat(users.lockedUntil(name)).isPresent();
    HttpResponse<String> right = send(login(way, name, password(name)));
    assertThat(right.code()).as("the right password during the lock").isEqualTo(429);
    assertThat(Long.parseLong(right.header("Retry-After"))).isBetween(60L, 15 * 60L);
    assertThat(right.header("Set-Cookie")).isNull();
    return name;
  }

  @ParameterizedTest
  @ValueSource(strings = {"basic", "token", "form"})
  void shouldLockUserAfterFiftyWrongPasswordsAndRefuseTheRightOneDuringTheLock(String way) {
    String name = lockedThrough(way, "lock-" + way);
    if (way.equals("form")) {
      assertThat(body(send(form(name, password(name))))).contains("Too many failed sign-ins");
    } else {
      HttpResponse<String> refused = send(login(way, name, "wrong-password-x"));
      assertThat(refused.getContentType().map(MediaType::toString))
          .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
      assertThat(body(refused)).contains("too-many-attempts").doesNotContain(name);
    }
  }

  @Test
  void shouldAuditTheLockoutShowItToAdminAndLetTheUserInOnceAdminUnlocks() throws Exception {
    String name = lockedThrough("basic", "lock-audit");

    assertThat(auditLines())
        .filteredOn(l -> l.contains("\"event\":\"lockout\"") && l.contains("\"user\":\"" + name))
        .hasSize(1);
    assertThat(send(token(name, password(name))).code()).as("right password, token").isEqualTo(429);
    assertThat(send(form(name, password(name))).code()).as("right password, form").isEqualTo(429);

    HttpResponse<String> listed = send(as(Role.ADMIN, HttpRequest.GET("/api/users")));
    assertThat(listed.code()).isEqualTo(200);
    assertThat(body(listed))
        .contains("\"name\":\"" + name + "\",\"role\":\"ANALYST\",\"lockedUntil\":")
        .doesNotContain("$2");

    HttpResponse<String> unlocked =
        send(as(Role.ADMIN, HttpRequest.POST("/api/users/" + name + "/unlock", Map.of())));
    assertThat(unlocked.code()).isEqualTo(200);
    assertThat(body(unlocked)).doesNotContain("lockedUntil");
    assertThat(auditLines().get(auditLines().size() - 1))
        .contains("\"event\":\"unlock\"", "\"user\":\"admin\"", "/api/users/" + name + "/unlock");
    assertThat(send(basic(name, password(name))).code()).isEqualTo(200);
    assertThat(AuditLog.verify(files.resolve("audit.log")).intact()).isTrue();
  }

  @Test
  void shouldAnswerAnUnknownNameExactlyAsAKnownOneAndAuditItsLockWithoutTheName() throws Exception {
    String known = user("lock-known");
    List<Integer> knownStatuses = fiftyWrong(p -> basic(known, p));
    List<Integer> unknownStatuses = fiftyWrong(p -> basic("no-such-user-x", p));

    assertThat(unknownStatuses).isEqualTo(knownStatuses);
    HttpResponse<String> a = send(basic(known, "wrong-password-y"));
    HttpResponse<String> b = send(basic("no-such-user-x", "wrong-password-y"));
    assertThat(withoutSeconds(body(b))).isEqualTo(withoutSeconds(body(a)));
    assertThat(b.header("Retry-After")).isNotBlank();
    assertThat(auditLines())
        .filteredOn(l -> l.contains("\"event\":\"lockout\"") && l.contains("\"user\":\"unknown\""))
        .isNotEmpty();
    assertThat(String.join("\n", auditLines())).doesNotContain("no-such-user-x");
  }

  @Test
  void shouldEndEveryTokenAndSessionOfAUserWhenAdminRevokes() {
    String name = user("revoke-me");
    String bearer = accessToken(name);
    String cookie = formCookie(name);
    assertThat(send(HttpRequest.GET("/api/agencies").bearerAuth(bearer)).code()).isEqualTo(200);
    assertThat(send(withCookie(cookie)).code()).isEqualTo(200);

    HttpResponse<String> revoked =
        send(as(Role.ADMIN, HttpRequest.POST("/api/users/" + name + "/revoke", Map.of())));

    assertThat(revoked.code()).isEqualTo(200);
    assertThat(send(HttpRequest.GET("/api/agencies").bearerAuth(bearer)).code()).isEqualTo(401);
    assertThat(send(withCookie(cookie)).code()).isEqualTo(401);
    String fresh = accessToken(name);
    assertThat(send(HttpRequest.GET("/api/agencies").bearerAuth(fresh)).code()).isEqualTo(200);
    assertThat(
            send(as(Role.ANALYST, HttpRequest.POST("/api/users/" + name + "/revoke", Map.of())))
                .code())
        .as("only ADMIN revokes")
        .isEqualTo(403);
  }

  @Test
  void shouldEndTheSessionOnSignOutSoACopiedCookieNoLongerWorks() {
    String name = user("sign-out");
    String cookie = formCookie(name);
    assertThat(send(withCookie(cookie)).code()).isEqualTo(200);

    HttpResponse<String> out =
        send(
            HttpRequest.POST("/logout", Map.of())
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .cookie(io.micronaut.http.cookie.Cookie.of("sgnet-session", cookie)));

    assertThat(out.code()).isEqualTo(303);
    assertThat(send(withCookie(cookie)).code()).isEqualTo(401);
  }

  @Test
  void shouldIssueTokensForAnHourAndRefuseAnExpiredOne() {
    String name = user("expiry");
    Map<String, Object> claims = claims(accessToken(name));
    assertThat(((Number) claims.get("exp")).longValue() - ((Number) claims.get("iat")).longValue())
        .isEqualTo(3600);

    long now = Instant.now().getEpochSecond();
    String valid = signed(name, now - 60, now + 60);
    String expired = signed(name, now - 3700, now - 100);

    assertThat(send(HttpRequest.GET("/api/agencies").bearerAuth(valid)).code()).isEqualTo(200);
    assertThat(send(HttpRequest.GET("/api/agencies").bearerAuth(expired)).code()).isEqualTo(401);
  }

  @Test
  void shouldBoundHashingUnderAFloodOfWrongPasswordsFromEightThreads() throws Exception {
    String name = user("flood-target");
    long hashesBefore = users.hashesComputed();
    ExecutorService pool = Executors.newFixedThreadPool(8);
    long started = System.nanoTime();
    List<Future<Integer>> answers = new ArrayList<>();
    try {
      for (int i = 0; i < 200; i++) {
        String wrong = "flood-wrong-" + i;
        answers.add(pool.submit(() -> send(basic(name, wrong)).code()));
      }
      List<Integer> statuses = new ArrayList<>();
      for (Future<Integer> answer : answers) {
        statuses.add(answer.get());
      }
      long millis = (System.nanoTime() - started) / 1_000_000;
      long hashes = users.hashesComputed() - hashesBefore;
      long refused = statuses.stream().filter(s -> s == 429).count();
      System.out.printf(
          "LockoutIT flood: 200 wrong Basic logins from 8 threads in %d ms, %d bcrypt checks,"
              + " %d answered 429, %d answered 401%n",
          millis, hashes, refused, statuses.stream().filter(s -> s == 401).count());

      assertThat(statuses).containsOnly(401, 429);
      assertThat(hashes).as("bcrypt checks").isLessThanOrEqualTo(15);
      assertThat(users.lockedUntil(name)).isPresent();
    } finally {
      pool.shutdownNow();
    }
  }

  private String accessToken(String name) {
    return (String)
        http.toBlocking()
            .exchange(token(name, password(name)), Argument.mapOf(String.class, Object.class))
            .body()
            .get("access_token");
  }

  private String formCookie(String name) {
    String header = send(form(name, password(name))).header("Set-Cookie");
    return header.substring("sgnet-session=".length(), header.indexOf(';'));
  }

  private static MutableHttpRequest<?> withCookie(String token) {
    return HttpRequest.GET("/api/agencies")
        .cookie(io.micronaut.http.cookie.Cookie.of("sgnet-session", token));
  }

  private String signed(String name, long issuedAt, long expires) {
    return tokenGenerator
        .generateToken(
            Map.of(
                "sub", name,
                "roles", List.of("ANALYST"),
                "sessions", users.sessions(name).getAsLong(),
                "iat", issuedAt,
                "nbf", issuedAt,
                "exp", expires))
        .orElseThrow();
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> claims(String jwt) {
    String payload =
        new String(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]), StandardCharsets.UTF_8);
    try {
      return new com.fasterxml.jackson.databind.ObjectMapper().readValue(payload, Map.class);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
