package org.sgnet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A store that cannot be reached answers with one line that says what to do, never with the
 * framework's wrapping or a stack trace.
 */
class StoreErrorsIT {

  private static final Pattern BOLT = Pattern.compile("Bolt (bolt://127\\.0\\.0\\.1:\\d+)");

  @TempDir Path home;

  @Test
  void shouldSayInOneLineThatAServedStoreIsInUseAndHowToReachIt() throws Exception {
    Path db = home.resolve("db");
    try (Jar.Server server =
        Jar.start(home, "sgnet serving", "serve", "--db", db.toString(), "--port", "0")) {
      // Commands use a served store through its server; a second server cannot.
      Jar.Result locked = Jar.run(home, "serve", "--db", db.toString(), "--port", "0");
      assertThat(locked.exitCode()).isEqualTo(Sgnet.FAILURE);
      assertThat(locked.err())
          .hasLineCount(1)
          .startsWith("sgnet: cannot open the store in ")
          .contains("--uri");

      // Told not to use the server, any command finds the directory locked.
      Jar.Result held =
          run(Map.of("SGNET_STORE_USE_RUNNING", "false"), "analyse", "--db", db.toString());
      assertThat(held.exitCode()).isEqualTo(Sgnet.FAILURE);
      assertThat(held.err())
          .hasLineCount(1)
          .startsWith("sgnet: cannot open the store in ")
          .contains("--uri");

      Matcher bolt = BOLT.matcher(server.line());
      assertThat(bolt.find()).as(server.line()).isTrue();
      Jar.Result refused =
          run(
              Map.of("SGNET_STORE_USERNAME", "neo4j", "SGNET_STORE_PASSWORD", "wrong"),
              "analyse",
              "--uri",
              bolt.group(1));
      assertThat(refused.exitCode()).isEqualTo(Sgnet.FAILURE);
      assertThat(refused.err())
          .hasLineCount(1)
          .contains("refused the user name or password")
          .contains("SGNET_STORE_PASSWORD")
          .contains("bolt-password")
          .doesNotContain("wrong");
    }
  }

  @Test
  void shouldSayInOneLineThatTheHttpPortIsTakenBeforeOpeningTheStore() throws Exception {
    Path db = home.resolve("never-opened");
    try (java.net.ServerSocket taken =
        new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      String port = Integer.toString(taken.getLocalPort());

      Jar.Result r = Jar.run(home, "serve", "--db", db.toString(), "--port", port);

      assertThat(r.exitCode()).isEqualTo(Sgnet.FAILURE);
      assertThat(r.err())
          .hasLineCount(1)
          .startsWith("sgnet: cannot listen on 127.0.0.1:" + port + " (")
          .contains("--port")
          .doesNotContain("Exception");
      assertThat(db).as("the store was not opened, so nothing was created").doesNotExist();
    }
  }

  @Test
  void shouldLeaveNoDemoFolderBehindWhenTheHttpPortIsTaken() throws Exception {
    Path tmp = java.nio.file.Files.createDirectories(home.resolve("tmp"));
    try (java.net.ServerSocket taken =
        new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      String port = Integer.toString(taken.getLocalPort());

      Jar.Result r =
          Jar.run(
              home, Map.of("JAVA_OPTS", "-Xmx1g -Djava.io.tmpdir=" + tmp), "demo", "--port", port);

      assertThat(r.exitCode()).isEqualTo(Sgnet.FAILURE);
      assertThat(r.err()).hasLineCount(1).startsWith("sgnet: cannot listen on 127.0.0.1:" + port);
      try (var left = java.nio.file.Files.list(tmp)) {
        assertThat(left).as("temporary folders left").isEmpty();
      }
    }
  }

  @Test
  void shouldSayInOneLineThatNothingAnswersAtTheAddress() throws Exception {
    Jar.Result r = Jar.run(home, "analyse", "--uri", "bolt://127.0.0.1:1");

    assertThat(r.exitCode()).isEqualTo(Sgnet.FAILURE);
    assertThat(r.err())
        .hasLineCount(1)
        .startsWith("sgnet: cannot connect to the store at bolt://127.0.0.1:1: nothing answers")
        .contains("SGNET_STORE_URI");
  }

  @Test
  void shouldSayInOneLineThatAUserNameNeedsItsPassword() throws Exception {
    Jar.Result r =
        run(Map.of("SGNET_STORE_USERNAME", "neo4j"), "analyse", "--uri", "bolt://127.0.0.1:1");

    assertThat(r.exitCode()).isEqualTo(Sgnet.FAILURE);
    assertThat(r.err())
        .hasLineCount(1)
        .startsWith("sgnet: cannot connect to the store at bolt://127.0.0.1:1: a user name but no")
        .contains("SGNET_STORE_PASSWORD")
        .doesNotContain("Exception");
  }

  private Jar.Result run(Map<String, String> env, String... args) throws Exception {
    ProcessBuilder pb = Jar.command(home, args);
    pb.environment().remove("SGNET_STORE_PASSWORD");
    pb.environment().remove("SGNET_STORE_USERNAME");
    pb.environment().putAll(env);
    Path out = java.nio.file.Files.createTempFile(home, "out", ".txt");
    Path err = java.nio.file.Files.createTempFile(home, "err", ".txt");
    Process p =
        pb.redirectOutput(out.toFile())
            .redirectError(err.toFile())
            .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
            .start();
    assertThat(p.waitFor(120, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
    return new Jar.Result(
        p.exitValue(), java.nio.file.Files.readString(out), java.nio.file.Files.readString(err));
  }
}
