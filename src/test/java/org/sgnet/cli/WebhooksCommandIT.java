package org.sgnet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sgnet.demo.DemoBundle;
import org.sgnet.webhooks.LoopbackReceiver;

/**
 * {@code sgnet webhooks} as the store's owner uses it, with the packaged jar: a webhook added on
 * the command line is called by {@code sgnet serve} for a run recorded through it, and the log, the
 * list and the removal say so, never showing the secret.
 */
class WebhooksCommandIT {

  private static final String SECRET = "the-owners-webhook-secret-123";

  @TempDir Path home;

  @Test
  void shouldRegisterOnTheCommandLineAndDeliverFromTheServedStore() throws Exception {
    Path db = home.resolve("db");
    Path bundle = DemoBundle.extract(home.resolve("bundle"));
    assertThat(Jar.run(home, "import", bundle.toString(), "--db", db.toString()).exitCode())
        .isZero();
    Path secret = home.resolve("hook.secret");
    Files.writeString(secret, SECRET + "\n");

    try (LoopbackReceiver receiver = new LoopbackReceiver(0)) {
      Jar.Result refused =
          add(
              db,
              "--url",
              "file:///etc/passwd",
              "--events",
              "opened",
              "--secret-file",
              secret.toString());
      assertThat(refused.exitCode()).isEqualTo(Sgnet.INVALID_INPUT);
      assertThat(refused.err()).contains("url");
      Jar.Result noSecret = add(db, "--url", receiver.url(), "--events", "opened");
      assertThat(noSecret.exitCode()).isEqualTo(Sgnet.INVALID_INPUT);

      Jar.Result added =
          add(
              db,
              "--url",
              receiver.url(),
              "--events",
              "opened, resolved",
              "--secret-file",
              secret.toString());
      assertThat(added.exitCode()).as(added.err()).isZero();
      assertThat(added.out()).startsWith("Registered wh-").doesNotContain(SECRET);
      String id = added.out().substring("Registered ".length(), added.out().indexOf(':'));

      try (Jar.Server server =
          Jar.start(
              home,
              Map.of("SGNET_WEBHOOKS_POLL", "200ms"),
              "sgnet serving",
              "serve",
              "--db",
              db.toString(),
              "--port",
              "0")) {
        Jar.Result run = Jar.run(home, "analyse", "--record", "--db", db.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (receiver.received.isEmpty() && System.nanoTime() < deadline) {
          Thread.sleep(100);
        }
        Thread.sleep(2000); // the rest of the run's changes
        assertThat(receiver.received).isNotEmpty();
        assertThat(receiver.received)
            .allSatisfy(
                r -> {
                  assertThat(r.signedWith(SECRET)).as("signature").isTrue();
                  assertThat(r.header("Sgnet-Event")).isEqualTo("OPENED");
                  assertThat(r.body()).contains("\"coded\":true").doesNotContain("child-j\"");
                });
        assertThat(receiver.received.stream().map(r -> r.header("Sgnet-Delivery")))
            .as("each change once")
            .doesNotHaveDuplicates();

        Jar.Result log = Jar.run(home, "webhooks", "log", id, "--db", db.toString());
        assertThat(log.exitCode()).as(log.err()).isZero();
        assertThat(log.out().lines().filter(l -> l.contains("DELIVERED")))
            .hasSize(receiver.received.size());
        Jar.Result list = Jar.run(home, "webhooks", "list", "--db", db.toString());
        assertThat(list.out()).contains(id, "active").doesNotContain(SECRET);
        Jar.Result removed = Jar.run(home, "webhooks", "remove", id, "--db", db.toString());
        assertThat(removed.exitCode()).as(removed.err()).isZero();
        assertThat(Jar.run(home, "webhooks", "list", "--db", db.toString()).out())
            .contains(id, "removed");
        assertThat(server.stop()).as("stops on SIGTERM").isTrue();
      }
    }
  }

  /** Runs {@code sgnet webhooks add} on the store with the options given. */
  private Jar.Result add(Path db, String... options) throws Exception {
    java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of("webhooks", "add"));
    args.addAll(java.util.List.of(options));
    args.addAll(java.util.List.of("--db", db.toString()));
    return Jar.run(home, args.toArray(String[]::new));
  }
}
