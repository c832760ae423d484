package org.sgnet.sources.ssda903;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sgnet.bundle.EventType;
import org.sgnet.bundle.PersonKind;
import org.sgnet.bundle.TieType;
import org.sgnet.sources.Conversion;

class Ssda903ReturnsTest {

  @TempDir Path dir;

  @Test
  void shouldConvertAGeneratedReturnOf200ChildrenWithNoRefusedRecord() {
    Ssda903Returns.write(dir, 200, 42L);

    Conversion.Result r = Ssda903AdapterTest.convert(List.of(dir), false);

    assertThat(r.refused()).isEmpty();
    assertThat(r.bundle().people()).filteredOn(p -> p.kind() == PersonKind.CHILD).hasSize(200);
    assertThat(r.recordsByFile().get("episodes.csv")).isBetween(450, 750);
    assertThat(r.recordsByFile().get("reviews.csv")).isBetween(700, 900);
    assertThat(r.bundle().ties())
        .filteredOn(t -> t.type() == TieType.PLACED_WITH)
        .hasSize(r.recordsByFile().get("episodes.csv"));
    assertThat(r.bundle().events())
        .filteredOn(e -> e.type() == EventType.ETHNICITY_RECORDED)
        .hasSize(200);
    assertThat(r.bundle().ties())
        .filteredOn(t -> t.type() == TieType.INVOLVED)
        .hasSize(r.recordsByFile().get("sw_episodes.csv"));
  }

  @Test
  void shouldWriteTheSameReturnForTheSameSeed() throws IOException {
    Ssda903Returns.write(dir.resolve("a"), 30, 7L);
    Ssda903Returns.write(dir.resolve("b"), 30, 7L);
    Ssda903Returns.write(dir.resolve("c"), 30, 8L);

    for (String f : List.of("header.csv", "episodes.csv", "reviews.csv", "sw_episodes.csv")) {
      assertThat(Files.readString(dir.resolve("b").resolve(f)))
          .isEqualTo(Files.readString(dir.resolve("a").resolve(f)));
    }
    assertThat(Files.readString(dir.resolve("c").resolve("episodes.csv")))
        .isNotEqualTo(Files.readString(dir.resolve("a").resolve("episodes.csv")));
  }
}
