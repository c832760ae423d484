package org.sgnet.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sgnet.SgnetException;
import org.sgnet.query.CypherTokenizer.Kind;
import org.sgnet.query.CypherTokenizer.Token;

/** The tokenizer and the keyword guard, without Neo4j. */
class CypherTokenizerTest {

  private static List<String> words(String query) {
    return CypherTokenizer.tokenize(query).stream()
        .filter(t -> t.kind() == Kind.WORD)
        .map(Token::text)
        .toList();
  }

  private static void assertInvalid(Runnable call, String messagePart) {
    assertThatThrownBy(call::run)
        .isInstanceOfSatisfying(
            SgnetException.class,
            e -> assertThat(e.kind()).isEqualTo(SgnetException.Kind.INVALID_INPUT))
        .hasMessageContaining(messagePart);
  }

  @Test
  void shouldDropLineAndBlockCommentsButKeepTheCodeAroundThem() {
    assertThat(words("MATCH (n) // DELETE n\nRETURN /* SET */ n"))
        .containsExactly("MATCH", "n", "RETURN", "n");
  }

  @Test
  void shouldEndALineCommentAtAnyLineSeparator() {
    assertThat(words("RETURN 1 // x\rDELETE")).endsWith("DELETE");
    assertThat(words("RETURN 1 // x\u2028DELETE")).endsWith("DELETE");
    assertThat(words("RETURN 1 // x\u0085DELETE")).endsWith("DELETE");
  }

  @Test
  void shouldNotNestBlockCommentsSoThatCodeAfterTheFirstCloseIsSeen() {
    assertThat(words("RETURN 1 /* /* */ DELETE */")).contains("DELETE");
  }

  @Test
  void shouldReadStringsWithEscapedQuotesAsOneToken() {
    List<Token> tokens = CypherTokenizer.tokenize("RETURN 'it\\'s; DELETE', \"say \\\"SET\\\"\"");

    assertThat(tokens)
        .extracting(Token::kind)
        .containsExactly(Kind.WORD, Kind.STRING, Kind.SYMBOL, Kind.STRING);
    assertThat(tokens.get(1).text()).isEqualTo("it\\'s; DELETE");
  }

  @Test
  void shouldReadBacktickNamesWithDoubledBackticksAsOneQuotedName() {
    List<Token> tokens = CypherTokenizer.tokenize("RETURN 1 AS `a``b DELETE`");

    assertThat(tokens.get(3).kind()).isEqualTo(Kind.QUOTED_NAME);
    assertThat(tokens.get(3).text()).isEqualTo("a`b DELETE");
  }

  @Test
  void shouldReadParametersPlainAndQuoted() {
    assertThat(CypherTokenizer.tokenize("RETURN $asOf, $`odd name`"))
        .filteredOn(t -> t.kind() == Kind.PARAMETER)
        .extracting(Token::text)
        .containsExactly("asOf", "odd name");
  }

  @Test
  void shouldNeverLetANumberSwallowTheWordAfterIt() {
    assertThat(CypherTokenizer.tokenize("RETURN 1.5e3DELETE, 1..3"))
        .extracting(Token::text)
        .containsSubsequence("1.5e3", "DELETE", ",", "1", ".", ".", "3");
  }

  @Test
  void shouldSplitWordsAtAnyCharacterThatCannotBePartOfAName() {
    assertThat(words("MATCH(n)DELETE\u00A0n")).containsExactly("MATCH", "n", "DELETE", "n");
  }

  @ParameterizedTest
  @ValueSource(strings = {"MATCH (n) \\u0044ELETE n", "RETURN '\\u0027' AS x", "// \\U0000000A"})
  void shouldRefuseUnicodeEscapesAnywhere(String query) {
    assertInvalid(() -> CypherTokenizer.tokenize(query), "unicode escape");
  }

  @ParameterizedTest
  @ValueSource(strings = {"MATCH (n) DEL\u200BETE n", "MATCH (n)\u0000 RETURN n", "RETURN\u202E 1"})
  void shouldRefuseInvisibleCharactersOutsideStrings(String query) {
    assertInvalid(() -> CypherTokenizer.tokenize(query), "invisible character");
  }

  @Test
  void shouldAllowInvisibleCharactersInsideStrings() {
    assertThat(CypherTokenizer.tokenize("RETURN 'a\u200Bb' AS x")).hasSize(4);
  }

  @ParameterizedTest
  @ValueSource(strings = {"RETURN 'abc", "RETURN \"abc\\\"", "RETURN 1 /* x", "RETURN `x", "$"})
  void shouldRefuseUnterminatedStringsCommentsAndNames(String query) {
    assertInvalid(() -> CypherTokenizer.tokenize(query), "");
  }

  private static final Set<String> ALLOWED = QueryLimits.DEFAULT_PROCEDURES;

  @ParameterizedTest
  @ValueSource(
      strings = {
        "MATCH (n) RETURN n",
        "MATCH (n) /* ; */ RETURN n",
        "MATCH (n) RETURN n;",
        "MATCH (n) RETURN n; // done",
        "MATCH (n) WHERE n.name = 'DELETE; CREATE' RETURN n",
        "MATCH ()-[t]->() RETURN t.start, t.set, t.end",
        "MATCH (n:Set:Create) RETURN n",
        "RETURN {set: 1, create: 2, delete: 3} AS m",
        "MATCH (set:Person) RETURN set.id",
        "RETURN 1 AS `start`",
        "CALL db.labels()",
        "CALL db.labels() YIELD label RETURN label",
        "CALL `db`.`labels`() YIELD *",
        "MATCH (c) CALL { WITH c MATCH (c)--(x) RETURN count(x) AS k } RETURN k",
        "MATCH (n) WHERE n.id STARTS WITH 'a' RETURN n"
      })
  void shouldLetReadOnlyStatementsThrough(String query) {
    assertThat(CypherGuard.check(query, ALLOWED)).isNotEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "CREATE (n)",
        "merge (n:X)",
        "MATCH (n) SET n.x = 1",
        "MATCH (n) DETACH DELETE n",
        "MATCH (n) REMOVE n.x",
        "FOREACH (x IN [1] | CREATE ())",
        "LOAD CSV FROM 'file:///etc/passwd' AS l RETURN l",
        "USE system MATCH (n) RETURN n",
        "SHOW USERS",
        "DROP INDEX x",
        "MATCH (n) CALL { WITH n RETURN n } IN TRANSACTIONS RETURN n",
        "MATCH (n) // x\nDELETE n",
        "MATCH (n) RETURN n AS start"
      })
  void shouldRefuseRefusedKeywordsWhereverAKeywordCanStand(String query) {
    assertInvalid(() -> CypherGuard.check(query, ALLOWED), "the query uses");
  }

  @Test
  void shouldExplainHowToNameAVariableLikeARefusedKeyword() {
    assertInvalid(() -> CypherGuard.check("WITH 1 AS start RETURN start", ALLOWED), "`start`");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"EXPLAIN MATCH (n) RETURN n", "/* x */ profile RETURN 1", "CYPHER 5 RETURN 1"})
  void shouldRefusePlanProfileAndOptionPrefixes(String query) {
    assertInvalid(() -> CypherGuard.check(query, ALLOWED), "the query uses");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   ", "// only a comment", ";", "/* */ ;"})
  void shouldRefuseEmptyQueries(String query) {
    assertInvalid(() -> CypherGuard.check(query, ALLOWED), "empty");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "RETURN 1; RETURN 2",
        "MATCH (n) RETURN n; MATCH (m) DETACH DELETE m",
        "; RETURN 1",
        "RETURN 1;;"
      })
  void shouldRefuseSeveralStatements(String query) {
    assertInvalid(() -> CypherGuard.check(query, ALLOWED), "several statements");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "CALL db.createLabel('X')",
        "CALL dbms.components()",
        "CALL `db`.`createLabel`('X')",
        "CALL `db.createLabel`('X')",
        "CALL apoc.periodic.iterate('a', 'b', {})",
        "CALL DB.LABELS()",
        "CALL db.labels() YIELD label CALL db.info() YIELD id RETURN id"
      })
  void shouldRefuseProceduresOutsideTheAllowList(String query) {
    assertInvalid(() -> CypherGuard.check(query, ALLOWED), "is not allowed");
  }

  @Test
  void shouldRefuseACallWithoutAProcedureOrSubquery() {
    assertInvalid(() -> CypherGuard.check("CALL 'x'", ALLOWED), "CALL must be followed");
  }

  @Test
  void shouldListTheParametersAStatementUses() {
    assertThat(
            CypherGuard.parameters(
                CypherGuard.check("MATCH (n {id: $id}) WHERE n.d <= $asOf RETURN $id", ALLOWED)))
        .containsExactly("asOf", "id");
  }
}
