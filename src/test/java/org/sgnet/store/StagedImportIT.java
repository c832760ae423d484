package org.sgnet.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.sgnet.SgnetException;
import org.sgnet.SharedStore;
import org.sgnet.bundle.Agency;
import org.sgnet.bundle.Bundle;
import org.sgnet.bundle.BundleReader;
import org.sgnet.bundle.Event;
import org.sgnet.bundle.EventType;
import org.sgnet.bundle.Person;
import org.sgnet.bundle.PersonKind;
import org.sgnet.bundle.Sector;
import org.sgnet.bundle.Tie;
import org.sgnet.bundle.TieType;
import org.sgnet.demo.DemoBundle;
import org.sgnet.export.GraphSnapshot;
import org.sgnet.export.GraphSnapshotReader;
import org.sgnet.store.BundleImporter.Transactions;

/**
 * A staged import (one transaction per batch) is as atomic as a single transaction: whichever batch
 * it fails after, and when it is interrupted and the store opened again, the store is as it was,
 * and no journal is left behind.
 */
class StagedImportIT {

  private Store store;
  private GraphSnapshot before;

  @BeforeEach
  void populate() {
    store = SharedStore.clear();
    new BundleImporter(store, 100, Transactions.ONE)
        .importBundle(BundleImporterIT.small(), ImportProgress.NONE);
    before = new GraphSnapshotReader(store).snapshot();
  }

  /** Ten rows that update and create something of every kind. */
  static Bundle update() {
    return new Bundle(
        List.of(
            new Agency("sc", "Renamed", Sector.SOCIAL_CARE, Map.of()),
            new Agency("po", "Police", Sector.POLICE, Map.of())),
        List.of(
            new Person("c1", PersonKind.CHILD, "Renamed child", null, null, null, Map.of()),
            new Person("m", PersonKind.CARER, "Mother", null, null, "Carer", Map.of()),
            new Person("sw", PersonKind.PROFESSIONAL, "Sam", null, "po", "Officer", Map.of()),
            new Person("c9", PersonKind.CHILD, "New child", null, null, null, Map.of())),
        List.of(
            new Tie(TieType.PARENT, "m", "c1", null, null, false, null, null, Map.of(), List.of()),
            new Tie(
                TieType.SIBLING, "c9", "c1", null, null, null, null, null, Map.of(), List.of())),
        List.of(
            new Event(
                "e1",
                LocalDate.of(2024, 1, 1),
                EventType.CONTACT,
                "c1",
                "po",
                null,
                List.of("c9"),
                null,
                null,
                null,
                null,
                "changed",
                Map.of(),
                List.of()),
            new Event(
                "e9",
                LocalDate.of(2024, 3, 1),
                EventType.RISK,
                "c9",
                "po",
                "sw",
                List.of("c1"),
                null,
                "CSE",
                null,
                null,
                null,
                Map.of(),
                List.of())));
  }

  static Stream<Arguments> failurePoints() {
    return Stream.of(1, 3)
        .flatMap(size -> IntStream.range(1, 10).mapToObj(k -> Arguments.of(size, k)));
  }

  @ParameterizedTest(name = "batches of {0}, failing after {1} rows")
  @MethodSource("failurePoints")
  void shouldUndoTheCommittedBatchesWhenAStagedImportFails(int batchSize, int failAfter) {
    ImportProgress failing =
        (done, total) -> {
          if (done >= failAfter) {
            throw new IllegalStateException("simulated failure after " + done + " rows");
          }
        };

    assertThatThrownBy(
            () ->
                new BundleImporter(store, batchSize, Transactions.BATCH)
                    .importBundle(update(), failing))
        .hasMessageContaining("simulated failure");

    assertThat(new GraphSnapshotReader(store).snapshot()).isEqualTo(before);
    assertThat(journalNodes()).isZero();
  }

  @ParameterizedTest(name = "{0}")
  @org.junit.jupiter.params.provider.EnumSource(Transactions.class)
  void shouldLeaveNoPlanMadeBeforeAnImportForTheStatementsAfterIt(Transactions transactions) {
    // A statement planned on the store as it was (as a served store plans its pages' at start).
    store.query("read/event-count", Map.of(), r -> r.get(0).asLong());

    new BundleImporter(store, 2, transactions).importBundle(update(), ImportProgress.NONE);

    String cleared =
        store.write(tx -> tx.run("CALL db.clearQueryCaches()").single().get(0).asString());
    assertThat(cleared).isEqualTo("Query cache already empty.");
  }

  @Test
  void shouldKeepTheWarmPlansOfALargerStoreAfterASmallImport(@TempDir Path dir) throws Exception {
    new BundleImporter(store, 100, Transactions.ONE)
        .importBundle(
            new BundleReader().read(DemoBundle.extract(dir.resolve("demo"))), ImportProgress.NONE);
    store.query("read/event-count", Map.of(), r -> r.get(0).asLong());

    // A child and an event among the demo's 142 people and its chronology: a correction's size.
    new BundleImporter(store, 2, Transactions.ONE).importBundle(update(), ImportProgress.NONE);

    String cleared =
        store.write(tx -> tx.run("CALL db.clearQueryCaches()").single().get(0).asString());
    assertThat(cleared).isNotEqualTo("Query cache already empty.");
  }

  @Test
  void shouldWriteTheSameGraphInStagesAsInOneTransaction() {
    new BundleImporter(store, 1, Transactions.BATCH).importBundle(update(), ImportProgress.NONE);
    GraphSnapshot staged = new GraphSnapshotReader(store).snapshot();

    store = SharedStore.clear();
    new BundleImporter(store, 100, Transactions.ONE)
        .importBundle(BundleImporterIT.small(), ImportProgress.NONE);
    new BundleImporter(store, 100, Transactions.ONE).importBundle(update(), ImportProgress.NONE);

    assertThat(staged).isNotEqualTo(before).isEqualTo(new GraphSnapshotReader(store).snapshot());
    assertThat(journalNodes()).isZero();
  }

  /**
   * A staged import in another thread that stops after its fifth batch until {@link #resume} counts
   * down, then fails as if its process had died, or carries on.
   */
  private static final class StalledImport {
    final CountDownLatch halfWay = new CountDownLatch(1);
    final CountDownLatch resume = new CountDownLatch(1);
    final AtomicReference<Throwable> failure = new AtomicReference<>();
    final Thread thread;

    StalledImport(Store store, boolean dies) {
      ImportProgress stalling =
          (done, total) -> {
            if (done == 5) {
              halfWay.countDown();
              try {
                resume.await();
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
              if (dies) {
                throw new IllegalStateException("the process died");
              }
            }
          };
      thread =
          new Thread(
              () -> {
                try {
                  new BundleImporter(store, 1, Transactions.BATCH).importBundle(update(), stalling);
                } catch (Throwable t) {
                  failure.set(t);
                }
              });
      thread.start();
    }

    void awaitHalfWay() throws InterruptedException {
      assertThat(halfWay.await(60, TimeUnit.SECONDS)).isTrue();
    }

    Throwable finish() throws InterruptedException {
      resume.countDown();
      thread.join(60_000);
      return failure.get();
    }
  }

  @Test
  void shouldUndoAnInterruptedStagedImportWhenTheStoreIsOpenedAgain() throws Exception {
    StalledImport importing = new StalledImport(store, true);
    importing.awaitHalfWay();
    assertThat(new GraphSnapshotReader(store).snapshot()).isNotEqualTo(before);

    // What opening the embedded store again does: nobody else can be writing to it.
    Store.open(store);

    assertThat(new GraphSnapshotReader(store).snapshot()).isEqualTo(before);
    assertThat(journalNodes()).isZero();
    assertThat(importing.finish()).hasMessageContaining("the process died");
    assertThat(new GraphSnapshotReader(store).snapshot()).isEqualTo(before);
  }

  @Test
  void shouldRefuseToWriteABatchOfAnImportThatWasUndone() throws Exception {
    StalledImport importing = new StalledImport(store, false);
    importing.awaitHalfWay();
    // What opening the store does: this process runs it, so every unfinished import is undone.
    Store.open(store);

    assertThat(importing.finish()).hasMessageContaining("was undone");
    assertThat(new GraphSnapshotReader(store).snapshot()).isEqualTo(before);
    assertThat(journalNodes()).isZero();
  }

  @Test
  void shouldLeaveAloneAnImportThatAnotherProcessIsStillWriting() throws Exception {
    StalledImport importing = new StalledImport(store, false);
    importing.awaitHalfWay();

    // What an import from another process, through the Bolt connector, does before its first
    // batch: it holds a lock of its own, not this store object's.
    assertThatThrownBy(() -> ImportJournal.begin(store))
        .isInstanceOfSatisfying(
            SgnetException.class, e -> assertThat(e.kind()).isEqualTo(SgnetException.Kind.CONFLICT))
        .hasMessageContaining("another import into this store is running");

    assertThat(importing.finish()).isNull();
    assertThat(journalNodes()).isZero();
    GraphSnapshot imported = new GraphSnapshotReader(store).snapshot();
    assertThat(imported).isNotEqualTo(before);
    new BundleImporter(store, 100, Transactions.ONE).importBundle(update(), ImportProgress.NONE);
    assertThat(new GraphSnapshotReader(store).snapshot()).isEqualTo(imported);
  }

  @Test
  void shouldWaitForTheRunningBatchesThenUndoAnImportWhoseThreadIsInterrupted() throws Exception {
    StalledImport importing = new StalledImport(store, false);
    importing.awaitHalfWay();

    importing.thread.interrupt();
    // It ends only after the batch that is still running, which ends when told to resume.
    importing.thread.join(2_000);
    assertThat(importing.thread.isAlive()).isTrue();

    assertThat(importing.finish()).hasMessageContaining("interrupted");
    assertThat(new GraphSnapshotReader(store).snapshot()).isEqualTo(before);
    assertThat(journalNodes()).isZero();
    // The store is free for the next import.
    assertThat(store.whileNoImportRuns(() -> true)).isTrue();
  }

  private long journalNodes() {
    return store.read(
        tx ->
            tx.run(
                    "MATCH (n) WHERE n:SgnetImport OR n:SgnetUndo OR n:SgnetBefore"
                        + " RETURN count(n) AS n")
                .single()
                .get("n")
                .asLong());
  }
}
