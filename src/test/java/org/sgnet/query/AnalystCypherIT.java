package org.sgnet.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.sgnet.SgnetException;
import org.sgnet.export.GraphSnapshot;
import org.sgnet.export.GraphSnapshotReader;
import org.sgnet.store.Store;

class AnalystCypherIT {

  private static Store store;
  private static GraphSnapshot before;
  private static List<String> schemaBefore;
  private static AnalystCypher cypher;

  @BeforeAll
  static void load() {
    store = QueryNetwork.load();
    before = new GraphSnapshotReader(store).snapshot();
    schemaBefore = schema();
    cypher = new AnalystCypher(store);
  }

  /** The names of every index and constraint: schema commands must change none. */
  private static List<String> schema() {
    List<String> names = new ArrayList<>();
    for (String show : List.of("SHOW CONSTRAINTS YIELD name", "SHOW INDEXES YIELD name")) {
      names.addAll(store.read(tx -> tx.run(show).list(r -> r.get("name").asString())));
    }
    return names.stream().sorted().toList();
  }

  private static void assertUnchanged() {
    assertThat(new GraphSnapshotReader(store).snapshot()).isEqualTo(before);
    assertThat(schema()).isEqualTo(schemaBefore);
    long nodes =
        store.read(
            tx ->
                tx.run("MATCH (n) WHERE NOT n:SgnetMigration RETURN count(n) AS c")
                    .single()
                    .get("c")
                    .asLong());
    assertThat(nodes).isEqualTo(before.nodes().size());
  }

  private static final Pattern LITERAL = Pattern.compile("'([^']{3,})'");

  static Stream<Arguments> refused() {
    return Stream.of(
        Arguments.of("create", "CREATE (n:Person {id: 'x1'}) RETURN n"),
        Arguments.of(
            "create between matches", "MATCH (a:Child), (b:Child) CREATE (a)-[:KNOWS]->(b)"),
        Arguments.of("detach delete", "MATCH (n) DETACH DELETE n"),
        Arguments.of("delete", "MATCH (n:Event) DELETE n"),
        Arguments.of("set", "MATCH (n:Person {id: 'c1'}) SET n.name = 'Nadia Hussain'"),
        Arguments.of("set map", "MATCH (n:Person) SET n += {flag: true}"),
        Arguments.of("remove property", "MATCH (n:Person) REMOVE n.name"),
        Arguments.of("remove label", "MATCH (n:Child) REMOVE n:Child"),
        Arguments.of("merge", "MERGE (a:Agency {id: 'new'})"),
        Arguments.of("foreach", "MATCH (c:Child) FOREACH (x IN [1] | CREATE (:Extra))"),
        Arguments.of(
            "writing subquery", "MATCH (n) CALL { WITH n SET n.flag = true } RETURN count(*)"),
        Arguments.of(
            "scoped writing subquery",
            "MATCH (n:Child) CALL (n) { SET n.flag = 1 } RETURN count(*)"),
        Arguments.of(
            "subquery in transactions",
            "MATCH (n) CALL { WITH n DETACH DELETE n } IN TRANSACTIONS RETURN 1"),
        Arguments.of(
            "read subquery in transactions",
            "UNWIND [1, 2] AS i CALL { WITH i RETURN i AS j } IN TRANSACTIONS OF 1 ROW RETURN j"),
        Arguments.of("create index", "CREATE INDEX sneaky FOR (n:Person) ON (n.name)"),
        Arguments.of("drop constraint", "DROP CONSTRAINT person_id"),
        Arguments.of(
            "create constraint", "CREATE CONSTRAINT c FOR (n:Child) REQUIRE n.name IS UNIQUE"),
        Arguments.of("show users", "SHOW USERS"),
        Arguments.of("show transactions", "SHOW TRANSACTIONS"),
        Arguments.of("show indexes", "SHOW INDEXES YIELD name RETURN name"),
        Arguments.of("terminate", "TERMINATE TRANSACTIONS 'neo4j-transaction-1'"),
        Arguments.of("create user", "CREATE USER mallory SET PASSWORD 'secret12345'"),
        Arguments.of("alter user", "ALTER USER neo4j SET PASSWORD 'secret12345'"),
        Arguments.of("grant", "GRANT ROLE admin TO mallory"),
        Arguments.of("stop database", "STOP DATABASE neo4j"),
        Arguments.of("load csv", "LOAD CSV FROM 'file:///etc/passwd' AS line RETURN line"),
        Arguments.of(
            "load csv lowercase", "load csv from 'https://example.org/x.csv' as line return line"),
        Arguments.of(
            "load csv split by a line", "LOAD\nCSV FROM 'file:///etc/hosts' AS l RETURN l"),
        Arguments.of(
            "load csv split by a comment",
            "LOAD /* just reading */ CSV FROM 'file:///etc/hosts' AS l RETURN l"),
        Arguments.of("use system", "USE system SHOW USERS"),
        Arguments.of("use", "USE neo4j MATCH (n) RETURN n"),
        Arguments.of("two statements", "MATCH (n) RETURN n; MATCH (m) DETACH DELETE m"),
        Arguments.of("two reads", "RETURN 1 AS a; RETURN 2 AS b"),
        Arguments.of("dbms procedure", "CALL dbms.components()"),
        Arguments.of(
            "dbms procedure with yield", "CALL dbms.listConfig() YIELD name, value RETURN name"),
        Arguments.of("db write procedure", "CALL db.createLabel('Evil')"),
        Arguments.of("db procedure not allowed", "CALL db.info() YIELD *"),
        Arguments.of("db stats", "CALL db.stats.retrieve('GRAPH COUNTS') YIELD section RETURN 1"),
        Arguments.of("backticked procedure", "CALL `db`.`createLabel`('Evil')"),
        Arguments.of("one backticked procedure name", "CALL `db.createRelationshipType`('EVIL')"),
        Arguments.of(
            "procedure after an allowed one",
            "CALL db.labels() YIELD label CALL db.createLabel(label) RETURN 1"),
        Arguments.of(
            "apoc", "CALL apoc.periodic.iterate('MATCH (n) RETURN n', 'DETACH DELETE n', {})"),
        Arguments.of(
            "security procedure", "CALL dbms.security.createUser('mallory', 'secret12345', false)"),
        Arguments.of("block comment hiding the return", "MATCH (n) /* RETURN n */ DELETE n"),
        Arguments.of("line comment before a delete", "MATCH (n) // just reading\nDELETE n"),
        Arguments.of(
            "comment semicolon then a delete", "MATCH (n) RETURN n /* ; */ ; DETACH DELETE n"),
        Arguments.of("escaped quote in a string", "MATCH (n) WHERE n.name = 'O\\'Brien' DELETE n"),
        Arguments.of(
            "comment marker in a string", "MATCH (n) WHERE n.id = \"x // y\" DETACH DELETE n"),
        Arguments.of("unicode escaped keyword", "MATCH (n) \\u0044ELETE n"),
        Arguments.of(
            "unicode escape closing a string",
            "RETURN '\\u0027; MATCH (n) DETACH DELETE n //' AS x"),
        Arguments.of("unicode escaped line end", "MATCH (n) RETURN n // \\u000a DETACH DELETE n"),
        Arguments.of("zero-width space in a keyword", "MATCH (n) DEL\u200BETE n"),
        Arguments.of("explain", "EXPLAIN MATCH (n) RETURN n"),
        Arguments.of("profile", "PROFILE MATCH (n) RETURN n"),
        Arguments.of("lowercase explain after a comment", "/* plan */ explain match (n) return n"),
        Arguments.of("cypher options", "CYPHER runtime=slotted MATCH (n) RETURN n"),
        Arguments.of("empty", "   "),
        Arguments.of("only a comment", "// nothing here"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("refused")
  void shouldRefuseTheQueryBeforeItRunsAndLeaveTheDataUnchanged(String what, String query) {
    assertThatThrownBy(() -> cypher.run(query, Map.of()))
        .isInstanceOfSatisfying(
            SgnetException.class,
            e -> {
              assertThat(e.kind()).isEqualTo(SgnetException.Kind.INVALID_INPUT);
              Matcher literal = LITERAL.matcher(query);
              while (literal.find()) {
                assertThat(e.getMessage()).doesNotContain(literal.group(1));
              }
            });
    assertUnchanged();
  }

  @Test
  void shouldHaveACorpusOfAtLeastThirtyRefusedQueries() {
    assertThat(refused().count()).isGreaterThanOrEqualTo(30);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "CREATE (n:Person {id: 'x2'}) RETURN n",
        "MATCH (n) DETACH DELETE n",
        "MERGE (a:Agency {id: 'new'})",
        "MATCH (n) CALL { WITH n SET n.flag = true } RETURN count(*)",
        "UNWIND [1] AS i CALL { CREATE (:Y) } IN TRANSACTIONS RETURN 1",
        "FOREACH (x IN [1] | CREATE (:Z))",
        "LOAD CSV FROM 'file:///etc/passwd' AS line RETURN line",
        "CREATE INDEX sneaky FOR (n:Person) ON (n.name)",
        "SHOW INDEXES",
        "SHOW TRANSACTIONS",
        "SHOW USERS",
        "CALL db.createLabel('Evil')",
        "CALL dbms.components()",
        "CALL db.info()"
      })
  void shouldRefuseWritesAtThePlannerEvenWhenTheTokenizerIsBypassed(String query) {
    ReadOnlyExecutor executor = new ReadOnlyExecutor(store, QueryLimits.DEFAULTS);

    assertThatThrownBy(
            () ->
                PlanGuard.check(executor.explain(query, Map.of()), QueryLimits.DEFAULT_PROCEDURES))
        .isInstanceOfSatisfying(
            SgnetException.class,
            e -> assertThat(e.kind()).isEqualTo(SgnetException.Kind.INVALID_INPUT));
    assertUnchanged();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "CREATE (n:Person {id: 'x3'}) RETURN n",
        "MATCH (n:Event) DETACH DELETE n",
        "MATCH (n:Person) SET n.name = 'Changed'",
        "CALL db.createLabel('Evil')"
      })
  void shouldRefuseWritesInTheReadTransactionEvenWhenBothChecksAreBypassed(String query) {
    ReadOnlyExecutor executor = new ReadOnlyExecutor(store, QueryLimits.DEFAULTS);

    assertThatThrownBy(() -> executor.execute(query, Map.of()))
        .isInstanceOfSatisfying(
            SgnetException.class,
            e -> assertThat(e.kind()).isEqualTo(SgnetException.Kind.INVALID_INPUT));
    assertUnchanged();
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> map(Object value) {
    return (Map<String, Object>) value;
  }

  private static List<Object> column(QueryResult result, String column) {
    List<Object> values = new ArrayList<>();
    result.rows().forEach(r -> values.add(r.get(column)));
    return values;
  }

  @Test
  void shouldReturnTheRowsOfAMatch() {
    QueryResult result = cypher.run("MATCH (c:Child) RETURN c.id AS id ORDER BY id", Map.of());

    assertThat(result.columns()).containsExactly("id");
    assertThat(column(result, "id")).containsExactly("c1", "c2", "c3", "c4");
    assertThat(result.truncated()).isFalse();
    assertUnchanged();
  }

  @Test
  void shouldAggregate() {
    QueryResult result =
        cypher.run(
            "MATCH (:Professional)-[:INVOLVED]->(c:Child) RETURN c.id AS child, count(*) AS n"
                + " ORDER BY child",
            Map.of());

    assertThat(column(result, "n")).containsExactly(4L, 2L, 4L, 1L);
  }

  @Test
  void shouldKeepChildrenWithoutAMatchInAnOptionalMatch() {
    QueryResult result =
        cypher.run(
            "MATCH (c:Child) OPTIONAL MATCH (c)<-[:ABOUT]-(e:Event {type: 'VISIT'})"
                + " RETURN c.id AS id, count(e) AS visits ORDER BY id",
            Map.of());

    assertThat(column(result, "visits")).containsExactly(1L, 0L, 0L, 0L);
  }

  @Test
  void shouldRunAReadSubquery() {
    QueryResult result =
        cypher.run(
            "MATCH (c:Child) CALL { WITH c MATCH (c)<-[:ABOUT]-(e:Event) RETURN count(e) AS n }"
                + " RETURN c.id AS id, n ORDER BY id",
            Map.of());

    assertThat(column(result, "n")).containsExactly(11L, 3L, 3L, 0L);
  }

  @Test
  void shouldCallAnAllowedProcedure() {
    QueryResult result = cypher.run("CALL db.labels() YIELD label RETURN label", Map.of());

    assertThat(column(result, "label"))
        .contains("Agency", "Child", "Event", "Person", "Professional");
  }

  @Test
  void shouldUseParameters() {
    QueryResult result =
        cypher.run(
            "MATCH (p:Person {id: $id})<-[:ABOUT]-(e:Event) WHERE e.date >= date($from)"
                + " RETURN count(e) AS n",
            Map.of("id", "c1", "from", "2024-02-01"));

    assertThat(result.rows()).containsExactly(Map.of("n", 4L));
  }

  @Test
  void shouldAllowKeywordsInStringsCommentsPropertiesAndQuotedNames() {
    QueryResult result =
        cypher.run(
            "MATCH (c:Child)-[t:PLACED_WITH]->() /* ; DELETE */ WHERE t.start >= date('2023-06-01')"
                + " AND c.name <> 'DELETE me; CREATE' // SET\n"
                + " RETURN c.id AS `start`, {set: t.legalBasis} AS m ORDER BY `start`;",
            Map.of());

    assertThat(result.rows())
        .containsExactly(Map.of("start", "c1", "m", Map.of("set", "S20_VOLUNTARY")));
  }

  @Test
  void shouldConvertNodesWithTheirLabelsAndIsoDates() {
    QueryResult result = cypher.run("MATCH (c:Child {id: 'c1'}) RETURN c", Map.of());

    @SuppressWarnings("unchecked")
    Map<String, Object> node = (Map<String, Object>) result.rows().get(0).get("c");
    assertThat(node.get("labels")).isEqualTo(List.of("Child", "Person"));
    assertThat(map(node.get("properties")))
        .containsEntry("id", "c1")
        .containsEntry("kind", "CHILD")
        .containsEntry("birthDate", "2010-01-02");
  }

  @Test
  void shouldConvertRelationshipsWithTheIdsOfTheirEndsEvenWhenTheEndsAreNotReturned() {
    QueryResult result =
        cypher.run(
            "MATCH (:Child {id: 'c1'})-[r:PLACED_WITH]->() WHERE r.legalBasis = 'S20_VOLUNTARY'"
                + " RETURN r",
            Map.of());

    @SuppressWarnings("unchecked")
    Map<String, Object> rel = (Map<String, Object>) result.rows().get(0).get("r");
    assertThat(rel)
        .containsEntry("type", "PLACED_WITH")
        .containsEntry("start", "c1")
        .containsEntry("end", "fc1");
    assertThat(map(rel.get("properties")))
        .containsEntry("start", "2023-06-01")
        .containsEntry("legalBasis", "S20_VOLUNTARY");
  }

  @Test
  void shouldConvertPathsToTheirNodesAndRelationshipsInOrder() {
    QueryResult result =
        cypher.run(
            "MATCH p = (:Person {id: 'mum'})-[:PARENT]->(:Child {id: 'c2'}) RETURN p", Map.of());

    List<?> path = (List<?>) result.rows().get(0).get("p");
    assertThat(path).hasSize(3);
    assertThat(((Map<?, ?>) ((Map<?, ?>) path.get(0)).get("properties")).get("id"))
        .isEqualTo("mum");
    assertThat(map(path.get(1)))
        .containsEntry("type", "PARENT")
        .containsEntry("start", "mum")
        .containsEntry("end", "c2");
    assertThat(((Map<?, ?>) ((Map<?, ?>) path.get(2)).get("properties")).get("id")).isEqualTo("c2");
  }

  @Test
  void shouldConvertTemporalValuesToIsoStrings() {
    QueryResult result =
        cypher.run(
            "RETURN date('2024-01-02') AS d, duration('P1DT2H') AS dur,"
                + " localdatetime('2024-01-02T03:04:05') AS ldt, [date('2024-05-06')] AS list",
            Map.of());

    assertThat(result.rows().get(0))
        .containsEntry("d", "2024-01-02")
        .containsEntry("dur", "P0M1DT7200S")
        .containsEntry("ldt", "2024-01-02T03:04:05")
        .containsEntry("list", List.of("2024-05-06"));
  }

  @Test
  void shouldStopAtTheRowCapAndSayTheResultIsTruncated() {
    AnalystCypher capped = new AnalystCypher(store, QueryLimits.DEFAULTS.withRowCap(5));

    long started = System.nanoTime();
    QueryResult result = capped.run("UNWIND range(1, 100000000) AS i RETURN i", Map.of());

    assertThat(result.rows()).hasSize(5);
    assertThat(result.truncated()).isTrue();
    assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
  }

  @Test
  void shouldNotSayTruncatedWhenTheRowsFitTheCapExactly() {
    AnalystCypher capped = new AnalystCypher(store, QueryLimits.DEFAULTS.withRowCap(5));

    QueryResult result = capped.run("UNWIND range(1, 5) AS i RETURN i", Map.of());

    assertThat(result.rows()).hasSize(5);
    assertThat(result.truncated()).isFalse();
  }

  @Test
  void shouldStopAQueryThatRunsLongerThanTheTimeout() {
    AnalystCypher quick =
        new AnalystCypher(store, QueryLimits.DEFAULTS.withTimeout(Duration.ofMillis(200)));

    long started = System.nanoTime();
    assertThatThrownBy(
            () ->
                quick.run(
                    "UNWIND range(1, 100000) AS a UNWIND range(1, 100000) AS b"
                        + " RETURN count(*) AS n",
                    Map.of()))
        .isInstanceOfSatisfying(
            SgnetException.class,
            e -> assertThat(e.kind()).isEqualTo(SgnetException.Kind.INVALID_INPUT))
        .hasMessageContaining("ran longer than 200 ms");
    assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(10));
  }

  @Test
  void shouldReportASyntaxErrorWithItsPositionButWithoutTheQuerysLiterals() {
    assertThatThrownBy(
            () -> cypher.run("MATCH (n {id: 'Nadia Hussain'}) RETURN n 'Nadia'", Map.of()))
        .isInstanceOfSatisfying(
            SgnetException.class,
            e -> assertThat(e.kind()).isEqualTo(SgnetException.Kind.INVALID_INPUT))
        .hasMessageContaining("line 1, column 42")
        .hasMessageNotContaining("Nadia");
  }

  @Test
  void shouldReportAnErrorOnTheDataWithoutTheValue() {
    assertThatThrownBy(() -> cypher.run("RETURN date('Nadia Hussain') AS d", Map.of()))
        .isInstanceOfSatisfying(
            SgnetException.class,
            e -> assertThat(e.kind()).isEqualTo(SgnetException.Kind.INVALID_INPUT))
        .hasMessageNotContaining("Nadia");
  }

  @Test
  void shouldRefuseParameterValuesThatAreNotPlainData() {
    assertThatThrownBy(() -> cypher.run("RETURN $x AS x", Map.of("x", new Object())))
        .isInstanceOfSatisfying(
            SgnetException.class,
            e -> assertThat(e.kind()).isEqualTo(SgnetException.Kind.INVALID_INPUT))
        .hasMessageContaining("parameter values");
  }
}
