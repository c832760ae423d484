package org.sgnet.query;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Neo4j's error messages, cut down so that no query text or literal reaches the user or a log. */
class QueryErrorMessageTest {

  @Test
  void shouldKeepTheGrammarsExpectationsButNotTheInvalidInput() {
    String neo4j =
        "Invalid input ''Nadia'': expected an expression, 'FOREACH' or <EOF> (line 1, column 50"
            + " (offset: 49))\n\"EXPLAIN MATCH (n {id: 'Nadia'}) RETURN n 'Nadia'\"\n      ^";

    assertThat(ReadOnlyExecutor.describe(neo4j, 8))
        .isEqualTo(
            "the query is not valid: invalid input at line 1, column 42: expected an expression,"
                + " 'FOREACH' or <EOF>");
  }

  @Test
  void shouldMaskQuotedValuesInOtherErrors() {
    String neo4j =
        "Text cannot be parsed to a Date: 'Nadia Hussain' (line 2, column 3 (offset: 20))\n"
            + "\"RETURN date('Nadia Hussain')\"";

    assertThat(ReadOnlyExecutor.describe(neo4j, 8))
        .isEqualTo(
            "the query is not valid: Text cannot be parsed to a Date: '…' at line 2, column 3");
  }

  @Test
  void shouldCutVeryLongMessages() {
    assertThat(ReadOnlyExecutor.describe("x".repeat(1000), 0)).hasSizeLessThan(360);
  }
}
