package org.sgnet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Session;
import org.sgnet.demo.DemoBundle;
import org.sgnet.store.Store;
import org.sgnet.store.StoreSettings;

/**
 * Issue 20, item 2: an import into a new embedded store goes through Neo4j's bulk importer, and the
 * store it makes is the one the transactional import makes. Each bundle is imported both ways into
 * new stores, and the exports (JSON, the CSV bundle, GraphML) and the analysis must be equal byte
 * for byte: for the demo, a generated authority, and a bundle of edge cases (empty optional fields,
 * lists, extra columns, dates and booleans). A populated store keeps the transactional path; a bulk
 * import killed part way leaves a store that opens empty or complete.
 */
class BulkImportIT {

  @TempDir Path home;

  @Test
  void shouldMakeTheStoreATransactionalImportMakesForTheDemo() throws Exception {
    assertBothWaysEqual("demo", DemoBundle.extract(home.resolve("demo")));
  }

  @Test
  void shouldMakeTheStoreATransactionalImportMakesForAGeneratedAuthority() throws Exception {
    assertBothWaysEqual("generated", generate("generated", 400, 5));
  }

  @Test
  void shouldMakeTheStoreATransactionalImportMakesForEdgeCases() throws Exception {
    Path bundle = DemoBundle.extract(home.resolve("edge"));
    // Extra columns, filled on the first row only: lists (;-separated), a postcode, a note with
    // a comma; the demo itself has empty dates, booleans and enums on most rows.
    addColumns(
        bundle.resolve("people.csv"),
        "identifiers,postcode,provenance,x_note",
        "upn:A123456789012;nhs:9434765919,AB1 2CD,ssda903:header.csv:2;cin:c.xml:/M/C[1],"
            + "\"a note, with a comma\"");
    addColumns(bundle.resolve("agencies.csv"), "provenance,x_code", "partner:ag.csv:2,A-1");
    addColumns(bundle.resolve("relationships.csv"), "provenance,x_since", "partner:r.csv:2,2001");
    addColumns(bundle.resolve("events.csv"), "provenance,x_flag", "cin:c.xml:/M/E[1],true");
    assertBothWaysEqual("edge", bundle);
  }

  @Test
  void shouldImportTransactionallyIntoAPopulatedStoreAndRefuseToBulkImportIntoIt()
      throws Exception {
    Path demo = DemoBundle.extract(home.resolve("demo"));
    Path db = home.resolve("db-populated");
    assertThat(
            Jar.succeed(home, "import", demo.toString(), "--db", db.toString(), "--method", "bulk")
                .out())
        .contains("bulk importer");
    String before = exportJson(db);

    Jar.Result forced =
        Jar.run(home, "import", demo.toString(), "--db", db.toString(), "--method", "bulk");
    assertThat(forced.exitCode()).isEqualTo(Sgnet.FAILURE);
    assertThat(forced.err()).contains("--method transactional");
    Jar.Result again = Jar.succeed(home, "import", demo.toString(), "--db", db.toString());

    assertThat(again.out())
        .doesNotContain("bulk importer")
        .contains("0 nodes and 0 relationships created");
    assertThat(exportJson(db)).isEqualTo(before);
  }

  @Test
  void shouldLeaveANewStoreEmptyOrCompleteWhenABulkImportIsKilled() throws Exception {
    Path bundle = generate("killed", 3000, 9);
    Path complete = home.resolve("db-complete");
    Jar.succeed(home, "import", bundle.toString(), "--db", complete.toString());
    String full = exportJson(complete);
    String empty = exportJson(home.resolve("db-empty"));
    // Kill points: as the importer starts (its staging store appears), while it writes, and as
    // soon as the store files are in place (the commit point), before the store first opens.
    String building = "bulk-import";
    String moved = "data/databases/neo4j";
    List<String> outcomes = new ArrayList<>();
    int i = 0;
    for (String when : List.of(building + "+0", building + "+1500", moved + "+0")) {
      String[] point = when.split("\\+");
      Path db = home.resolve("db-killed-" + i++);
      Process p =
          Jar.launch(
              home,
              home.resolve("killed-out.txt"),
              home.resolve("killed-err.txt"),
              "import",
              bundle.toString(),
              "--db",
              db.toString(),
              "--method",
              "bulk");
      while (p.isAlive() && !Files.exists(db.resolve(point[0]))) {
        Thread.sleep(5);
      }
      boolean finished = p.waitFor(Long.parseLong(point[1]), TimeUnit.MILLISECONDS);
      p.destroyForcibly();
      assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
      String after = exportJson(db);
      assertThat(after).as("the store after a kill at %s", when).isIn(empty, full);
      assertThat(db.resolve(building)).as("the staging store is cleared").doesNotExist();
      if (point[0].equals(moved)) {
        assertThat(after).as("killed after the commit point").isEqualTo(full);
      } else if (after.equals(empty) && outcomes.isEmpty()) {
        // The store opened, so it holds a database now: the next import is transactional.
        Jar.succeed(home, "import", bundle.toString(), "--db", db.toString());
        assertThat(exportJson(db)).isEqualTo(full);
      }
      outcomes.add(
          when
              + ": "
              + (finished ? "finished first, " : "")
              + (after.equals(full) ? "complete" : "empty"));
    }
    System.out.println("BulkImportIT kills: " + outcomes);
  }

  private void assertBothWaysEqual(String name, Path bundle) throws Exception {
    Path bulk = home.resolve(name + "-bulk");
    Path transactional = home.resolve(name + "-tx");
    Jar.Result b =
        Jar.succeed(home, "import", bundle.toString(), "--db", bulk.toString(), "--method", "bulk");
    Jar.Result t =
        Jar.succeed(
            home,
            "import",
            bundle.toString(),
            "--db",
            transactional.toString(),
            "--method",
            "transactional");
    assertThat(b.out()).contains("written by Neo4j's bulk importer");
    assertThat(t.out()).doesNotContain("bulk importer");
    // The same counts of rows, nodes and relationships; property counts differ by what each path
    // counts as set.
    assertThat(created(b.out())).isEqualTo(created(t.out())).isNotEmpty();
    assertThat(exportJson(bulk)).isEqualTo(exportJson(transactional)).isNotBlank();
    assertThat(exported(bulk, "graphml")).isEqualTo(exported(transactional, "graphml"));
    assertThat(csvBundle(bulk, name + "-bulk-csv"))
        .isEqualTo(csvBundle(transactional, name + "-tx-csv"));
    assertThat(analysis(bulk)).isEqualTo(analysis(transactional));
    assertThat(facts(bulk)).isEqualTo(facts(transactional));
  }

  /**
   * What the whole store holds beyond the export: every label combination and relationship type
   * with its count (sgnet's own bookkeeping nodes too), and every index and constraint.
   */
  private static List<String> facts(Path db) {
    try (Store store = Store.open(StoreSettings.embedded(db), false);
        Session session = store.session()) {
      List<String> facts = new ArrayList<>();
      for (String query :
          List.of(
              "MATCH (n) RETURN labels(n) AS l, count(*) AS c",
              "MATCH ()-[r]->() RETURN type(r) AS t, count(*) AS c",
              "SHOW INDEXES YIELD name, type, entityType, labelsOrTypes, properties, state",
              "SHOW CONSTRAINTS YIELD name, type")) {
        session.run(query).forEachRemaining(r -> facts.add(new TreeMap<>(r.asMap()).toString()));
      }
      java.util.Collections.sort(facts);
      return facts;
    }
  }

  /** "Imported ... " and "N nodes and M relationships created" of an import's report. */
  private static List<String> created(String out) {
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile(
                "(Imported [^\\n]* events) into .*\\n\\s+([\\d,]+ nodes and [\\d,]+ relationships"
                    + " created)")
            .matcher(out);
    return m.find() ? List.of(m.group(1), m.group(2)) : List.of();
  }

  private String exportJson(Path db) throws Exception {
    return exported(db, "json");
  }

  private String exported(Path db, String format) throws Exception {
    return Jar.succeed(home, "export", "--db", db.toString(), "--format", format).out();
  }

  private String analysis(Path db) throws Exception {
    return Jar.succeed(home, "analyse", "--db", db.toString(), "--format", "json").out();
  }

  /** The CSV bundle an export writes, file name to content. */
  private TreeMap<String, String> csvBundle(Path db, String name) throws Exception {
    Path out = home.resolve(name);
    Jar.succeed(home, "export", "--db", db.toString(), "--format", "csv", "--out", out + "/");
    TreeMap<String, String> files = new TreeMap<>();
    try (Stream<Path> paths = Files.list(out)) {
      for (Path p : paths.toList()) {
        files.put(p.getFileName().toString(), Files.readString(p, StandardCharsets.UTF_8));
      }
    }
    return files;
  }

  private Path generate(String name, int children, long seed) throws Exception {
    Path out = home.resolve(name);
    Jar.succeed(
        home,
        "generate",
        "--children",
        Integer.toString(children),
        "--seed",
        Long.toString(seed),
        "--out",
        out.toString());
    return out;
  }

  /** Appends columns to a CSV file: their values on the first row, empty on the others. */
  private static void addColumns(Path csv, String header, String firstRow) throws Exception {
    List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
    int columns = header.split(",").length;
    List<String> out = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isEmpty()) {
        out.add(line);
      } else if (i == 0) {
        out.add(line + "," + header);
      } else if (i == 1) {
        out.add(line + "," + firstRow);
      } else {
        out.add(line + ",".repeat(columns));
      }
    }
    Files.write(csv, out, StandardCharsets.UTF_8);
  }
}
