package org.sgnet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The packaged jar's launcher: the archive the build made, and the second JVM's lifetime. */
class LauncherIT {

  @TempDir Path home;

  @Test
  void shouldPackageAnArchiveThatThisJdkMapsForTheJar() throws Exception {
    Path archive = Launcher.archiveOf(Jar.path().toAbsolutePath());
    // -Xshare:on makes the JVM refuse to start when it cannot map the archive, where the
    // launcher's -Xshare:auto would quietly do without it.
    Process p =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xshare:on",
                "-XX:SharedArchiveFile=" + archive,
                "-jar",
                Jar.path().toAbsolutePath().toString(),
                "--version")
            .redirectErrorStream(true)
            .start();
    String out =
        new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);

    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(out).isZero();
    assertThat(out).startsWith("sgnet ");
  }

  @Test
  void shouldRunQuietlyWithoutAnArchiveMadeForAnotherPlace() throws Exception {
    // A moved checkout: the jar and its archive side by side, but the archive names the jar's old
    // path, so the JVM cannot map it. The command still works, and says nothing about it.
    Path moved = java.nio.file.Files.createDirectories(home.resolve("moved"));
    Path jar = java.nio.file.Files.copy(Jar.path(), moved.resolve("sgnet.jar"));
    java.nio.file.Files.copy(Launcher.archiveOf(Jar.path()), moved.resolve("sgnet.jsa"));
    java.nio.file.Files.copy(Launcher.stampOf(Jar.path()), moved.resolve("sgnet.jsa.properties"));
    Process p =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar",
                jar.toString(),
                "--version")
            .redirectError(home.resolve("err.txt").toFile())
            .start();
    String out =
        new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);

    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).isZero();
    assertThat(out).startsWith("sgnet ").hasLineCount(1);
    assertThat(home.resolve("err.txt")).isEmptyFile();
  }

  @Test
  void shouldRunTheCommandInASecondJvmThatStopsWhenTheLauncherIsKilled() throws Exception {
    Path db = home.resolve("db");
    try (Jar.Server server =
        Jar.start(home, "sgnet serving", "serve", "--db", db.toString(), "--port", "0")) {
      List<ProcessHandle> children = server.process().children().toList();
      assertThat(children).hasSize(1);
      ProcessHandle command = children.get(0);
      assertThat(command.info().commandLine().orElse(""))
          .contains("-XX:SharedArchiveFile=")
          .contains("-Dsgnet.launched=" + server.process().pid());

      // SIGKILL: the launcher runs no shutdown hook, so the second JVM has to notice by itself.
      server.process().destroyForcibly();

      assertThat(command.onExit().get(60, TimeUnit.SECONDS).isAlive()).isFalse();
    }
    // It closed the store on its way out: another command can open it.
    assertThat(Jar.run(home, "store", "info", "--db", db.toString()).exitCode()).isZero();
  }

  @Test
  void shouldStopTheSecondJvmWhenTheLauncherIsStopped() throws Exception {
    Path db = home.resolve("db");
    try (Jar.Server server =
        Jar.start(home, "sgnet serving", "serve", "--db", db.toString(), "--port", "0")) {
      ProcessHandle command = server.process().children().findFirst().orElseThrow();

      assertThat(server.stop()).isTrue();

      assertThat(command.onExit().get(60, TimeUnit.SECONDS).isAlive()).isFalse();
      // SIGTERM's exit status: the launcher's own hook stopped the command, not the command's
      // watch on its launcher.
      assertThat(server.process().exitValue()).isEqualTo(143);
      assertThat(home.resolve("server-err.txt"))
          .content()
          .doesNotContain("the launching process ended");
    }
    assertThat(Jar.run(home, "store", "info", "--db", db.toString()).exitCode()).isZero();
  }
}
