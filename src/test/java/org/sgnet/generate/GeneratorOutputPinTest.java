package org.sgnet.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Pins the generator's output byte for byte. Bundles that tests, benchmarks and notebooks generate
 * are compared across versions by seed, so a change that moves one random draw (and with it every
 * row after it) must be deliberate: it shows up here first.
 *
 * <p>The digests were taken from the generator as it was before it was split into scenarios (commit
 * 1efe05c, {@code Families} in one class), by {@code sgnet generate} with these options and {@code
 * sha256sum}. The refactor had to keep them; a change of the generated data replaces them and says
 * so in its commit.
 */
class GeneratorOutputPinTest {

  @TempDir Path tmp;

  @ParameterizedTest(name = "{0} children, seed {1}, {2} events a year")
  @CsvSource({
    "7, 7, 10,"
        + " d083da0eeb186e2b8549de8d88a1e1a6ceca5c287ca0939a419cfc05f6681f96,"
        + " 39fff0763dd6ea513879ea94eb49d111c67fee9dc590909a02809603fce9e7c2,"
        + " abf9c4916eec415a3869924c805718582f8f4050815bddaa9947ac74ac2150e9,"
        + " 1dbc7d471b29e7caac09451fee3582480bb1ec4cf3fdcf7c84b847313042b05c",
    "40, 1, 10,"
        + " d083da0eeb186e2b8549de8d88a1e1a6ceca5c287ca0939a419cfc05f6681f96,"
        + " 8a7990dc67d922813452de68de4dda1a5bec0cf4ef664ef997b429f613a7dcd6,"
        + " 16c51f64276399dee500c5b27e4f9ad158b2f8d3c3af17cf3e159a2e52b61463,"
        + " b43fc64c1db738782b5c19e63254f86d4f997d26c8845c702a1ee2a5f9fb18e2",
    "120, 42, 2.5,"
        + " d083da0eeb186e2b8549de8d88a1e1a6ceca5c287ca0939a419cfc05f6681f96,"
        + " eb82a3c2bf074b52ba87055f299b4686424f65f30b082f66e1f2cd4fa186ccbb,"
        + " b253ce1d99be7d1224da8066d27a708b81505ca69ca18f1ffdec5ce9f3819f6d,"
        + " 28cfa16797d76c2bb9d7d942479f49c60815dc8f63c7ace70015bfb9b6c79458"
  })
  void shouldWriteTheSameBytesAsThePinnedGenerator(
      int children,
      long seed,
      double eventsPerYear,
      String agencies,
      String people,
      String relationships,
      String events)
      throws IOException {
    new NetworkGenerator(children, seed, eventsPerYear)
        .generate(tmp, NetworkGenerator.Progress.NONE);

    assertThat(NetworkGenerator.FILES)
        .containsExactly("agencies.csv", "people.csv", "relationships.csv", "events.csv");
    List<String> expected = List.of(agencies, people, relationships, events);
    for (int i = 0; i < expected.size(); i++) {
      String file = NetworkGenerator.FILES.get(i);
      assertThat(sha256(tmp.resolve(file))).as(file).isEqualTo(expected.get(i));
    }
  }

  private static String sha256(Path file) throws IOException {
    try {
      return HexFormat.of()
          .formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-256", e);
    }
  }
}
