package org.sgnet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sgnet.demo.DemoBundle;

/**
 * Commands on an embedded store that {@code sgnet serve} holds run through the server's Bolt
 * connector, and give the answers they give on the store alone.
 */
class ServedStoreIT {

  @TempDir Path home;

  @Test
  void shouldAnswerThroughARunningServerAsTheStoreAloneAnswers() throws Exception {
    Path db = demoStore();
    Jar.Result alone = Jar.run(home, "analyse", "--db", db.toString(), "--format", "json");
    assertThat(alone.exitCode()).as(alone.err()).isZero();
    // One child takes Cypher through a server and the in-memory engine on the store alone
    // (Engine.standard): the answer must not change with it.
    Jar.Result oneAlone = Jar.run(home, "analyse", "--child", "child-j", "--db", db.toString());
    assertThat(oneAlone.exitCode()).as(oneAlone.err()).isZero();

    try (Jar.Server server =
        Jar.start(home, "sgnet serving", "serve", "--db", db.toString(), "--port", "0")) {
      assertThat(db.resolve("bolt-served")).exists();

      Jar.Result served = Jar.run(home, "analyse", "--db", db.toString(), "--format", "json");
      assertThat(served.exitCode()).as(served.err()).isZero();
      assertThat(served.out()).isEqualTo(alone.out());

      Jar.Result oneServed = Jar.run(home, "analyse", "--child", "child-j", "--db", db.toString());
      assertThat(oneServed.exitCode()).as(oneServed.err()).isZero();
      assertThat(oneServed.out()).isEqualTo(oneAlone.out()).contains("child-j");

      Jar.Result show = Jar.run(home, "show", "child-j", "--db", db.toString());
      assertThat(show.exitCode()).as(show.err()).isZero();
      assertThat(show.out()).contains("child-j");

      Jar.Result unknown = Jar.run(home, "show", "nobody", "--db", db.toString());
      assertThat(unknown.exitCode()).isEqualTo(Sgnet.INVALID_INPUT);
      assertThat(unknown.err()).hasLineCount(1);

      assertThat(server.stop()).as("stops on SIGTERM").isTrue();
    }
    assertThat(db.resolve("bolt-served"))
        .as("the announcement goes with the server")
        .doesNotExist();
  }

  @Test
  void shouldOpenTheStoreItselfWhenTheAnnouncedServerIsGone() throws Exception {
    Path db = demoStore();
    // A server killed without its clean-up leaves its announcement behind.
    Files.writeString(db.resolve("bolt-served"), "bolt://127.0.0.1:1\n");

    Jar.Result show = Jar.run(home, "show", "child-j", "--db", db.toString());

    assertThat(show.exitCode()).as(show.err()).isZero();
    assertThat(show.out()).contains("child-j");
    assertThat(show.err()).isEmpty();
  }

  /** A data directory holding the demo case. */
  private Path demoStore() throws Exception {
    Path db = home.resolve("db");
    Path bundle = DemoBundle.extract(home.resolve("bundle"));
    assertThat(Jar.run(home, "import", bundle.toString(), "--db", db.toString()).exitCode())
        .isZero();
    return db;
  }
}
