package org.sgnet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import at.favre.lib.crypto.bcrypt.BCrypt;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sgnet.demo.DemoBundle;

/**
 * {@code sgnet backup} of a store that {@code sgnet serve} is serving, while the server answers
 * reads, records runs and takes an import, restores with {@code sgnet restore} to a store that
 * exports byte for byte as the original did before or after the import (never anything between),
 * with the same users, keys, pseudonyms and audit position.
 */
class BackupCliIT {

  private static final String PASSWORD = "a-long-password-1";

  @TempDir Path home;

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  @Test
  void shouldRestoreABackupTakenWhileTheServerAnswersToAnIdenticalStore() throws Exception {
    Path db = home.resolve("db");
    Path demo = DemoBundle.extract(home.resolve("demo"));
    assertThat(Jar.run(home, "import", demo.toString(), "--db", db.toString()).exitCode()).isZero();
    String hash =
        new String(BCrypt.withDefaults().hash(4, PASSWORD.toCharArray()), StandardCharsets.UTF_8);
    Files.writeString(
        db.resolve("users"), "analyst:ANALYST:" + hash + "\nreviewer:REVIEWER:" + hash + "\n");
    Path extra = home.resolve("extra");
    assertThat(
            Jar.run(home, "generate", "--children", "3", "--seed", "7", "--out", extra.toString())
                .exitCode())
        .isZero();

    Path backup = home.resolve("backup.zip");
    String before;
    String after;
    String coded;
    String codedAfter;
    Jar.Result backedUp;
    AtomicInteger reads = new AtomicInteger();
    AtomicInteger runs = new AtomicInteger();
    Set<String> failures = ConcurrentHashMap.newKeySet();
    try (Jar.Server server =
        Jar.start(home, "sgnet serving", "serve", "--db", db.toString(), "--port", "0")) {
      // The reviewer's coded ids come from the pseudonym key, which this first look creates.
      coded = get(server, "/api/children/child-j/network", "reviewer");
      assertThat(coded).doesNotContain("child-j");
      before = export(db);

      AtomicBoolean stop = new AtomicBoolean();
      Thread reader =
          load(
              stop,
              failures,
              () -> tally(get(server, "/api/children/child-j/network", "analyst"), reads));
      Thread recorder =
          load(stop, failures, () -> tally(post(server, "/api/runs", "analyst"), runs));
      Process importing =
          Jar.launch(
              home,
              home.resolve("import-out.txt"),
              home.resolve("import-err.txt"),
              "import",
              extra.toString(),
              "--db",
              db.toString());
      try {
        backedUp = Jar.run(home, "backup", "--db", db.toString(), "--out", backup.toString());
        assertThat(importing.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(importing.exitValue())
            .as(Files.readString(home.resolve("import-err.txt")))
            .isZero();
      } finally {
        stop.set(true);
        reader.join();
        recorder.join();
      }
      assertThat(failures).isEmpty();
      assertThat(reads.get()).as("the server answered while the backup ran").isPositive();
      after = export(db);
      // The default date of a network is the latest event's, which the import moves.
      codedAfter = get(server, "/api/children/child-j/network", "reviewer");
    }
    assertThat(backedUp.exitCode()).as(backedUp.err()).isZero();
    assertThat(backedUp.out()).contains("Backed up").contains("audit log: ");
    assertThat(after).as("the import changed the network").isNotEqualTo(before);

    Path restored = home.resolve("restored");
    Jar.Result restore = Jar.run(home, "restore", backup.toString(), "--db", restored.toString());
    assertThat(restore.exitCode()).as(restore.err()).isZero();

    String restoredExport = export(restored);
    assertThat(restoredExport)
        .as("the network before the import or after it, byte for byte, never between")
        .isIn(before, after);
    for (String file : List.of("users", "jwt-secret", "pseudonym-key")) {
      assertThat(Files.readString(restored.resolve(file)))
          .as(file)
          .isEqualTo(Files.readString(db.resolve(file)));
    }
    assertThat(Files.readString(restored.resolve("bolt-password")))
        .isNotEqualTo(Files.readString(db.resolve("bolt-password")));

    // The audit log up to the position the backup printed, intact and continuing the original.
    String position =
        backedUp.out().lines().filter(l -> l.contains("audit log: ")).findFirst().orElseThrow();
    long lines = Long.parseLong(position.replaceAll(".*audit log: (\\d+) lines.*", "$1"));
    assertThat(lines).isPositive();
    Jar.Result verify =
        Jar.run(home, "audit", "verify", "--audit-log", restored.resolve("audit.log").toString());
    assertThat(verify.exitCode()).as(verify.err()).isZero();
    assertThat(verify.out())
        .startsWith(
            "intact: " + lines + " lines, last hash " + position.replaceAll(".*last hash ", ""));
    assertThat(Files.readAllLines(db.resolve("audit.log")).subList(0, (int) lines))
        .isEqualTo(Files.readAllLines(restored.resolve("audit.log")));

    // The restored store serves the reviewer the same codes.
    try (Jar.Server server =
        Jar.start(home, "sgnet serving", "serve", "--db", restored.toString(), "--port", "0")) {
      // As the store before the import or after it, whichever the backup caught.
      assertThat(get(server, "/api/children/child-j/network", "reviewer"))
          .isEqualTo(restoredExport.equals(before) ? coded : codedAfter);
    }
  }

  @Test
  void shouldRefuseACorruptedBackupAndRestoreNothing() throws Exception {
    Path db = home.resolve("db");
    Path demo = DemoBundle.extract(home.resolve("demo"));
    assertThat(Jar.run(home, "import", demo.toString(), "--db", db.toString()).exitCode()).isZero();
    Path backup = home.resolve("backup.zip");
    Jar.Result made = Jar.run(home, "backup", "--db", db.toString(), "--out", backup.toString());
    assertThat(made.exitCode()).as(made.err()).isZero();
    byte[] bytes = Files.readAllBytes(backup);
    bytes[bytes.length / 3] ^= 0x01;
    Path corrupted = Files.write(home.resolve("corrupted.zip"), bytes);

    Path target = home.resolve("restored");
    Jar.Result refused = Jar.run(home, "restore", corrupted.toString(), "--db", target.toString());

    assertThat(refused.exitCode()).isEqualTo(Sgnet.INVALID_INPUT);
    assertThat(refused.err()).contains(corrupted.toString()).contains("entry graph/");
    assertThat(target).doesNotExist();
    try (var left = Files.list(home)) {
      assertThat(left.map(p -> p.getFileName().toString())).noneMatch(n -> n.contains("restoring"));
    }
    Jar.Result again = Jar.run(home, "backup", "--db", db.toString(), "--out", backup.toString());
    assertThat(again.exitCode()).isEqualTo(Sgnet.INVALID_INPUT);
    assertThat(again.err()).contains("never overwrites");
  }

  /** A piece of load that runs again and again until stopped. */
  private interface Step {
    void run() throws Exception;
  }

  private static Thread load(AtomicBoolean stop, Set<String> failures, Step step) {
    Thread t =
        new Thread(
            () -> {
              while (!stop.get()) {
                try {
                  step.run();
                  Thread.sleep(200);
                } catch (Exception | AssertionError e) {
                  failures.add(e.toString());
                  return;
                }
              }
            });
    t.start();
    return t;
  }

  private static void tally(String body, AtomicInteger count) {
    if (body != null) {
      count.incrementAndGet();
    }
  }

  private String export(Path db) throws Exception {
    Jar.Result export = Jar.run(home, "export", "--format", "json", "--db", db.toString());
    assertThat(export.exitCode()).as(export.err()).isZero();
    return export.out();
  }

  private String get(Jar.Server server, String path, String user) throws Exception {
    HttpResponse<String> r =
        http.send(request(server, path, user).GET().build(), HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).as(path + ": " + r.body()).isEqualTo(200);
    return r.body();
  }

  /** Records a run; 409 while the import runs is the server's answer, not a failure. */
  private String post(Jar.Server server, String path, String user) throws Exception {
    HttpResponse<String> r =
        http.send(
            request(server, path, user)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{}"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).as(path + ": " + r.body()).isIn(200, 201, 409);
    return r.statusCode() == 409 ? null : r.body();
  }

  private static HttpRequest.Builder request(Jar.Server server, String path, String user) {
    String credentials = user + ":" + PASSWORD;
    return HttpRequest.newBuilder(URI.create(server.url() + path))
        .header(
            "Authorization",
            "Basic "
                + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)))
        .timeout(Duration.ofSeconds(60));
  }
}
