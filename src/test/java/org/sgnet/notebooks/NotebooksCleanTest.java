package org.sgnet.notebooks;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The analyst notebooks in {@code notebooks/} are committed without outputs, execution counts or
 * run timestamps, and name the kernel that Debian's Jupyter provides ({@code python3}). {@link
 * #CLEAR} strips a notebook that was run.
 */
class NotebooksCleanTest {

  /**
   * The command that strips outputs, counts and run timestamps, as notebooks/README.md gives it.
   */
  static final String CLEAR =
      "jupyter nbconvert --clear-output --inplace --ClearMetadataPreprocessor.enabled=True"
          + " --ClearMetadataPreprocessor.clear_notebook_metadata=False notebooks/*.ipynb";

  static final Path FOLDER = Path.of("notebooks");

  /** Every notebook of the folder, by name. */
  static List<Path> notebooks() throws IOException {
    try (Stream<Path> files = Files.list(FOLDER)) {
      return files.filter(f -> f.getFileName().toString().endsWith(".ipynb")).sorted().toList();
    }
  }

  @Test
  void shouldHaveTheFiveAnalystNotebooks() throws IOException {
    assertThat(notebooks())
        .extracting(p -> p.getFileName().toString())
        .contains(
            "01-getting-started.ipynb",
            "02-board-overview.ipynb",
            "03-time-travel.ipynb",
            "04-into-your-own-tools.ipynb",
            "05-trends.ipynb");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("notebooks")
  void shouldBeCommittedWithoutOutputsForThePython3Kernel(Path notebook) throws IOException {
    JsonNode doc = new ObjectMapper().readTree(notebook.toFile());

    assertThat(doc.path("nbformat").asInt()).as("nbformat").isEqualTo(4);
    assertThat(doc.at("/metadata/kernelspec/name").asText())
        .as("kernelspec name")
        .isEqualTo("python3");
    List<String> dirty = new ArrayList<>();
    int code = 0;
    for (JsonNode cell : doc.path("cells")) {
      if (!"code".equals(cell.path("cell_type").asText())) {
        continue;
      }
      code++;
      String where = "code cell " + code + " (" + cell.path("id").asText("no id") + ")";
      JsonNode outputs = cell.get("outputs");
      if (outputs == null || !outputs.isArray() || !outputs.isEmpty()) {
        dirty.add(where + ": outputs must be []");
      }
      JsonNode count = cell.get("execution_count");
      if (count == null || !count.isNull()) {
        dirty.add(where + ": execution_count must be null");
      }
      if (cell.path("metadata").has("execution")) {
        dirty.add(where + ": metadata must not hold a run's timestamps (execution)");
      }
    }
    assertThat(code).as("code cells").isPositive();
    assertThat(dirty).as("%s is not clean; run: %s", notebook, CLEAR).isEmpty();
  }
}
