package org.sgnet.sources;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceFilesTest {

  @TempDir Path dir;

  @Test
  void shouldReadAFileGivenTwiceOrAlsoThroughItsFolderOnce() throws IOException {
    Path header = Files.writeString(dir.resolve("header.csv"), "CHILD\n");
    Path episodes = Files.writeString(dir.resolve("episodes.csv"), "CHILD\n");
    Files.writeString(dir.resolve("notes.txt"), "not a source file\n");

    List<Path> files =
        SourceFiles.expand(
            List.of(header, dir.resolve(".").resolve("header.csv"), dir, episodes), "CSV", "csv");

    assertThat(files).containsExactly(header, episodes);
  }
}
