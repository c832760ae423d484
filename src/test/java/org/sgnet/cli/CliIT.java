package org.sgnet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jgrapht.graph.DirectedPseudograph;
import org.jgrapht.nio.graphml.GraphMLImporter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sgnet.demo.DemoBundle;

/** The command line as users run it: the packaged jar in its own JVM, exit codes included. */
class CliIT {

  @TempDir static Path home;

  static Path db;
  static Path demo;

  @BeforeAll
  static void importDemo() throws Exception {
    db = home.resolve("db");
    demo = DemoBundle.extract(home.resolve("demo"));
    Jar.Result result = Jar.run(home, "import", demo.toString(), "--db", db.toString());
    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(result.out()).contains("Imported 8 agencies, 28 people");
  }

  @Test
  void shouldChangeNoCountWhenTheSameBundleIsImportedAgain() throws Exception {
    String before = export("json");

    Jar.Result again = Jar.run(home, "import", demo.toString(), "--db", db.toString());

    assertThat(again.exitCode()).as(again.err()).isZero();
    assertThat(again.out()).contains("0 nodes and 0 relationships created, 0 links removed");
    assertThat(export("json")).isEqualTo(before);
  }

  @Test
  void shouldExitTwoListEveryErrorAndChangeNothingForAnInvalidBundle() throws Exception {
    Path bad = DemoBundle.extract(home.resolve("bad-" + System.nanoTime()));
    replaceLine(bad.resolve("people.csv"), 2, line -> line.replaceFirst(",CHILD,", ",KID,"));
    replaceLine(bad.resolve("events.csv"), 3, line -> line.replaceFirst(",2023-", ",2023-13-"));
    String before = export("json");

    Jar.Result result = Jar.run(home, "import", bad.toString(), "--db", db.toString());

    assertThat(result.exitCode()).isEqualTo(2);
    List<String> located =
        result.err().lines().filter(l -> l.matches("^[a-z]+\\.csv:\\d+: column \\S+: .+")).toList();
    assertThat(located)
        .anySatisfy(l -> assertThat(l).startsWith("people.csv:2: column kind:"))
        .anySatisfy(l -> assertThat(l).startsWith("events.csv:3: column date:"));
    assertThat(export("json")).isEqualTo(before);
  }

  @Test
  void shouldExitTwoOnAMissingBundleAndOnAnUnknownId() throws Exception {
    assertThat(
            Jar.run(home, "import", home.resolve("nowhere").toString(), "--db", db.toString())
                .exitCode())
        .isEqualTo(2);
    Jar.Result unknown = Jar.run(home, "show", "no-such-id", "--db", db.toString());
    assertThat(unknown.exitCode()).isEqualTo(2);
    assertThat(unknown.err()).contains("no person or agency has id no-such-id");
    Jar.Result typo = Jar.run(home, "analyse", "--child", "child-x", "--db", db.toString());
    assertThat(typo.exitCode()).isEqualTo(2);
    assertThat(typo.out()).isEmpty();
    assertThat(typo.err()).isEqualTo("sgnet: no child has id child-x\n");
  }

  @Test
  void shouldShowAPersonsRecordThroughTheRecordRepositories() throws Exception {
    Jar.Result result = Jar.run(home, "show", "child-j", "--db", db.toString());

    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(result.out()).contains("Person child-j").contains("Child J").contains("CHILD");
  }

  @Test
  void shouldExportGraphMlThatAGraphLibraryReadsBack() throws Exception {
    Path out = home.resolve("network.graphml");
    Jar.Result result =
        Jar.run(
            home, "export", "--format", "graphml", "--out", out.toString(), "--db", db.toString());
    assertThat(result.exitCode()).as(result.err()).isZero();

    DirectedPseudograph<String, Object> graph = new DirectedPseudograph<>(null, Object::new, false);
    GraphMLImporter<String, Object> importer = new GraphMLImporter<>();
    importer.setVertexFactory(id -> id);
    importer.importGraph(graph, out.toFile());

    assertThat(graph.vertexSet()).contains("person:child-j", "agency:ag-police");
    assertThat(graph.vertexSet()).hasSize(8 + 28 + 106);
  }

  @Test
  void shouldExportACsvBundleThatImportsBackToTheSameNetwork() throws Exception {
    Path copy = home.resolve("copy");
    Jar.Result exported =
        Jar.run(home, "export", "--format", "csv", "--out", copy.toString(), "--db", db.toString());
    assertThat(exported.exitCode()).as(exported.err()).isZero();
    Path other = home.resolve("db-copy");

    Jar.Result imported = Jar.run(home, "import", copy.toString(), "--db", other.toString());
    assertThat(imported.exitCode()).as(imported.err()).isZero();

    Jar.Result a = Jar.run(home, "export", "--format", "json", "--db", db.toString());
    Jar.Result b = Jar.run(home, "export", "--format", "json", "--db", other.toString());
    assertThat(b.out()).isEqualTo(a.out());
  }

  @ParameterizedTest
  @ValueSource(strings = {"import", "serve", "demo", "export", "show", "store info", "report"})
  void shouldDescribeEveryCommandWithExamples(String command) throws Exception {
    String[] args = (command + " --help").split(" ");
    Jar.Result result = Jar.run(home, args);

    assertThat(result.exitCode()).isZero();
    assertThat(result.out()).contains("Usage: sgnet " + command).contains("Examples:");
  }

  @Test
  void shouldWriteAPseudonymisedPdfReportThatOpensAndRefuseAnUnknownFormat() throws Exception {
    Path pdf = home.resolve("briefing.pdf");
    Jar.Result result = Jar.run(home, "report", "--db", db.toString(), "--out", pdf.toString());

    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(result.out()).contains("PDF report (pseudonymised)").contains("16 finding(s)");
    try (org.apache.pdfbox.pdmodel.PDDocument document =
        org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
      assertThat(document.getNumberOfPages()).isGreaterThan(1);
      assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(document))
          .contains("Safeguarding network briefing")
          .doesNotContain("Sam Okafor");
    }
    Jar.Result bad =
        Jar.run(
            home,
            "report",
            "--db",
            db.toString(),
            "--format",
            "docx",
            "--out",
            home.resolve("x.docx").toString());
    assertThat(bad.exitCode()).isEqualTo(2);
    assertThat(bad.err()).contains("html or pdf");
  }

  @Test
  void shouldRejectAnUnknownOptionWithExitTwo() throws Exception {
    Jar.Result result = Jar.run(home, "import", "--no-such-option", "x");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("--no-such-option");
  }

  private static String export(String format) throws Exception {
    Jar.Result r = Jar.run(home, "export", "--format", format, "--db", db.toString());
    assertThat(r.exitCode()).as(r.err()).isZero();
    return r.out();
  }

  private static void replaceLine(
      Path file, int lineNumber, java.util.function.UnaryOperator<String> change)
      throws IOException {
    List<String> lines =
        new java.util.ArrayList<>(Files.readAllLines(file, StandardCharsets.UTF_8));
    lines.set(lineNumber - 1, change.apply(lines.get(lineNumber - 1)));
    Files.write(file, lines, StandardCharsets.UTF_8);
  }
}
