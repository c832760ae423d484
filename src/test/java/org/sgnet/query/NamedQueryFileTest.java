package org.sgnet.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sgnet.SgnetException;
import org.sgnet.store.CypherFile;

/** The query files' index and headers, and parameter binding, without Neo4j. */
class NamedQueryFileTest {

  private static final String HEADER =
      """
      // name: sample
      // description: A sample query.
      // param: minChildren integer 2 The least number of children.
      // param: asOf date today The date ties must be active on.
      // param: agencyId string - The agency.
      // param: types string-list null Only these types.
      // param: leadOnly boolean false Only leads.
      //
      // Note: a free comment, with a colon.
      MATCH (a:Agency {id: $agencyId}) WHERE $asOf IS NOT NULL AND $leadOnly IS NOT NULL
        AND ($types IS NULL OR a.sector IN $types)
      RETURN a.id AS id LIMIT $minChildren
      """;

  private static final LocalDate TODAY = LocalDate.of(2024, 3, 1);

  @Test
  void shouldListExactlyTheQueryFilesOfTheFolderInTheIndex() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("cypher", "queries"))) {
      List<String> folder =
          files
              .map(p -> p.getFileName().toString())
              .filter(n -> n.endsWith(".cypher"))
              .sorted()
              .toList();
      assertThat(NamedQueries.indexedFiles()).containsExactlyElementsOf(folder);
    }
  }

  @Test
  void shouldShipAtLeastEightValidQueries() {
    List<String> files = NamedQueries.indexedFiles();

    assertThat(files).hasSizeGreaterThanOrEqualTo(8);
    for (String file : files) {
      String base = file.replace(".cypher", "");
      NamedQuery query = NamedQuery.parse(file, CypherFile.load("queries/" + base).text());
      assertThat(query.name()).isEqualTo(base);
      assertThat(query.info().description()).isNotBlank();
      assertThat(query.statement()).contains("ORDER BY").contains("LIMIT");
    }
  }

  @Test
  void shouldReadTheHeaderInOrder() {
    QueryInfo info = NamedQuery.parse("sample.cypher", HEADER).info();

    assertThat(info.name()).isEqualTo("sample");
    assertThat(info.description()).isEqualTo("A sample query.");
    assertThat(info.params())
        .containsExactly(
            new QueryParam("minChildren", "integer", false, "2", "The least number of children."),
            new QueryParam("asOf", "date", false, "today", "The date ties must be active on."),
            new QueryParam("agencyId", "string", true, null, "The agency."),
            new QueryParam("types", "string-list", false, "null", "Only these types."),
            new QueryParam("leadOnly", "boolean", false, "false", "Only leads."));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      value = {
        "no name | // description: d\\nRETURN 1 AS x LIMIT 1 | no 'name:' line",
        "name differs from file | // name: other\\n// description: d\\nRETURN 1 | the file is sample",
        "no description | // name: sample\\nRETURN 1 | no 'description:' line",
        "unknown key | // name: sample\\n// descripton: d\\nRETURN 1 | :2: unknown header key 'descripton'",
        "bad name | // name: Sample_1\\n// description: d\\nRETURN 1 | lowercase words",
        "unknown type | // name: sample\\n// description: d\\n// param: x int 1 X.\\nRETURN $x | :3: unknown type 'int'",
        "bad default | // name: sample\\n// description: d\\n// param: x integer two X.\\nRETURN $x | not an integer",
        "bad date | // name: sample\\n// description: d\\n// param: x date yesterday X.\\nRETURN $x | not a date",
        "no description of param | // name: sample\\n// description: d\\n// param: x integer 1\\nRETURN $x | NAME TYPE DEFAULT DESCRIPTION",
        "param twice | // name: sample\\n// description: d\\n// param: x integer 1 X.\\n// param: x integer 1 X.\\nRETURN $x | declared twice",
        "undeclared param | // name: sample\\n// description: d\\nRETURN $x | does not declare",
        "unused param | // name: sample\\n// description: d\\n// param: x integer 1 X.\\nRETURN 1 | never uses",
        "writing statement | // name: sample\\n// description: d\\nMATCH (n) DETACH DELETE n | not a single read-only statement",
        "two statements | // name: sample\\n// description: d\\nRETURN 1;\\nRETURN 2 | not a single read-only statement"
      })
  void shouldFailFastNamingTheFileWhenAHeaderOrStatementIsWrong(
      String what, String text, String message) {
    assertThatThrownBy(() -> NamedQuery.parse("sample.cypher", text.replace("\\n", "\n")))
        .isInstanceOfSatisfying(
            SgnetException.class, e -> assertThat(e.kind()).isEqualTo(SgnetException.Kind.FAILURE))
        .hasMessageStartingWith("cypher/queries/sample.cypher")
        .hasMessageContaining(message);
  }

  @Test
  void shouldBindDefaultsForMissingOptionalParameters() {
    Map<String, Object> values =
        NamedQuery.parse("sample.cypher", HEADER).bind(Map.of("agencyId", "sc"), TODAY);

    assertThat(values)
        .containsEntry("agencyId", "sc")
        .containsEntry("minChildren", 2L)
        .containsEntry("asOf", TODAY)
        .containsEntry("types", null)
        .containsEntry("leadOnly", false);
  }

  @Test
  void shouldConvertRequestValuesToTheirTypes() {
    Map<String, Object> given = new HashMap<>();
    given.put("agencyId", "sc");
    given.put("minChildren", "3");
    given.put("asOf", "2023-12-31");
    given.put("types", List.of("POLICE", "EDUCATION"));
    given.put("leadOnly", "TRUE");

    Map<String, Object> values = NamedQuery.parse("sample.cypher", HEADER).bind(given, TODAY);

    assertThat(values)
        .containsEntry("minChildren", 3L)
        .containsEntry("asOf", LocalDate.of(2023, 12, 31))
        .containsEntry("types", List.of("POLICE", "EDUCATION"))
        .containsEntry("leadOnly", true);
  }

  @Test
  void shouldAcceptWholeNumbersGivenAsJsonDoubles() {
    Map<String, Object> values =
        NamedQuery.parse("sample.cypher", HEADER)
            .bind(Map.of("agencyId", "sc", "minChildren", 4.0), TODAY);

    assertThat(values).containsEntry("minChildren", 4L);
  }

  @Test
  void shouldReadRelativeDateDefaultsAgainstToday() {
    assertThat(ParamType.DATE.parseDefault("today-90", TODAY)).isEqualTo(TODAY.minusDays(90));
    assertThat(ParamType.DATE.parseDefault("today+7", TODAY)).isEqualTo(TODAY.plusDays(7));
    assertThat(ParamType.STRING_LIST.parseDefault("[]", TODAY)).isEqualTo(List.of());
    assertThat(ParamType.STRING_LIST.parseDefault("A,B", TODAY)).isEqualTo(List.of("A", "B"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      value = {
        "missing required | | agencyId (string) is required",
        "unknown | bogus=1 | unknown parameter bogus for query sample",
        "integer as words | minChildren=two | minChildren must be an integer",
        "integer with a fraction | minChildren=2.5 | minChildren must be an integer",
        "date out of range | asOf=2024-13-01 | asOf must be a date",
        "boolean as words | leadOnly=yes | leadOnly must be true or false"
      })
  void shouldRefuseParametersNamingTheParameter(String what, String given, String message) {
    Map<String, Object> params = new HashMap<>();
    if (given != null) {
      String[] kv = given.split("=");
      params.put("agencyId", "sc");
      params.put(
          kv[0],
          kv[0].equals("minChildren") && kv[1].contains(".") ? Double.valueOf(kv[1]) : kv[1]);
    }
    NamedQuery query = NamedQuery.parse("sample.cypher", HEADER);

    assertThatThrownBy(() -> query.bind(params, TODAY))
        .isInstanceOfSatisfying(
            SgnetException.class,
            e -> assertThat(e.kind()).isEqualTo(SgnetException.Kind.INVALID_INPUT))
        .hasMessageContaining(message);
  }

  @Test
  void shouldRefuseAListWithSomethingOtherThanStrings() {
    NamedQuery query = NamedQuery.parse("sample.cypher", HEADER);

    assertThatThrownBy(() -> query.bind(Map.of("agencyId", "sc", "types", List.of("A", 1)), TODAY))
        .hasMessageContaining("types must be a list of strings");
    assertThatThrownBy(() -> query.bind(Map.of("agencyId", 7), TODAY))
        .hasMessageContaining("agencyId must be a string");
  }
}
