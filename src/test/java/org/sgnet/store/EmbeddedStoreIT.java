package org.sgnet.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.exceptions.AuthenticationException;
import org.sgnet.network.CountsReader;

/** The embedded store across restarts, and its Bolt connector's authentication. */
class EmbeddedStoreIT {

  @Test
  void shouldReopenAStoreWithItsDataAndItsPassword(@TempDir Path dir) throws Exception {
    Path db = dir.resolve("db");
    try (Store first = Store.open(StoreSettings.embedded(db))) {
      new BundleImporter(first, 100).importBundle(BundleImporterIT.small(), ImportProgress.NONE);
    }
    String password = Files.readString(db.resolve("bolt-password")).strip();

    try (Store again = Store.open(StoreSettings.embedded(db))) {
      assertThat(new CountsReader(again).counts()).containsEntry("people", 4L);
      assertThat(Files.readString(db.resolve("bolt-password")).strip()).isEqualTo(password);
    }
    assertThat(db.resolve("bolt-uri")).doesNotExist();
  }

  @Test
  void shouldGiveTheStoreANewPasswordWhenItsFileIsGoneOrRefused(@TempDir Path dir)
      throws Exception {
    Path db = dir.resolve("db");
    try (Store first = Store.open(StoreSettings.embedded(db))) {
      new BundleImporter(first, 100).importBundle(BundleImporterIT.small(), ImportProgress.NONE);
    }
    String original = Files.readString(db.resolve("bolt-password")).strip();

    // A password file from elsewhere: the store refuses it and gets a new one, data intact.
    Files.writeString(db.resolve("bolt-password"), "not-this-stores\n");
    try (Store again = Store.open(StoreSettings.embedded(db))) {
      assertThat(new CountsReader(again).counts()).containsEntry("people", 4L);
    }
    String replaced = Files.readString(db.resolve("bolt-password")).strip();
    assertThat(replaced).isNotIn(original, "not-this-stores");

    // No password file at all.
    Files.delete(db.resolve("bolt-password"));
    try (Store third = Store.open(StoreSettings.embedded(db))) {
      String password = Files.readString(db.resolve("bolt-password")).strip();
      assertThat(password).isNotEqualTo(replaced);
      try (var driver =
          GraphDatabase.driver(third.boltUri(), AuthTokens.basic("neo4j", password))) {
        driver.verifyConnectivity();
      }
      assertThat(
              java.nio.file.attribute.PosixFilePermissions.toString(
                  Files.getPosixFilePermissions(db.resolve("bolt-password"))))
          .isEqualTo("rw-------");
    }
  }

  @Test
  void shouldCheckAStoreOnOpeningOnlyWhenSomethingWasCommittedSinceItsLastCheck(@TempDir Path dir)
      throws Exception {
    Path db = dir.resolve("db");
    assertThat(checkedOnOpening(db)).as("a new store").isTrue();
    assertThat(checkedOnOpening(db)).as("unchanged").isFalse();
    try (Store reading = Store.open(StoreSettings.embedded(db))) {
      // Reading commits nothing.
      assertThat(new CountsReader(reading).counts()).isNotNull();
    }
    assertThat(checkedOnOpening(db)).as("only read").isFalse();
    try (Store writing = Store.open(StoreSettings.embedded(db));
        var session = writing.session()) {
      session.run("CREATE (:Agency {id: 'ag-written'})").consume();
    }
    assertThat(checkedOnOpening(db)).as("written to").isTrue();
    // A mark left by a version of sgnet that knew other migrations is not this version's.
    Path mark = db.resolve(EmbeddedNeo4j.CHECKED_FILE);
    Files.writeString(mark, Files.readString(mark).strip() + ",V999__future\n");
    assertThat(checkedOnOpening(db)).as("another version's mark").isTrue();
    Files.delete(mark);
    assertThat(checkedOnOpening(db)).as("no mark").isTrue();
  }

  private static boolean checkedOnOpening(Path db) {
    try (Store store = Store.open(StoreSettings.embedded(db))) {
      return store.checkedOnOpening();
    }
  }

  @Test
  void shouldUndoAnImportLeftUnfinishedAfterTheStoreWasLastChecked(@TempDir Path dir)
      throws Exception {
    Path db = dir.resolve("db");
    try (Store first = Store.open(StoreSettings.embedded(db));
        var session = first.session()) {
      // What a process killed during a staged import leaves: its journal, in a committed write.
      session
          .run(
              "CREATE (:SgnetImport {id: 'killed', started: datetime() - duration('PT1H'),"
                  + " heartbeat: datetime() - duration('PT1H')})")
          .consume();
    }

    try (Store again = Store.open(StoreSettings.embedded(db));
        var session = again.session()) {
      assertThat(again.checkedOnOpening()).isTrue();
      assertThat(session.run("MATCH (i:SgnetImport) RETURN count(i)").single().get(0).asLong())
          .isZero();
    }
  }

  @Test
  void shouldOpenAStoreKilledWhileItsFirstMigrationBuiltAConstraint(@TempDir Path dir)
      throws Exception {
    Path db = dir.resolve("db");
    try (Store first = Store.open(StoreSettings.embedded(db));
        var session = first.session()) {
      // What a kill between a uniqueness constraint's index and the constraint leaves: an index
      // under the constraint's name that no constraint owns, and V001 not recorded as applied.
      session.run("DROP CONSTRAINT person_id").consume();
      session.run("CREATE INDEX person_id FOR (p:Person) ON (p.id)").consume();
      session.run("MATCH (m:SgnetMigration {version: 'V001__constraints'}) DELETE m").consume();
    }

    try (Store again = Store.open(StoreSettings.embedded(db));
        var session = again.session()) {
      var constraint =
          session
              .run("SHOW CONSTRAINTS YIELD name, type WHERE name = 'person_id' RETURN type")
              .list(r -> r.get(0).asString());
      assertThat(constraint).containsExactly("UNIQUENESS");
      session.run("CREATE (:Person {id: 'twice'})").consume();
      assertThatThrownBy(() -> session.run("CREATE (:Person {id: 'twice'})").consume())
          .hasMessageContaining("already exists");
    }
  }

  @Test
  void shouldNotReportUsageDataToNeo4j(@TempDir Path dir) throws Exception {
    Path db = dir.resolve("db");
    try (Store store = Store.open(StoreSettings.embedded(db));
        var session = store.session()) {
      String value =
          session
              .run(
                  "SHOW SETTINGS YIELD name, value WHERE name = 'dbms.usage_report.enabled'"
                      + " RETURN value")
              .single()
              .get("value")
              .asString();
      assertThat(value).isEqualTo("false");
    }
    assertThat(Files.readString(db.resolve("logs/debug.log")))
        .contains("DatabaseManagementServiceFactory")
        .doesNotContain("Usage Data is being sent");
  }

  @Test
  void shouldRefuseBoltClientsWithoutTheGeneratedPassword(@TempDir Path dir) throws Exception {
    try (Store store = Store.open(StoreSettings.embedded(dir.resolve("db")))) {
      String password = Files.readString(store.dataDirectory().resolve("bolt-password")).strip();

      try (var wrong = GraphDatabase.driver(store.boltUri(), AuthTokens.basic("neo4j", "guess"))) {
        assertThatThrownBy(wrong::verifyConnectivity).isInstanceOf(AuthenticationException.class);
      }
      try (var none = GraphDatabase.driver(store.boltUri(), AuthTokens.none())) {
        assertThatThrownBy(none::verifyConnectivity).isInstanceOf(AuthenticationException.class);
      }
      try (var right = GraphDatabase.driver(store.boltUri(), AuthTokens.basic("neo4j", password))) {
        right.verifyConnectivity();
      }
      assertThat(store.boltUri()).startsWith("bolt://127.0.0.1:");
    }
  }
}
