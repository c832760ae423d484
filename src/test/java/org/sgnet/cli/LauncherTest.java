package org.sgnet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LauncherTest {

  private static final Path JAVA = Path.of("/opt/jdk/bin/java");

  @TempDir Path dir;

  private Path jar;

  @BeforeEach
  void packagedJar() throws IOException {
    jar = Files.writeString(dir.resolve("sgnet.jar"), "jar");
    Files.setLastModifiedTime(jar, FileTime.from(Instant.parse("2026-11-26T10:00:00Z")));
  }

  private void archive(String modified) throws IOException {
    Path archive = Files.writeString(dir.resolve("sgnet.jsa"), "archive");
    Files.setLastModifiedTime(archive, FileTime.from(Instant.parse(modified)));
  }

  @Test
  void shouldFindTheArchiveBesideTheJarUnderTheSameName() {
    assertThat(Launcher.archiveOf(Path.of("/opt/sgnet/target/sgnet.jar")))
        .isEqualTo(Path.of("/opt/sgnet/target/sgnet.jsa"));
  }

  @Test
  void shouldStartTheCommandWithTheArchiveAndTheUsersOptionsAndArguments() throws IOException {
    archive("2026-11-26T10:01:00Z");

    var command =
        Launcher.command(
            JAVA, jar, List.of("-Xmx16g", "-Dx=y"), List.of("analyse", "--db", "./data"));

    assertThat(command)
        .contains(
            List.of(
                JAVA.toString(),
                "-XX:SharedArchiveFile=" + dir.resolve("sgnet.jsa"),
                "-Xshare:auto",
                "-Xlog:disable",
                "-Xlog:all=warning,cds*=off:stderr",
                "-Xmx16g",
                "-Dx=y",
                "-Dsgnet.launched=true",
                "-jar",
                jar.toString(),
                "analyse",
                "--db",
                "./data"));
  }

  @Test
  void shouldRunInThisJvmWhenNoArchiveLiesBesideTheJar() {
    assertThat(Launcher.command(JAVA, jar, List.of(), List.of("analyse"))).isEmpty();
  }

  @Test
  void shouldRunInThisJvmWhenTheArchiveIsOlderThanTheJar() throws IOException {
    // A rebuild with -Dsgnet.cds.skip=true leaves the last build's archive, made for another jar.
    archive("2026-11-26T09:59:00Z");

    assertThat(Launcher.command(JAVA, jar, List.of(), List.of("analyse"))).isEmpty();
  }

  @Test
  void shouldRunInThisJvmWhenRunFromClassFolders() throws IOException {
    archive("2026-11-26T10:01:00Z");

    assertThat(Launcher.command(JAVA, null, List.of(), List.of("analyse"))).isEmpty();
    assertThat(Launcher.command(JAVA, dir, List.of(), List.of("analyse"))).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "-Dsgnet.launcher=off",
        "-Dsgnet.launched=true",
        "-Xshare:off",
        "-XX:SharedArchiveFile=/tmp/mine.jsa",
        "-XX:ArchiveClassesAtExit=/tmp/new.jsa",
        "-XX:+AutoCreateSharedArchive",
        "-Xlog:gc:file=gc.log",
        "-agentlib:jdwp=transport=dt_socket,server=y,address=5005",
        "-javaagent:/opt/agent.jar",
        "-XX:StartFlightRecording=filename=run.jfr",
        "-Dcom.sun.management.jmxremote.port=9010",
        "-XX:+UnlockDiagnosticVMOptions"
      })
  void shouldRunInThisJvmWhenAnOptionWouldClashInASecondOrTheUserChose(String option)
      throws IOException {
    archive("2026-11-26T10:01:00Z");

    assertThat(Launcher.command(JAVA, jar, List.of("-Xmx1g", option), List.of("analyse")))
        .isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "-Xmx16g",
        "-Xms512m",
        "-Xss4m",
        "-XX:MaxRAMPercentage=50",
        "-XX:+UseParallelGC",
        "-XX:+HeapDumpOnOutOfMemoryError",
        "-XX:HeapDumpPath=/var/tmp",
        "-Dsgnet.store.page-cache=4g",
        "-ea"
      })
  void shouldPassMemoryCollectorAndPropertyOptionsOn(String option) throws IOException {
    archive("2026-11-26T10:01:00Z");

    assertThat(Launcher.command(JAVA, jar, List.of(option), List.of("analyse")))
        .hasValueSatisfying(command -> assertThat(command).contains(option));
  }
}
