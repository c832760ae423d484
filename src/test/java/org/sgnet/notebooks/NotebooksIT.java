package org.sgnet.notebooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.commons.io.FileUtils;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sgnet.cli.Jar;

/**
 * Executes every analyst notebook headless, top to bottom, with Debian's Jupyter against the
 * packaged jar's {@code demo} server, as {@code notebooks/README.md} tells analysts to.
 *
 * <p>Skipped where {@code /usr/bin/jupyter} or the notebooks' Python packages are missing; {@code
 * .ci/run} installs them, so CI runs them. Jupyter, IPython and matplotlib keep their state under
 * {@code target/notebooks-it/home}, never in the user's home.
 */
class NotebooksIT {

  private static final Path JUPYTER = Path.of("/usr/bin/jupyter");
  private static final Path PYTHON = Path.of("/usr/bin/python3");
  private static final String PACKAGES =
      "nbconvert, ipykernel, pandas, networkx, matplotlib, requests";
  private static final Path WORK = Path.of("target", "notebooks-it").toAbsolutePath();

  private static Jar.Server demo;

  @BeforeAll
  static void startTheDemo() throws Exception {
    assumeTrue(
        Files.isExecutable(JUPYTER), JUPYTER + " is missing (apt-get install jupyter-nbconvert)");
    assumeTrue(
        pythonHas(PACKAGES),
        PYTHON + " lacks one of " + PACKAGES + " (see notebooks/README.md for the apt packages)");
    FileUtils.deleteQuietly(WORK.toFile());
    Files.createDirectories(WORK.resolve("server"));
    demo = Jar.start(WORK.resolve("server"), "sgnet serving", "demo", "--port", "0");
  }

  @AfterAll
  static void stopTheDemo() throws InterruptedException {
    if (demo != null) {
      demo.close();
    }
  }

  static List<Path> notebooks() throws IOException {
    return NotebooksCleanTest.notebooks();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("notebooks")
  void shouldRunTopToBottomWithoutErrors(Path notebook) throws Exception {
    String name = notebook.getFileName().toString();
    Path executed = WORK.resolve("executed");
    Path output = WORK.resolve("output");
    Path log = Files.createDirectories(WORK.resolve("logs")).resolve(name + ".log");

    long started = System.nanoTime();
    ProcessBuilder pb =
        new ProcessBuilder(
                JUPYTER.toString(),
                "nbconvert",
                "--to",
                "notebook",
                "--execute",
                notebook.toString(),
                "--output-dir",
                executed.toString(),
                "--output",
                name,
                "--ExecutePreprocessor.kernel_name=python3",
                "--ExecutePreprocessor.timeout=300")
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
    environment(pb.environment(), output);
    Process p = pb.start();
    if (!p.waitFor(10, TimeUnit.MINUTES)) {
      p.destroyForcibly();
      throw new AssertionError(name + " did not finish in 10 minutes; see " + log);
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    System.out.printf("notebook %s executed in %.1f s%n", name, seconds);
    String printed = Files.readString(log, StandardCharsets.UTF_8);
    assertThat(p.exitValue()).as("nbconvert exit code; its output:%n%s", printed).isZero();

    JsonNode doc = new ObjectMapper().readTree(executed.resolve(name).toFile());
    List<String> errors = new ArrayList<>();
    List<String> unexecuted = new ArrayList<>();
    for (JsonNode cell : doc.path("cells")) {
      if (!"code".equals(cell.path("cell_type").asText())) {
        continue;
      }
      if (cell.path("execution_count").isNull()) {
        unexecuted.add(cell.path("id").asText());
      }
      for (JsonNode out : cell.path("outputs")) {
        if ("error".equals(out.path("output_type").asText())) {
          errors.add(out.path("ename").asText() + ": " + out.path("evalue").asText());
        }
      }
    }
    assertThat(errors).as("error outputs of %s", name).isEmpty();
    assertThat(unexecuted).as("cells of %s that did not run", name).isEmpty();

    String text = doc.toString();
    switch (name) {
      case "01-getting-started.ipynb" ->
          assertThat(text)
              .as("the admin re-imported the demo bundle as an idempotent update")
              .contains("nodesCreated")
              .contains("The store already held this bundle");
      case "04-into-your-own-tools.ipynb" -> {
        assertThat(text).contains("networkx and sgnet agree on all 6 children");
        assertThat(output.resolve("child-j-coordination.png")).isNotEmptyFile();
        assertThat(output.resolve("sgnet-network.graphml")).isNotEmptyFile();
      }
      case "05-trends.ipynb" ->
          assertThat(text)
              .as("twelve month ends up to the demo's latest event, checked against /api/findings")
              .contains("12 dates, the last day of each month from 2023-04-30 to 2024-03-31");
      default -> {
        // The notebook's own assertions checked what it shows.
      }
    }
  }

  /** The notebook's environment: the demo server and its users, and scratch folders for Jupyter. */
  private static void environment(Map<String, String> env, Path output) throws IOException {
    env.keySet().removeIf(k -> k.startsWith("SGNET_") || k.startsWith("JUPYTER_"));
    env.remove("PYTHONPATH");
    env.remove("PYTHONHOME");
    Path home = Files.createDirectories(WORK.resolve("home"));
    env.put("HOME", home.toString());
    env.put("IPYTHONDIR", home.resolve("ipython").toString());
    env.put("MPLCONFIGDIR", home.resolve("matplotlib").toString());
    env.put("JUPYTER_CONFIG_DIR", home.resolve("jupyter-config").toString());
    env.put("JUPYTER_DATA_DIR", home.resolve("jupyter-data").toString());
    env.put("JUPYTER_RUNTIME_DIR", home.resolve("jupyter-runtime").toString());
    env.put("MPLBACKEND", "Agg");
    env.put("PYTHONDONTWRITEBYTECODE", "1");
    env.put("PYDEVD_DISABLE_FILE_VALIDATION", "1");
    env.put("SGNET_URL", demo.url());
    env.put("SGNET_USER", "analyst");
    env.put("SGNET_PASSWORD", demo.password("analyst"));
    env.put("SGNET_ADMIN_USER", "admin");
    env.put("SGNET_ADMIN_PASSWORD", demo.password("admin"));
    env.put("SGNET_OUTPUT_DIR", output.toString());
  }

  private static boolean pythonHas(String packages) throws InterruptedException {
    if (!Files.isExecutable(PYTHON)) {
      return false;
    }
    try {
      Process p =
          new ProcessBuilder(PYTHON.toString(), "-c", "import " + packages)
              .redirectErrorStream(true)
              .redirectOutput(ProcessBuilder.Redirect.DISCARD)
              .start();
      return p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0;
    } catch (IOException e) {
      return false;
    }
  }
}
