package org.sgnet.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.sgnet.SgnetException;

/**
 * The include expansion of {@link CypherFile}, on files given in memory and on the shipped ones.
 */
class CypherFileTest {

  private static final String TIE =
      """
      // A tie active on $asOf.
      // in: t      the tie
      // in: $asOf  the date
      (t.start IS NULL OR t.start <= $asOf) AND (t.end IS NULL OR t.end >= $asOf)
      """;

  private static final String PROS =
      """
      // in: c  the child
      // in: $asOf  the date
      // out: pros  the professionals
      COLLECT {
        MATCH (p:Professional)-[t:INVOLVED]->(c)
        WHERE // include fragments/tie
        RETURN p
      } AS pros
      """;

  private static CypherFile load(String main, String... fragments) {
    Map<String, String> files = new HashMap<>();
    files.put("test/main", main);
    for (int i = 0; i < fragments.length; i += 2) {
      files.put("fragments/" + fragments[i], fragments[i + 1]);
    }
    return CypherFile.load("test/main", files);
  }

  @Test
  void shouldReplaceAnIncludeLineWithTheFragmentAtTheLinesIndentation() {
    CypherFile file =
        load(
            """
            // Who is involved.
            MATCH (c:Child)
            WITH c,
                 // include fragments/pros
            RETURN c.id AS id, size(pros) AS n
            """,
            "pros",
            """
            // in: c  the child
            // out: pros  the professionals
            COLLECT {
              MATCH (p:Professional)-[:INVOLVED]->(c)
              RETURN p
            } AS pros
            """);
    assertThat(file.statement())
        .isEqualTo(
            """
            MATCH (c:Child)
            WITH c,
                 COLLECT {
                   MATCH (p:Professional)-[:INVOLVED]->(c)
                   RETURN p
                 } AS pros
            RETURN c.id AS id, size(pros) AS n""");
    assertThat(file.text()).startsWith("// Who is involved.\n").doesNotContain("include");
  }

  @Test
  void shouldContinueTheLineOfAnIncludeThatFollowsCypher() {
    CypherFile file =
        load(
            """
            MATCH (a)-[t:SIBLING]-(b)
            WHERE a.id < b.id
              AND // include fragments/tie
              AND a.id = $childId
            RETURN a, b
            """,
            "tie",
            TIE);
    assertThat(file.statement())
        .isEqualTo(
            """
            MATCH (a)-[t:SIBLING]-(b)
            WHERE a.id < b.id
              AND (t.start IS NULL OR t.start <= $asOf) AND (t.end IS NULL OR t.end >= $asOf)
              AND a.id = $childId
            RETURN a, b""");
  }

  @Test
  void shouldExpandIncludesInsideFragments() {
    CypherFile file =
        load(
            """
            MATCH (c:Child)
            RETURN
              // include fragments/pros
            """,
            "pros",
            PROS,
            "tie",
            TIE);
    assertThat(file.statement())
        .isEqualTo(
            """
            MATCH (c:Child)
            RETURN
              COLLECT {
                MATCH (p:Professional)-[t:INVOLVED]->(c)
                WHERE (t.start IS NULL OR t.start <= $asOf) AND (t.end IS NULL OR t.end >= $asOf)
                RETURN p
              } AS pros""");
  }

  @Test
  void shouldPassTheIncludingStatementsVariableAsTheFragmentsInput() {
    CypherFile file =
        load(
            """
            MATCH (h)-[pl:PLACED_WITH]->(x), (k:Child)
            WHERE // include fragments/tie(pl AS t)
            RETURN
              // include fragments/pros(k AS c)
            """,
            "pros",
            PROS,
            "tie",
            TIE);
    assertThat(file.statement())
        .isEqualTo(
            """
            MATCH (h)-[pl:PLACED_WITH]->(x), (k:Child)
            WHERE (pl.start IS NULL OR pl.start <= $asOf) AND (pl.end IS NULL OR pl.end >= $asOf)
            RETURN
              COLLECT {
                MATCH (p:Professional)-[t:INVOLVED]->(k)
                WHERE (t.start IS NULL OR t.start <= $asOf) AND (t.end IS NULL OR t.end >= $asOf)
                RETURN p
              } AS pros""");
  }

  @Test
  void shouldRenameOnlyTheVariableNotPropertiesStringsOrQuotedNames() {
    CypherFile file =
        load(
            "MATCH (s)\nWHERE // include fragments/kind(s AS t)\n",
            "kind",
            "// in: t  a node\nt.t = 't' AND t.kind <> \"t\" AND `t` IS NULL AND t2 = t\n");
    assertThat(file.statement())
        .isEqualTo("MATCH (s)\nWHERE s.t = 't' AND s.kind <> \"t\" AND `t` IS NULL AND t2 = s");
  }

  @Test
  void shouldRefuseAnUnknownFragmentNamingTheFileAndLine() {
    assertThatThrownBy(() -> load("MATCH (c)\n// include fragments/nowhere\nRETURN c\n"))
        .isInstanceOf(SgnetException.class)
        .hasMessage(
            "cypher/test/main.cypher line 2: unknown fragment fragments/nowhere"
                + " (no cypher/fragments/nowhere.cypher)");
  }

  @Test
  void shouldRefuseAnIncludeCycleNamingTheFileLineAndCycle() {
    assertThatThrownBy(
            () ->
                load(
                    "RETURN\n  // include fragments/a\n",
                    "a",
                    "// out: x\n1 +\n// include fragments/b\n AS x\n",
                    "b",
                    "// in: y\ny +\n  // include fragments/a\n"))
        .isInstanceOf(SgnetException.class)
        .hasMessage(
            "cypher/fragments/b.cypher line 3: include cycle"
                + " fragments/a -> fragments/b -> fragments/a");
    assertThatThrownBy(() -> load("RETURN // include fragments/a\n", "a", "// include fragments/a"))
        .hasMessage("cypher/fragments/a.cypher line 1: include cycle fragments/a -> fragments/a");
  }

  @Test
  void shouldRefuseMalformedIncludesAndArguments() {
    assertThat(
            List.of(
                "WHERE // include fragments/Tie",
                "WHERE // include fragments/tie extra",
                "WHERE // include fragments/tie(s)",
                "WHERE // include fragments/tie(s AS u)",
                "WHERE // include fragments/tie(s AS t, r AS t)",
                "WHERE // include fragments/tie($asOf AS t)",
                "WHERE // include fragments/tie(x; DROP AS t)"))
        .allSatisfy(
            line ->
                assertThatThrownBy(
                        () -> load("MATCH (a)-[s]-(b)\n" + line + "\nRETURN a\n", "tie", TIE))
                    .isInstanceOf(SgnetException.class)
                    .hasMessageStartingWith("cypher/test/main.cypher line 2: "));
  }

  @Test
  void shouldRefuseARenameOntoAVariableOfTheFragment() {
    assertThatThrownBy(
            () ->
                load(
                    "MATCH (p:Child)\nRETURN\n  // include fragments/pros(p AS c)\n",
                    "pros",
                    PROS,
                    "tie",
                    TIE))
        .hasMessage("cypher/test/main.cypher line 3: p is a variable of fragments/pros already");
  }

  @Test
  void shouldRefuseAFragmentWhoseHeaderDoesNotMatchItsCypher() {
    assertThatThrownBy(
            () ->
                load(
                    "WHERE // include fragments/tie\n",
                    "tie",
                    TIE.replace("// in: $asOf  the date\n", "")))
        .hasMessage(
            "cypher/fragments/tie.cypher: the fragment uses $asOf, which its header does not"
                + " declare (in:)");
    assertThatThrownBy(() -> load("WHERE // include fragments/tie\n", "tie", "// in: u\n" + TIE))
        .hasMessage(
            "cypher/fragments/tie.cypher: the header declares u, which the fragment never uses");
  }

  @Test
  void shouldLeaveACommentedOutIncludeAsAComment() {
    CypherFile file = load("// // include fragments/nowhere\nRETURN 1\n");
    assertThat(file.statement()).isEqualTo("RETURN 1");
  }

  @Test
  void shouldExpandEveryShippedFileOnceAndCacheIt() throws IOException {
    List<String> including;
    try (Stream<Path> files = Files.walk(Path.of("cypher"))) {
      including =
          files
              .filter(p -> p.toString().endsWith(".cypher"))
              .filter(p -> !p.startsWith(Path.of("cypher", "fragments")))
              .filter(CypherFileTest::includes)
              .map(p -> Path.of("cypher").relativize(p).toString().replaceFirst("\\.cypher$", ""))
              .sorted()
              .toList();
    }
    assertThat(including).contains("rules/professional_overload", "board/shared-children");
    for (String name : including) {
      CypherFile file = CypherFile.load(name);
      assertThat(file.text()).as(name).doesNotContain("include fragments/");
      assertThat(file.statements()).as(name).hasSize(1);
      assertThat(CypherFile.load(name)).as(name).isSameAs(file);
    }
  }

  private static boolean includes(Path file) {
    try {
      return Files.readString(file).contains("// include fragments/");
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
