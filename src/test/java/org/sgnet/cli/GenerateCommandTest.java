package org.sgnet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class GenerateCommandTest {

  @TempDir Path tmp;

  @Test
  void shouldWriteTheBundleAndSayWhatItWrote() {
    Run run = run("generate", "--children", "20", "--seed", "3", "--out", tmp + "/b");

    assertThat(run.code).as(run.err).isZero();
    assertThat(run.out).contains("agencies.csv", "people.csv", "relationships.csv", "events.csv");
    assertThat(tmp.resolve("b/events.csv")).isNotEmptyFile();
  }

  @Test
  void shouldExitTwoForNoChildren() {
    Run run = run("generate", "--children", "0", "--out", tmp + "/b");

    assertThat(run.code).isEqualTo(2);
    assertThat(run.err).contains("--children must be at least 1");
  }

  @Test
  void shouldExitTwoForAFolderInUseUnlessForced() throws IOException {
    Files.writeString(tmp.resolve("notes.txt"), "kept");

    Run refused = run("generate", "--children", "5", "--out", tmp.toString());
    Run forced = run("generate", "--children", "5", "--out", tmp.toString(), "--force");

    assertThat(refused.code).isEqualTo(2);
    assertThat(refused.err).contains("is not empty").contains("--force");
    assertThat(forced.code).as(forced.err).isZero();
    assertThat(tmp.resolve("people.csv")).isNotEmptyFile();
  }

  @Test
  void shouldShowExamplesInHelp() {
    Run run = run("generate", "--help");

    assertThat(run.code).isZero();
    assertThat(run.out).contains("Examples:", "--children", "--seed", "--out", "--force");
  }

  private record Run(int code, String out, String err) {}

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = new CommandLine(new Sgnet());
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    cli.setExecutionExceptionHandler(Sgnet::handle);
    int code = cli.execute(args);
    return new Run(code, out.toString(), err.toString());
  }
}
