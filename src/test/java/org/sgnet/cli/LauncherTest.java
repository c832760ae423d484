package org.sgnet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LauncherTest {

  private static final Path JAVA = Path.of("/opt/jdk/bin/java");
  private static final String HOME = "/opt/jdk";
  private static final String VERSION = "17.0.15+6";
  private static final long PID = 4242;

  @TempDir Path dir;

  private Path jar;

  @BeforeEach
  void packagedJarWithItsArchive() throws IOException {
    jar = Files.writeString(dir.resolve("sgnet.jar"), "jar");
    Files.setLastModifiedTime(jar, FileTime.from(Instant.parse("2026-11-26T10:00:00Z")));
    Files.writeString(dir.resolve("sgnet.jsa"), "archive");
    writeStamp(Launcher.stamp(jar, HOME, VERSION));
  }

  private void writeStamp(Properties stamp) throws IOException {
    try (OutputStream out = Files.newOutputStream(Launcher.stampOf(jar))) {
      stamp.store(out, null);
    }
  }

  private Launcher.Jvm jvm(String... options) {
    return new Launcher.Jvm(JAVA, HOME, VERSION, jar, jar.toString(), List.of(options));
  }

  @Test
  void shouldFindTheArchiveAndItsStampBesideTheJarUnderTheSameName() {
    Path jar = Path.of("/opt/sgnet/target/sgnet.jar");

    assertThat(Launcher.archiveOf(jar)).isEqualTo(Path.of("/opt/sgnet/target/sgnet.jsa"));
    assertThat(Launcher.stampOf(jar)).isEqualTo(Path.of("/opt/sgnet/target/sgnet.jsa.properties"));
  }

  @Test
  void shouldStartTheCommandWithTheArchiveAndTheUsersOptionsAndArguments() {
    var command =
        Launcher.command(jvm("-Xmx16g", "-Dx=y"), PID, List.of("analyse", "--db", "./data"));

    assertThat(command)
        .contains(
            List.of(
                JAVA.toString(),
                "-XX:SharedArchiveFile=" + dir.resolve("sgnet.jsa"),
                "-Xlog:disable",
                "-Xlog:all=warning,cds*=off:stderr",
                "-Xmx16g",
                "-Dx=y",
                "-Dsgnet.launched=4242",
                "-jar",
                jar.toString(),
                "analyse",
                "--db",
                "./data"));
  }

  @Test
  void shouldRunInThisJvmWhenNoArchiveLiesBesideTheJar() throws IOException {
    Files.delete(dir.resolve("sgnet.jsa"));

    assertThat(Launcher.command(jvm(), PID, List.of("analyse"))).isEmpty();
  }

  @Test
  void shouldRunInThisJvmWhenTheArchiveHasNoStamp() throws IOException {
    Files.delete(Launcher.stampOf(jar));

    assertThat(Launcher.command(jvm(), PID, List.of("analyse"))).isEmpty();
  }

  @Test
  void shouldRunInThisJvmWhenTheJarWasRebuiltWithoutAnArchive() throws IOException {
    Files.setLastModifiedTime(jar, FileTime.from(Instant.parse("2026-11-26T11:00:00Z")));

    assertThat(Launcher.command(jvm(), PID, List.of("analyse"))).isEmpty();
  }

  @Test
  void shouldRunInThisJvmWhenTheArchiveWasMadeForTheJarElsewhere() throws IOException {
    // A moved checkout: the archive names the jar's old path, and the JVM would refuse it.
    Properties stamp = Launcher.stamp(jar, HOME, VERSION);
    stamp.setProperty("jar", "/home/me/old-checkout/target/sgnet.jar");
    writeStamp(stamp);

    assertThat(Launcher.command(jvm(), PID, List.of("analyse"))).isEmpty();
  }

  @Test
  void shouldRunInThisJvmWhenAnotherJdkMadeTheArchive() throws IOException {
    writeStamp(Launcher.stamp(jar, HOME, "17.0.9+9"));

    assertThat(Launcher.command(jvm(), PID, List.of("analyse"))).isEmpty();
  }

  @Test
  void shouldRunInThisJvmWhenTheClassesDoNotComeFromTheJarAlone() {
    var fromFolders = new Launcher.Jvm(JAVA, HOME, VERSION, null, "target/classes", List.of());
    var folderAsJar = new Launcher.Jvm(JAVA, HOME, VERSION, dir, dir.toString(), List.of());
    var withOthers =
        new Launcher.Jvm(
            JAVA, HOME, VERSION, jar, jar + java.io.File.pathSeparator + "extra.jar", List.of());

    assertThat(Launcher.command(fromFolders, PID, List.of("analyse"))).isEmpty();
    assertThat(Launcher.command(folderAsJar, PID, List.of("analyse"))).isEmpty();
    assertThat(Launcher.command(withOthers, PID, List.of("analyse"))).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "-Dsgnet.launcher=off",
        "-Dsgnet.launcher=OFF",
        "-Dsgnet.launcher=false",
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
        "-XX:+UnlockDiagnosticVMOptions",
        "-XX:+UseZGC",
        "-Xmx32g",
        "-Xmx40000m",
        "-Xmx1t",
        "-Xmx99999999999999t"
      })
  void shouldRunInThisJvmWhenAnOptionWouldClashOrDefeatTheArchiveOrTheUserChose(String option) {
    assertThat(Launcher.command(jvm("-Xmx1g", option), PID, List.of("analyse"))).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "-Xmx16g",
        "-Xmx31g",
        "-Xms512m",
        "-Xss4m",
        "-XX:MaxRAMPercentage=50.0",
        "-XX:+UseParallelGC",
        "-XX:+UseG1GC",
        "-XX:+HeapDumpOnOutOfMemoryError",
        "-XX:HeapDumpPath=/var/tmp",
        "-Dsgnet.store.page-cache=4g",
        "-ea"
      })
  void shouldPassMemoryCollectorAndPropertyOptionsOn(String option) {
    assertThat(Launcher.command(jvm(option), PID, List.of("analyse")))
        .hasValueSatisfying(command -> assertThat(command).contains(option));
  }
}
