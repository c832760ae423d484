package org.sgnet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * Partner extracts through the packaged jar as an analyst runs it: import with a summary, the same
 * again changing nothing, a corrupted copy refused whole or in part, sources shown, look-alikes
 * listed and one confirmed, and a re-import that keeps the merge.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SourcesCliIT {

  static final Path FAMILY_CONTEXT = Path.of("src/test/resources/statutory/family_context");

  @TempDir static Path home;

  static Path db;

  @BeforeAll
  static void importFamilyContext() throws Exception {
    db = home.resolve("db");
    Jar.Result result =
        Jar.run(
            home,
            "import",
            "--from",
            "partner",
            FAMILY_CONTEXT.resolve("csc.csv").toString(),
            FAMILY_CONTEXT.resolve("education.csv").toString(),
            "--db",
            db.toString());
    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(result.out())
        .contains("Read partner: csc.csv 500 record(s), education.csv 500 record(s)")
        .contains("0 record(s) refused")
        .contains("2,000 person record(s) became")
        .contains("pair(s) of people look alike but share no identifier");
  }

  private static String export() throws Exception {
    Path out = home.resolve("export-" + System.nanoTime() + ".json");
    Jar.Result r =
        Jar.run(home, "export", "--format", "json", "--out", out.toString(), "--db", db.toString());
    assertThat(r.exitCode()).as(r.err()).isZero();
    return Files.readString(out);
  }

  @Test
  @Order(1)
  void shouldChangeNoCountWhenTheSameExtractsAreImportedAgain() throws Exception {
    String before = export();

    Jar.Result again =
        Jar.run(
            home, "import", "--from", "partner", FAMILY_CONTEXT.toString(), "--db", db.toString());

    assertThat(again.exitCode()).as(again.err()).isZero();
    assertThat(again.out()).contains("0 nodes and 0 relationships created, 0 links removed");
    assertThat(export()).isEqualTo(before);
  }

  @Test
  @Order(2)
  void shouldExitTwoNamingFileLineAndFieldForACorruptedCopyAndImportTheRestWithRejects()
      throws Exception {
    Path bad = home.resolve("bad");
    Files.createDirectories(bad);
    List<String> lines = Files.readAllLines(FAMILY_CONTEXT.resolve("education.csv"));
    // Line 2 starts the first record; its date of birth becomes a date that does not exist.
    lines.set(1, lines.get(1).replace(",2011-12-13,", ",2011-13-13,"));
    Files.write(bad.resolve("education.csv"), lines, StandardCharsets.UTF_8);
    String before = export();

    Jar.Result strict =
        Jar.run(home, "import", "--from", "partner", bad.toString(), "--db", db.toString());

    assertThat(strict.exitCode()).isEqualTo(2);
    assertThat(strict.err())
        .contains("education.csv:2: field Date Of Birth: is not a date")
        .contains("nothing was written")
        .doesNotContain("Damian", "2011-13-13");
    assertThat(export()).isEqualTo(before);

    Path rejects = home.resolve("rejects.csv");
    Jar.Result lenient =
        Jar.run(
            home,
            "import",
            "--from",
            "partner",
            bad.toString(),
            "--rejects",
            rejects.toString(),
            "--db",
            db.toString());

    assertThat(lenient.exitCode()).as(lenient.err()).isZero();
    assertThat(lenient.out()).contains("1 record(s) refused (each with its reason in");
    assertThat(Files.readAllLines(rejects))
        .containsExactly(
            "format,file,where,field,reason",
            "partner,education.csv,2,Date Of Birth,is not a date (dd/mm/yyyy or yyyy-mm-dd)");
  }

  @Test
  @Order(3)
  void shouldShowTheSourcesOfAnImportedChild() throws Exception {
    Jar.Result shown = Jar.run(home, "show", "partner-csc-7190247", "--db", db.toString());

    assertThat(shown.exitCode()).as(shown.err()).isZero();
    assertThat(shown.out())
        .contains("identifiers: record:partner-csc-7190247")
        .contains("sources:    partner:csc.csv:2");
  }

  @Test
  @Order(4)
  void shouldListLookAlikesAndMergeAConfirmedPairThatAReimportKeeps() throws Exception {
    Jar.Result listed = Jar.run(home, "identities", "--db", db.toString());
    assertThat(listed.exitCode()).as(listed.err()).isZero();
    assertThat(listed.out())
        .contains("partner-csc-5466968 ~ partner-education-6319532  NAME+BIRTH_DATE+POSTCODE");

    Jar.Result confirmed =
        Jar.run(
            home,
            "identities",
            "confirm",
            "partner-csc-5466968",
            "partner-education-6319532",
            "--by",
            "analyst-1",
            "--db",
            db.toString());
    assertThat(confirmed.exitCode()).as(confirmed.err()).isZero();
    String merged = export();
    assertThat(merged).doesNotContain("\"partner-education-6319532\"");

    Jar.Result again =
        Jar.run(
            home, "import", "--from", "partner", FAMILY_CONTEXT.toString(), "--db", db.toString());
    assertThat(again.exitCode()).as(again.err()).isZero();
    assertThat(export()).isEqualTo(merged);
    Jar.Result decisions = Jar.run(home, "identities", "decisions", "--db", db.toString());
    assertThat(decisions.out())
        .contains("CONFIRMED partner-csc-5466968 partner-education-6319532  by analyst-1");
  }

  @Test
  @Order(5)
  void shouldConvertWithoutAStoreAndWriteABundleThatImportsAsIs() throws Exception {
    Path out = home.resolve("bundle");
    Jar.Result converted =
        Jar.run(
            home,
            "convert",
            "--from",
            "partner",
            FAMILY_CONTEXT.resolve("csc.csv").toString(),
            "--out",
            out.toString());

    assertThat(converted.exitCode()).as(converted.err()).isZero();
    assertThat(Files.readAllLines(out.resolve("people.csv")).get(0))
        .isEqualTo("person_id,kind,name,birth_date,agency_id,role,identifiers,postcode,provenance");
    Jar.Result imported =
        Jar.run(home, "import", out.toString(), "--db", home.resolve("db2").toString());
    assertThat(imported.exitCode()).as(imported.err()).isZero();
    assertThat(imported.out()).contains("Imported 27 agencies, 1,000 people");
  }
}
