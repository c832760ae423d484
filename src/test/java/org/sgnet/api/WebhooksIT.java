package org.sgnet.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.runtime.server.EmbeddedServer;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.sgnet.SharedStore;
import org.sgnet.app.ServerFiles;
import org.sgnet.bundle.BundleReader;
import org.sgnet.demo.DemoBundle;
import org.sgnet.runs.Change;
import org.sgnet.runs.Runs;
import org.sgnet.store.BundleImporter;
import org.sgnet.store.ImportProgress;
import org.sgnet.users.Role;
import org.sgnet.users.UserDirectory;
import org.sgnet.webhooks.LoopbackReceiver;

/**
 * Webhooks end to end: a served sgnet on the shared store holding the demo, and a receiver on
 * loopback (the JDK's HTTP server) that checks each delivery's signature as the README tells a
 * receiver to. The server is started by hand so that a test can stop it and start it again.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WebhooksIT {

  private static final Argument<Map<String, Object>> OBJECT =
      Argument.mapOf(String.class, Object.class);
  private static final Argument<List<Map<String, Object>>> LIST = Argument.listOf(OBJECT);
  private static final String SECRET = "a-receivers-secret-of-32-chars!!";

  private static Map<String, Object> properties;
  private static EmbeddedServer server;
  private static HttpClient http;
  private final List<LoopbackReceiver> receivers = new ArrayList<>();

  @BeforeAll
  static void serveTheDemo() throws Exception {
    Path dir = Files.createTempDirectory("sgnet-webhooks-demo");
    new BundleImporter(SharedStore.clear(), 10_000)
        .importBundle(
            new BundleReader().read(DemoBundle.extract(dir.resolve("demo"))), ImportProgress.NONE);
    properties = new HashMap<>(SharedStore.contextProperties());
    // Short waits, so that retries happen within a test.
    properties.put("sgnet.webhooks.poll", "100ms");
    properties.put("sgnet.webhooks.backoff-first", "200ms");
    properties.put("sgnet.webhooks.backoff-cap", "400ms");
    start();
    UserDirectory users = server.getApplicationContext().getBean(UserDirectory.class);
    for (Role role : Role.values()) {
      String name = ApiTestSupport.name(role);
      users.add(name, role, ApiTestSupport.password(name).toCharArray());
    }
  }

  @AfterAll
  static void stop() {
    if (server != null) {
      http.close();
      server.getApplicationContext().close();
    }
  }

  @AfterEach
  void removeEveryWebhookAndStopTheReceivers() {
    for (Map<String, Object> w : list()) {
      if (Boolean.TRUE.equals(w.get("active"))) {
        http.toBlocking().exchange(admin(HttpRequest.DELETE("/api/webhooks/" + w.get("id"))));
      }
    }
    receivers.forEach(LoopbackReceiver::close);
  }

  @Test
  void shouldLetOnlyAnAdminRegisterAndRefuseBadInputNamingTheField() throws IOException {
    LoopbackReceiver receiver = receiver();
    Map<String, Object> good = registration(receiver.url());
    List<Map<String, Object>> before = list();
    assertThat(status(Role.ANALYST, good)).isEqualTo(403);
    assertThat(status(Role.REVIEWER, good)).isEqualTo(403);
    assertThat(status(Role.TOOL, good)).isEqualTo(403);

    assertThat(refusal(with(good, "url", "ftp://127.0.0.1/hook"))).contains("url");
    assertThat(refusal(with(good, "url", "file:///etc/passwd"))).contains("url");
    assertThat(refusal(with(good, "secret", "too-short"))).contains("secret", "16");
    assertThat(refusal(with(good, "events", List.of("opened", "deleted")))).contains("events");
    assertThat(refusal(with(good, "events", List.of()))).contains("events");
    assertThat(list()).as("a refused registration stores nothing").isEqualTo(before);
    assertThat(
            status(
                Role.ADMIN,
                HttpRequest.GET("/api/webhooks/wh-000000000000/deliveries"),
                Argument.of(String.class)))
        .isEqualTo(404);
  }

  @Test
  @Order(1) // first, so that the run it records opens every finding of the demo
  @SuppressWarnings("unchecked")
  void shouldDeliverEachChangeOnceSignedAndCodedAndKeepTheLog() throws Exception {
    LoopbackReceiver receiver = receiver();
    Map<String, Object> registered =
        http.toBlocking()
            .retrieve(
                admin(HttpRequest.POST("/api/webhooks", registration(receiver.url()))), OBJECT);
    String id = (String) registered.get("id");
    assertThat(registered).doesNotContainKey("secret").containsKey("fingerprint");
    long cursor = ((Number) registered.get("cursor")).longValue();

    // A run of the catalogue on the demo opens its findings (or, run before, changes nothing);
    // triage decisions after it are changes too.
    http.toBlocking().exchange(as(Role.ANALYST, HttpRequest.POST("/api/runs", Map.of())));
    List<String> keys = keys();
    triage(keys.get(0), "Jo Bloggs's note");
    triage(keys.get(1), "another note");
    List<Change> feed = runs().changes(cursor, 1000).changes();
    assertThat(feed).hasSizeGreaterThanOrEqualTo(2);

    await(() -> receiver.received.size() >= feed.size(), "every change delivered");
    Thread.sleep(1000); // rounds enough to repeat one, were anything sent twice
    assertThat(receiver.received).hasSize(feed.size());
    for (int i = 0; i < feed.size(); i++) {
      LoopbackReceiver.Received r = receiver.received.get(i);
      Change change = feed.get(i);
      assertThat(r.signedWith(SECRET)).as("signature").isTrue();
      assertThat(Long.parseLong(r.header("Sgnet-Timestamp")))
          .isBetween(
              Instant.now().minusSeconds(60).getEpochSecond(), Instant.now().getEpochSecond());
      assertThat(r.header("Sgnet-Delivery")).isEqualTo(id + "-" + change.seq());
      assertThat(r.header("Sgnet-Event")).isEqualTo(change.kind());
      Map<String, Object> body = json(r.body());
      assertThat(((Number) body.get("seq")).longValue()).isEqualTo(change.seq());
      assertThat(body.get("coded")).isEqualTo(true);
      assertThat((List<String>) body.get("children")).allMatch(c -> c.startsWith("child-"));
      for (String child : change.childIds()) {
        assertThat(r.body()).doesNotContain("\"" + child + "\"");
      }
      assertThat(r.body()).doesNotContain("Bloggs", "note", "analyst");
    }

    List<Map<String, Object>> log = deliveries(id);
    assertThat(log).hasSize(feed.size());
    assertThat(log)
        .allSatisfy(
            d -> {
              assertThat(d.get("status")).isEqualTo("DELIVERED");
              assertThat(d.get("attempts")).isEqualTo(1);
              assertThat(d.get("lastStatus")).isEqualTo(204);
            });
    assertThat(list()).allSatisfy(w -> assertThat(w).doesNotContainKey("secret"));

    http.toBlocking().exchange(admin(HttpRequest.DELETE("/api/webhooks/" + id)));
    assertThat(list())
        .filteredOn(w -> id.equals(w.get("id")))
        .singleElement()
        .satisfies(w -> assertThat(w.get("active")).isEqualTo(false));
    List<String> audited =
        Files.readAllLines(
            server.getApplicationContext().getBean(ServerFiles.class).resolve("audit.log"));
    assertThat(audited.stream().filter(l -> l.contains("webhook-add"))).isNotEmpty();
    assertThat(audited.stream().filter(l -> l.contains("webhook-remove"))).isNotEmpty();
    assertThat(audited).noneMatch(l -> l.contains(SECRET));
  }

  @Test
  void shouldRetryWithBackOffUntilTheReceiverAnswersAndSendInOrder() throws Exception {
    LoopbackReceiver receiver = receiver();
    receiver.failures.set(3);
    String id = register(receiver.url());
    List<String> keys = keys();
    triage(keys.get(0), "first");
    triage(keys.get(1), "second");

    await(() -> receiver.received.size() >= 5, "three refusals, then two deliveries");
    List<String> ids = receiver.received.stream().map(r -> r.header("Sgnet-Delivery")).toList();
    assertThat(ids.subList(0, 4))
        .as("the first change again and again, before the second")
        .containsOnly(ids.get(0));
    assertThat(ids.get(4)).isNotEqualTo(ids.get(0));
    List<Map<String, Object>> log = deliveries(id);
    assertThat(log).extracting(d -> d.get("status")).containsExactly("DELIVERED", "DELIVERED");
    assertThat(log.get(0).get("attempts")).isEqualTo(4);
    assertThat(log.get(0).get("outcomes").toString()).contains("HTTP 500");
    assertThat(log.get(1).get("attempts")).isEqualTo(1);
    List<Instant> times =
        receiver.received.subList(0, 4).stream().map(LoopbackReceiver.Received::at).toList();
    assertThat(Duration.between(times.get(0), times.get(3)))
        .as("200 + 400 + 400 ms of back-off")
        .isGreaterThanOrEqualTo(Duration.ofMillis(1000));
  }

  @Test
  void shouldDeliverAfterARestartWhatWasRecordedWhileTheReceiverOrSgnetWasDown() throws Exception {
    int port;
    try (ServerSocket free = new ServerSocket(0)) {
      port = free.getLocalPort();
    }
    String url = "http://127.0.0.1:" + port + "/hook";
    String id = register(url);
    List<String> keys = keys();
    triage(keys.get(0), "while the receiver is down");
    await(
        () -> deliveries(id).stream().anyMatch(d -> ((Number) d.get("attempts")).intValue() > 0),
        "an attempt refused");
    assertThat(deliveries(id).get(0).get("lastError")).isEqualTo("ConnectException");

    // sgnet stops; a change is made while it is down (by the command line, say); then the
    // receiver comes up and sgnet starts again.
    stop();
    server = null;
    Change whileDown = runs().triage(keys.get(1), null, null, "while sgnet is down", "someone");
    LoopbackReceiver receiver = receiver(port);
    start();

    await(() -> receiver.received.size() >= 2, "both changes delivered after the restart");
    Thread.sleep(1000);
    assertThat(receiver.received).hasSize(2);
    assertThat(receiver.received.get(1).header("Sgnet-Delivery"))
        .isEqualTo(id + "-" + whileDown.seq());
    assertThat(receiver.received)
        .allSatisfy(r -> assertThat(r.signedWith(SECRET)).as("signature").isTrue());
    assertThat(deliveries(id)).extracting(d -> d.get("status")).containsOnly("DELIVERED");
  }

  // --- the served sgnet ---

  private static void start() {
    server = ApplicationContext.run(EmbeddedServer.class, properties);
    // A client with the test configuration's timeouts: a run takes seconds on a busy machine.
    http = server.getApplicationContext().createBean(HttpClient.class, server.getURL());
  }

  private static Map<String, Object> json(String body) throws IOException {
    return server
        .getApplicationContext()
        .getBean(io.micronaut.json.JsonMapper.class)
        .readValue(body, OBJECT);
  }

  private static Runs runs() {
    return new Runs(SharedStore.get(), Clock.systemUTC());
  }

  private static <T> MutableHttpRequest<T> admin(MutableHttpRequest<T> request) {
    return ApiTestSupport.as(Role.ADMIN, request);
  }

  private static <T> MutableHttpRequest<T> as(Role role, MutableHttpRequest<T> request) {
    return ApiTestSupport.as(role, request);
  }

  private static Map<String, Object> registration(String url) {
    Map<String, Object> r = new HashMap<>();
    r.put("url", url);
    r.put("secret", SECRET);
    r.put("events", List.of("opened", "changed", "resolved", "reopened"));
    return r;
  }

  private static Map<String, Object> with(Map<String, Object> map, String key, Object value) {
    Map<String, Object> copy = new HashMap<>(map);
    copy.put(key, value);
    return copy;
  }

  private static String register(String url) {
    return (String)
        http.toBlocking()
            .retrieve(admin(HttpRequest.POST("/api/webhooks", registration(url))), OBJECT)
            .get("id");
  }

  private static int status(Role role, Map<String, Object> body) {
    return status(role, HttpRequest.POST("/api/webhooks", body), OBJECT);
  }

  private static int status(Role role, MutableHttpRequest<?> request, Argument<?> type) {
    try {
      return http.toBlocking().exchange(as(role, request), type).code();
    } catch (HttpClientResponseException e) {
      return e.code();
    }
  }

  /** The problem's detail of a registration refused with 400. */
  private static String refusal(Map<String, Object> body) {
    try {
      http.toBlocking().exchange(admin(HttpRequest.POST("/api/webhooks", body)), OBJECT, OBJECT);
      throw new AssertionError("accepted: " + body.keySet());
    } catch (HttpClientResponseException e) {
      assertThat(e.code()).isEqualTo(400);
      return String.valueOf(e.getResponse().getBody(OBJECT).orElseThrow().get("detail"));
    }
  }

  private static List<Map<String, Object>> list() {
    return http.toBlocking().retrieve(admin(HttpRequest.GET("/api/webhooks")), LIST);
  }

  private static List<Map<String, Object>> deliveries(String id) {
    return http.toBlocking()
        .retrieve(admin(HttpRequest.GET("/api/webhooks/" + id + "/deliveries")), LIST);
  }

  /** The keys of the findings kept, after recording a run if none was recorded yet. */
  private static List<String> keys() {
    if (runs().runs().isEmpty()) {
      http.toBlocking().exchange(as(Role.ANALYST, HttpRequest.POST("/api/runs", Map.of())));
    }
    return http
        .toBlocking()
        .retrieve(as(Role.ANALYST, HttpRequest.GET("/api/findings/records")), LIST)
        .stream()
        .map(f -> (String) f.get("key"))
        .toList();
  }

  private static void triage(String key, String note) {
    http.toBlocking()
        .exchange(
            as(
                Role.ANALYST,
                HttpRequest.POST(
                    "/api/findings/"
                        + java.net.URLEncoder.encode(key, StandardCharsets.UTF_8)
                        + "/triage",
                    Map.of("note", note))));
  }

  private static void await(BooleanSupplier condition, String what) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("not within 30 s: " + what);
      }
      Thread.sleep(50);
    }
  }

  // --- the receiver ---

  private LoopbackReceiver receiver() throws IOException {
    return receiver(0);
  }

  private LoopbackReceiver receiver(int port) throws IOException {
    LoopbackReceiver r = new LoopbackReceiver(port);
    receivers.add(r);
    return r;
  }
}
