package org.sgnet.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class MigrationFilesTest {

  @Test
  void shouldListEveryMigrationFileInOrder() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("cypher", "migrations"))) {
      var versions =
          files
              .map(p -> p.getFileName().toString())
              .filter(n -> n.matches("V\\d{3}__.+\\.cypher"))
              .map(n -> n.substring(0, n.length() - ".cypher".length()))
              .sorted()
              .toList();
      assertThat(Migrator.MIGRATIONS).containsExactlyElementsOf(versions);
    }
  }

  @Test
  void shouldMakeEveryMigrationIdempotent() {
    for (String version : Migrator.MIGRATIONS) {
      assertThat(CypherFile.load("migrations/" + version).statements())
          .allSatisfy(s -> assertThat(s).contains("IF NOT EXISTS"));
    }
  }

  @Test
  void shouldSplitAFileIntoItsStatementsWithoutComments() {
    assertThat(CypherFile.load("migrations/V001__constraints").statements())
        .hasSize(4)
        .noneMatch(s -> s.contains("//") || s.endsWith(";"));
  }
}
