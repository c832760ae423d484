package org.sgnet.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sgnet.SgnetException;
import org.sgnet.network.CountsReader;

/**
 * A store opened on a thread of its own ahead of the store bean: handed over when the settings
 * match, and never left running when it is not wanted, failed, or its taker gives up.
 */
class StoreOpeningIT {

  @Test
  void shouldHandOverTheStoreItOpenedWhenTheSettingsMatch(@TempDir Path dir) throws Exception {
    Path db = populated(dir);
    StoreSettings settings = StoreSettings.embedded(db);

    try (StoreOpening opening = StoreOpening.begin(settings, true)) {
      // The DBMS starts without anyone asking for it: its connector's address appears.
      awaitFile(db.resolve(EmbeddedNeo4j.URI_FILE));
      String startedEarly = Files.readString(db.resolve(EmbeddedNeo4j.URI_FILE)).strip();

      Store store = opening.take(settings, true);
      opening.close();
      try (store) {
        assertThat(store.boltUri()).isEqualTo(startedEarly);
        // Closing the opening after the hand-over leaves the taken store working.
        assertThat(new CountsReader(store).counts()).containsEntry("people", 4L);
      }
    }
    assertThat(db.resolve(EmbeddedNeo4j.URI_FILE)).doesNotExist();
  }

  @Test
  void shouldStopTheStoreItOpenedAndOpenAnotherWhenTheSettingsDiffer(@TempDir Path dir)
      throws Exception {
    Path db = populated(dir);
    Set<String> before = Neo4jThreads.now();
    StoreSettings early = StoreSettings.embedded(db);
    StoreSettings wanted =
        new StoreSettings(db, null, null, null, null, "127.0.0.1", 0, "128m", 10_000, false);

    try (StoreOpening opening = StoreOpening.begin(early, true)) {
      // The early store holds the directory: the wanted one opens only if it was stopped first.
      try (Store store = opening.take(wanted, true)) {
        assertThat(store.settings()).isEqualTo(wanted);
        assertThat(new CountsReader(store).counts()).containsEntry("people", 4L);
      }
    }
    assertThat(Neo4jThreads.onceSettled(before)).isSubsetOf(before);
  }

  @Test
  void shouldStopTheStoreItOpenedWhenNobodyTakesIt(@TempDir Path dir) throws Exception {
    Path db = populated(dir);
    Set<String> before = Neo4jThreads.now();

    StoreOpening.begin(StoreSettings.embedded(db), true).close();

    assertThat(Neo4jThreads.onceSettled(before)).isSubsetOf(before);
    try (Store again = Store.open(StoreSettings.embedded(db))) {
      assertThat(new CountsReader(again).counts()).containsEntry("people", 4L);
    }
  }

  @Test
  void shouldFailAsOpeningHereWouldWhenTheDirectoryIsInUse(@TempDir Path dir) throws Exception {
    Path db = populated(dir);
    try (Store holder = Store.open(StoreSettings.embedded(db), false)) {
      String openedHere = failureOf(() -> Store.open(StoreSettings.embedded(db), false));

      StoreOpening opening = StoreOpening.begin(StoreSettings.embedded(db), false);
      assertThatThrownBy(() -> opening.take(StoreSettings.embedded(db), false))
          .isInstanceOf(SgnetException.class)
          .hasMessage(openedHere);
      // The failure was the taker's to report; closing does not report it again.
      opening.close();
      assertThat(new CountsReader(holder).counts()).containsEntry("people", 4L);
    }
  }

  @Test
  void shouldStopEveryStoreItHandedOutWhenAbandoned(@TempDir Path dir) throws Exception {
    Path db = populated(dir);
    Set<String> before = Neo4jThreads.now();
    StoreOpening opening = StoreOpening.begin(StoreSettings.embedded(db), true);
    Store taken = opening.take(StoreSettings.embedded(db), true);

    opening.abandon();

    assertThatThrownBy(() -> new CountsReader(taken).counts()).isInstanceOf(RuntimeException.class);
    assertThat(Neo4jThreads.onceSettled(before)).isSubsetOf(before);
    try (Store again = Store.open(StoreSettings.embedded(db))) {
      assertThat(new CountsReader(again).counts()).containsEntry("people", 4L);
    }
    taken.close();
  }

  private static Path populated(Path dir) {
    Path db = dir.resolve("db");
    try (Store store = Store.open(StoreSettings.embedded(db))) {
      new BundleImporter(store, 100).importBundle(BundleImporterIT.small(), ImportProgress.NONE);
    }
    return db;
  }

  private static String failureOf(Runnable work) {
    try {
      work.run();
    } catch (SgnetException e) {
      return e.getMessage();
    }
    throw new AssertionError("expected a failure");
  }

  private static void awaitFile(Path file) throws InterruptedException {
    long deadline = System.nanoTime() + 60_000_000_000L;
    while (!Files.exists(file) && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    assertThat(file).exists();
  }
}
