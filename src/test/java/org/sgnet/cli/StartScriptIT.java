package org.sgnet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The start script the build writes beside the jar, and the class-data archive it maps. */
class StartScriptIT {

  @TempDir Path home;

  @Test
  void shouldPackageAnArchiveThatThisJdkMapsForTheJar() throws Exception {
    // -Xshare:on makes the JVM refuse to start when it cannot map the archive, where the
    // script's -Xshare:auto would quietly do without it.
    Jar.Result r =
        run(
            List.of(
                java(),
                "-Xshare:on",
                "-XX:SharedArchiveFile=" + Jar.path().resolveSibling("sgnet.jsa").toAbsolutePath(),
                "-jar",
                Jar.path().toAbsolutePath().toString(),
                "--version"),
            null);

    assertThat(r.exitCode()).as(r.out() + r.err()).isZero();
    assertThat(r.out()).startsWith("sgnet ");
  }

  @Test
  void shouldLoadTheCommandsClassesFromTheArchive() throws Exception {
    Path log = home.resolve("classes.txt");
    Jar.Result r =
        run(List.of(Jar.script().toString(), "--version"), "-Xlog:class+load:file=" + log);

    assertThat(r.exitCode()).isZero();
    // "(top)": from sgnet's archive, the layer above the JDK's own base archive. (Not picocli's:
    // compiled for Java 5, its classes cannot be archived.)
    List<String> sgnet =
        Files.readAllLines(log, StandardCharsets.UTF_8).stream()
            .filter(l -> l.contains(" org.sgnet."))
            .toList();
    assertThat(sgnet).isNotEmpty();
    // Most, not all: a class the training run never loaded (--version's own) is not archived.
    assertThat(sgnet.stream().filter(l -> l.endsWith("source: shared objects file (top)")).count())
        .as("sgnet's classes from the archive")
        .isGreaterThan(sgnet.size() * 3L / 4);
  }

  @Test
  void shouldRunQuietlyWhenTheArchiveNoLongerFitsTheJar() throws Exception {
    // A rebuilt jar beside an old archive, in a folder whose name has a space: the JVM cannot
    // map the archive; the command still works and says nothing about it.
    Path moved = Files.createDirectories(home.resolve("moved here"));
    Path jar = Files.copy(Jar.path(), moved.resolve("sgnet.jar"));
    Files.setLastModifiedTime(jar, FileTime.from(Instant.now().plusSeconds(60)));
    Files.copy(Jar.path().resolveSibling("sgnet.jsa"), moved.resolve("sgnet.jsa"));
    Path script = Files.copy(Jar.script(), moved.resolve("sgnet"));

    Jar.Result r = run(List.of(script.toString(), "--version"), null);

    assertThat(r.exitCode()).isZero();
    assertThat(r.out())
        .matches("sgnet \\d+\\.\\d+\\.\\d+\\S* \\(built \\d{4}-\\d\\d-\\d\\dT[0-9:]{8}Z\\)\n");
    assertThat(r.err()).isEmpty();
  }

  @Test
  void shouldPassTheCommandsExitCodeAndArgumentsThrough() throws Exception {
    Jar.Result r = run(List.of(Jar.script().toString(), "analyse", "--as-of", "not a date"), null);

    assertThat(r.exitCode()).isEqualTo(Sgnet.INVALID_INPUT);
    assertThat(r.err()).contains("not a date");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "'show --help',                   ,                          1",
    "'analyse --child c1 --help',     ,                          1",
    "'analyse --child=c1 --help',     ,                          1",
    "'analyse --help',                ,                          4",
    "'serve --help',                  ,                          4",
    "'show --help',                   -XX:TieredStopAtLevel=4,   4",
  })
  void shouldCompileShortCommandsWithTheQuickCompilerOnly(
      String command, String javaOpts, int level) throws Exception {
    List<String> line = new java.util.ArrayList<>(List.of(Jar.script().toString()));
    line.addAll(List.of(command.split(" ")));
    String opts = "-XX:+PrintFlagsFinal" + (javaOpts == null ? "" : " " + javaOpts);

    Jar.Result r = run(line, opts);

    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).containsPattern("intx TieredStopAtLevel\\s+= " + level + "\\s");
  }

  @ParameterizedTest(name = "{0} MB, {1}")
  @CsvSource({
    "1,   'analyse --db DIR --help',                   1",
    "1,   'analyse --db=DIR --help',                   1",
    "1,   'trend --db DIR --help',                     1",
    "1,   'analyse --uri bolt://localhost:1 --db DIR --help', 4",
    "1,   'import --db DIR --help',                    4",
    "101, 'analyse --db DIR --help',                   4",
  })
  void shouldGiveWholeStoreWorkOnASmallEmbeddedStoreTheQuickCompilerOnly(
      int megabytes, String command, int level) throws Exception {
    // The script goes by the size of the store's graph on disk, the files Neo4j keeps there.
    Path dir = home.resolve("store-" + megabytes);
    Path graph = Files.createDirectories(dir.resolve("data/databases/neo4j"));
    Files.write(graph.resolve("neostore"), new byte[megabytes << 20]);
    List<String> line = new java.util.ArrayList<>(List.of(Jar.script().toString()));
    for (String word : command.split(" ")) {
      line.add(word.replace("DIR", dir.toString()));
    }

    Jar.Result r = run(line, "-XX:+PrintFlagsFinal");

    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).containsPattern("intx TieredStopAtLevel\\s+= " + level + "\\s");
  }

  @Test
  void shouldStopTheServerCleanlyWhenStopped() throws Exception {
    Path db = home.resolve("db");
    try (Jar.Server server =
        Jar.start(home, "sgnet serving", "serve", "--db", db.toString(), "--port", "0")) {
      // exec: the script's process is the JVM itself, so a SIGTERM reaches the server.
      assertThat(server.process().info().command().orElse("")).endsWith("java");
      assertThat(server.stop()).isTrue();
    }
    // It shut down cleanly: the store it held opens again.
    Jar.Result info = Jar.run(home, "store", "info", "--db", db.toString());
    assertThat(info.exitCode()).as(info.err()).isZero();
  }

  private Jar.Result run(List<String> command, String javaOpts) throws Exception {
    ProcessBuilder pb = new ProcessBuilder(command);
    pb.environment().put("JAVA_HOME", System.getProperty("java.home"));
    pb.environment().put("HOME", home.toString());
    pb.environment().put("XDG_DATA_HOME", home.resolve("data").toString());
    if (javaOpts == null) {
      pb.environment().remove("JAVA_OPTS");
    } else {
      pb.environment().put("JAVA_OPTS", javaOpts);
    }
    Path out = Files.createTempFile(home, "out", ".txt");
    Path err = Files.createTempFile(home, "err", ".txt");
    Process p =
        pb.redirectOutput(out.toFile())
            .redirectError(err.toFile())
            .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
            .start();
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).as(String.join(" ", command)).isTrue();
    return new Jar.Result(
        p.exitValue(),
        Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }

  private static String java() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }
}
