package org.sgnet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.commons.io.FileUtils;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 18, item 2, the served half: {@code kill -9} of {@code sgnet serve} while it answers a
 * mixed workload (pages and findings read, runs recorded, findings triaged, wrong passwords tried,
 * and a bundle imported through {@code POST /api/import}). After every kill the store opens and
 * shows the network from before the import or after it, never part of it; the audit log's chain
 * verifies; the users file is whole; the change feed has no gap; and importing again converges on
 * what an import never killed gives, byte for byte.
 *
 * <p>Kill moments come from a seeded {@link Random}: {@code -Dsgnet.crash.seed=S} repeats a run,
 * {@code -Dsgnet.crash.served-points=N} sets how many kills (2 in the suite).
 */
class ServeCrashIT {

  private static final long DEFAULT_SEED = 18;
  private static final int DEFAULT_POINTS = 2;
  private static final String PASSWORD = "crash-test-password-1";
  private static final Pattern SEQ = Pattern.compile("^\\s*(\\d+)  ");

  @TempDir Path home;

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  @Test
  void shouldRecoverFromAKillWhileServingAMixedWorkloadWithAnImport() throws Exception {
    long seed = Long.getLong("sgnet.crash.seed", DEFAULT_SEED);
    int points = Integer.getInteger("sgnet.crash.served-points", DEFAULT_POINTS);
    System.out.printf(
        "ServeCrashIT: %d kill points, seed %d (repeat with -Dsgnet.crash.seed=%d"
            + " -Dsgnet.crash.served-points=%d)%n",
        points, seed, seed, points);

    Path bundleA = generate("bundle-a", 1);
    Path bundleB = generate("bundle-b", 2);
    byte[] zipB = zip(bundleB);
    Path storeA = home.resolve("db-a");
    run("import", bundleA.toString(), "--db", storeA.toString());
    for (String[] user :
        List.of(
            new String[] {"admin", "ADMIN"},
            new String[] {"ana", "ANALYST"},
            new String[] {"rev", "REVIEWER"},
            new String[] {"victim", "ANALYST"})) {
      addUser(storeA, user[0], user[1]);
    }
    Path exportA = home.resolve("a.json");
    run("export", "--db", storeA.toString(), "--format", "json", "--out", exportA.toString());

    // A run never killed: how long the workload's import takes, and what it leaves.
    Path calm = home.resolve("db-calm");
    StoreDirs.copy(storeA, calm);
    long importMillis;
    try (Jar.Server server = serve(calm)) {
      Workload workload = new Workload(server.url(), zipB);
      workload.start();
      importMillis = workload.awaitImport(Duration.ofSeconds(300));
      workload.stop();
      assertThat(workload.importStatus.get()).as("the calm run's import").isEqualTo(200);
      assertThat(server.stop()).as("the calm server stops").isTrue();
    }
    Path exportAB = home.resolve("ab.json");
    run("export", "--db", calm.toString(), "--format", "json", "--out", exportAB.toString());
    assertThat(Files.mismatch(exportA, exportAB))
        .as("bundle B changes the network")
        .isNotNegative();
    System.out.printf("ServeCrashIT: the served import took %d ms%n", importMillis);

    Random random = new Random(seed);
    List<String> failures = new ArrayList<>();
    for (int i = 0; i < points; i++) {
      // From the start of the workload to a little past the import's end.
      long delay = (long) (random.nextDouble() * 1.3 * importMillis);
      Path store = home.resolve("db-kill-" + i);
      StoreDirs.copy(storeA, store);
      String outcome;
      try (Jar.Server server = serve(store)) {
        Workload workload = new Workload(server.url(), zipB);
        workload.start();
        Thread.sleep(delay);
        server.process().destroyForcibly();
        assertThat(server.process().waitFor(30, TimeUnit.SECONDS)).isTrue();
        workload.stop();
        outcome =
            String.format(
                "killed after %d ms (%d requests answered, import %s)",
                delay,
                workload.answered.get(),
                workload.importStatus.get() == 0
                    ? "unanswered"
                    : "answered " + workload.importStatus);
      }
      String failure = check(store, exportA, exportAB, bundleB);
      System.out.printf(
          "ServeCrashIT: kill point %d: %s; %s%n",
          i, outcome, failure == null ? "recovered" : "FAILED: " + failure);
      if (failure != null) {
        failures.add("kill point " + i + " with seed " + seed + ": " + failure);
      } else {
        FileUtils.deleteQuietly(store.toFile());
      }
    }
    assertThat(failures).as("kill points that did not recover (seed %d)", seed).isEmpty();
  }

  /** What must hold of a store after a kill; null when it all does. */
  private String check(Path store, Path exportA, Path exportAB, Path bundleB) throws Exception {
    Path seen = home.resolve("seen.json");
    Jar.Result opened =
        Jar.run(home, "export", "--db", store.toString(), "--format", "json", "--out", seen + "");
    if (opened.exitCode() != Sgnet.OK) {
      return "the store does not open: " + opened.err().strip();
    }
    if (Files.mismatch(seen, exportA) != -1 && Files.mismatch(seen, exportAB) != -1) {
      return "the store shows part of the import";
    }
    Jar.Result audit =
        Jar.run(home, "audit", "verify", "--audit-log", store.resolve("audit.log").toString());
    if (audit.exitCode() != Sgnet.OK) {
      return "the audit log does not verify: " + (audit.out() + audit.err()).strip();
    }
    List<String> users =
        Files.readAllLines(store.resolve("users")).stream()
            .filter(l -> !l.startsWith("#"))
            .toList();
    if (users.size() != 4 || !users.stream().allMatch(l -> l.split(":", -1).length == 5)) {
      return "the users file is not whole: " + users.size() + " lines";
    }
    String gap = feedGap(store);
    if (gap != null) {
      return gap;
    }
    Jar.Result again = Jar.run(home, "import", bundleB.toString(), "--db", store.toString());
    Path converged = home.resolve("again.json");
    if (again.exitCode() != Sgnet.OK) {
      return "importing again failed: " + again.err().strip();
    }
    Jar.run(home, "export", "--db", store.toString(), "--format", "json", "--out", converged + "");
    if (Files.mismatch(converged, exportAB) != -1) {
      return "importing again does not give the same export byte for byte";
    }
    return null;
  }

  /** The change feed's sequence numbers run 1, 2, 3… with none missing or repeated. */
  private String feedGap(Path store) throws Exception {
    long expected = 1;
    long after = 0;
    while (true) {
      Jar.Result feed =
          Jar.run(
              home,
              "findings",
              "changes",
              "--db",
              store.toString(),
              "--after",
              after + "",
              "--limit",
              "1000");
      if (feed.exitCode() != Sgnet.OK) {
        return "the change feed cannot be read: " + feed.err().strip();
      }
      long next = after;
      boolean more = false;
      for (String line : feed.out().lines().toList()) {
        Matcher seq = SEQ.matcher(line);
        if (seq.find()) {
          long n = Long.parseLong(seq.group(1));
          if (n != expected) {
            return "the change feed has " + n + " where " + expected + " was due";
          }
          expected++;
        } else if (line.startsWith("next: ")) {
          next = Long.parseLong(line.substring(6).split(" ")[0]);
          more = line.contains("more");
        }
      }
      if (!more) {
        return null;
      }
      after = next;
    }
  }

  /** Readers, runs, triage, wrong passwords and one import, until the server goes away. */
  private final class Workload {
    private final String url;
    private final byte[] bundle;
    private final AtomicBoolean stopped = new AtomicBoolean();
    private final AtomicLong answered = new AtomicLong();
    private final AtomicLong importStatus = new AtomicLong();
    private final AtomicLong importMillis = new AtomicLong(-1);
    private final ExecutorService pool = Executors.newFixedThreadPool(5);

    Workload(String url, byte[] bundle) {
      this.url = url;
      this.bundle = bundle;
    }

    /** Bearer tokens, as tools use them: a Basic login per request would hash every time. */
    private final java.util.Map<String, String> tokens =
        new java.util.concurrent.ConcurrentHashMap<>();

    void start() throws Exception {
      for (String user : List.of("admin", "ana", "rev")) {
        tokens.put(user, token(user));
      }
      pool.submit(() -> loop("rev", () -> get("rev", "/api/children?q=Child")));
      pool.submit(() -> loop("ana", () -> get("ana", "/api/findings/changes?after=0&limit=100")));
      pool.submit(
          () ->
              loop(
                  "ana",
                  () -> {
                    send("ana", "POST", "/api/runs", "{}", "application/json");
                    String records = get("ana", "/api/findings/records?open=true");
                    Matcher key = Pattern.compile("\"key\"\\s*:\\s*\"([^\"]+)\"").matcher(records);
                    if (key.find()) {
                      send(
                          "ana",
                          "POST",
                          "/api/findings/"
                              + java.net.URLEncoder.encode(key.group(1), StandardCharsets.UTF_8)
                                  .replace("+", "%20")
                              + "/triage",
                          "{\"status\": \"confirmed\", \"note\": \"seen\"}",
                          "application/json");
                    }
                    Thread.sleep(500);
                    return records;
                  }));
      pool.submit(() -> loop("victim", () -> wrongPassword()));
      pool.submit(this::importOnce);
    }

    private void importOnce() {
      long start = System.nanoTime();
      try {
        String boundary = "sgnet-crash-" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(
            ("--"
                    + boundary
                    + "\r\nContent-Disposition: form-data; name=\"bundle\";"
                    + " filename=\"b.zip\"\r\nContent-Type: application/zip\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(bundle);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> r;
        do {
          // 409 while a run is being recorded: an import is refused then, not queued; try again.
          r =
              http.send(
                  request("admin", "/api/import")
                      .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                      .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                      .build(),
                  HttpResponse.BodyHandlers.ofString());
        } while (r.statusCode() == 409 && !stopped.get() && sleep(200));
        importStatus.set(r.statusCode());
        importMillis.set(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));
      } catch (IOException | InterruptedException e) {
        // The server was killed.
      }
    }

    private static boolean sleep(long millis) throws InterruptedException {
      Thread.sleep(millis);
      return true;
    }

    long awaitImport(Duration most) throws InterruptedException {
      long deadline = System.nanoTime() + most.toNanos();
      while (importMillis.get() < 0 && System.nanoTime() < deadline) {
        Thread.sleep(50);
      }
      assertThat(importMillis.get()).as("the import answered").isNotNegative();
      return importMillis.get();
    }

    void stop() throws InterruptedException {
      stopped.set(true);
      pool.shutdownNow();
      pool.awaitTermination(30, TimeUnit.SECONDS);
    }

    private void loop(String user, java.util.concurrent.Callable<String> work) {
      while (!stopped.get()) {
        try {
          work.call();
          answered.incrementAndGet();
          Thread.sleep(20);
        } catch (InterruptedException e) {
          return;
        } catch (Exception e) {
          // A refused connection once the server is killed ends nothing: the loop stops with it.
          if (stopped.get()) {
            return;
          }
        }
      }
    }

    private String wrongPassword() throws Exception {
      HttpRequest r =
          HttpRequest.newBuilder(URI.create(url + "/api/findings/changes"))
              .header("Authorization", basic("victim", "not-the-password"))
              .timeout(Duration.ofSeconds(30))
              .build();
      http.send(r, HttpResponse.BodyHandlers.discarding());
      Thread.sleep(200);
      return "";
    }

    private String get(String user, String path) throws Exception {
      return http.send(request(user, path).GET().build(), HttpResponse.BodyHandlers.ofString())
          .body();
    }

    private String send(String user, String method, String path, String body, String type)
        throws Exception {
      return http.send(
              request(user, path)
                  .header("Content-Type", type)
                  .method(method, HttpRequest.BodyPublishers.ofString(body))
                  .build(),
              HttpResponse.BodyHandlers.ofString())
          .body();
    }

    private String token(String user) throws Exception {
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
      while (true) {
        HttpResponse<String> r =
            http.send(
                HttpRequest.newBuilder(URI.create(url + "/api/token"))
                    .header("Content-Type", "application/json")
                    .timeout(Duration.ofSeconds(60))
                    .POST(
                        HttpRequest.BodyPublishers.ofString(
                            "{\"username\": \"" + user + "\", \"password\": \"" + PASSWORD + "\"}"))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher token = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"").matcher(r.body());
        if (r.statusCode() == 200 && token.find()) {
          return token.group(1);
        }
        // 429 while the password hashing is busy: wait as asked.
        assertThat(r.statusCode()).as("token for %s: %s", user, r.body()).isEqualTo(429);
        assertThat(System.nanoTime()).as("a token for %s within 60 s", user).isLessThan(deadline);
        Thread.sleep(1000);
      }
    }

    private HttpRequest.Builder request(String user, String path) {
      return HttpRequest.newBuilder(URI.create(url + path))
          .header("Authorization", "Bearer " + tokens.get(user))
          .timeout(Duration.ofSeconds(120));
    }
  }

  private static String basic(String user, String password) {
    return "Basic "
        + Base64.getEncoder()
            .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  private Jar.Server serve(Path store) throws IOException {
    return Jar.start(home, "sgnet serving", "serve", "--db", store.toString(), "--port", "0");
  }

  private void addUser(Path store, String name, String role) throws Exception {
    Path password = Files.writeString(home.resolve("pw.txt"), PASSWORD + "\n");
    Process p =
        Jar.command(
                home,
                "user",
                "add",
                name,
                "--role",
                role,
                "--db",
                store.toString(),
                "--password-stdin")
            .redirectInput(password.toFile())
            .redirectOutput(home.resolve("user-out.txt").toFile())
            .redirectError(home.resolve("user-err.txt").toFile())
            .start();
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(Files.readString(home.resolve("user-err.txt"))).isZero();
  }

  private Path generate(String name, long seed) throws Exception {
    Path out = home.resolve(name);
    run("generate", "--children", "20", "--seed", Long.toString(seed), "--out", out.toString());
    return out;
  }

  private void run(String... args) throws Exception {
    Jar.Result r = Jar.run(home, args);
    assertThat(r.exitCode()).as(r.err()).isEqualTo(Sgnet.OK);
  }

  private static byte[] zip(Path bundle) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes);
        Stream<Path> files = Files.list(bundle)) {
      for (Path f : files.sorted().toList()) {
        zip.putNextEntry(new ZipEntry(f.getFileName().toString()));
        zip.write(Files.readAllBytes(f));
        zip.closeEntry();
      }
    }
    return bytes.toByteArray();
  }
}
