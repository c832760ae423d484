package org.sgnet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GenerateCommandTest {

  @TempDir Path tmp;

  @Test
  void shouldWriteTheBundleAndSayWhatItWrote() {
    CliRun run = CliRun.of("generate", "--children", "20", "--seed", "3", "--out", tmp + "/b");

    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.out()).contains("agencies.csv", "people.csv", "relationships.csv", "events.csv");
    assertThat(tmp.resolve("b/events.csv")).isNotEmptyFile();
  }

  @Test
  void shouldExitTwoForNoChildren() {
    CliRun run = CliRun.of("generate", "--children", "0", "--out", tmp + "/b");

    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).contains("--children must be at least 1");
  }

  @Test
  void shouldExitTwoForAFolderInUseUnlessForced() throws IOException {
    Files.writeString(tmp.resolve("notes.txt"), "kept");

    CliRun refused = CliRun.of("generate", "--children", "5", "--out", tmp.toString());
    CliRun forced = CliRun.of("generate", "--children", "5", "--out", tmp.toString(), "--force");

    assertThat(refused.code()).isEqualTo(2);
    assertThat(refused.err()).contains("is not empty").contains("--force");
    assertThat(forced.code()).as(forced.err()).isZero();
    assertThat(tmp.resolve("people.csv")).isNotEmptyFile();
  }

  @Test
  void shouldShowExamplesInHelp() {
    CliRun run = CliRun.of("generate", "--help");

    assertThat(run.code()).isZero();
    assertThat(run.out()).contains("Examples:", "--children", "--seed", "--out", "--force");
  }
}
