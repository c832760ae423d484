package org.sgnet.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sgnet.SharedStore;
import org.sgnet.bundle.Agency;
import org.sgnet.bundle.Bundle;
import org.sgnet.bundle.Event;
import org.sgnet.bundle.EventType;
import org.sgnet.bundle.LegalBasis;
import org.sgnet.bundle.Person;
import org.sgnet.bundle.PersonKind;
import org.sgnet.bundle.Sector;
import org.sgnet.bundle.Tie;
import org.sgnet.bundle.TieType;

class BundleImporterIT {

  private Store store;

  @BeforeEach
  void clear() {
    store = SharedStore.clear();
  }

  static Bundle small() {
    return new Bundle(
        List.of(new Agency("sc", "Social Care", Sector.SOCIAL_CARE, Map.of("x_code", "A1"))),
        List.of(
            new Person(
                "c1", PersonKind.CHILD, "Child A", LocalDate.of(2010, 1, 2), null, null, Map.of()),
            new Person("c2", PersonKind.CHILD, "Child B", null, null, null, Map.of()),
            new Person("m", PersonKind.FAMILY, "Mother", null, null, "Mother", Map.of()),
            new Person(
                "sw", PersonKind.PROFESSIONAL, "Sam", null, "sc", "Social Worker", Map.of())),
        List.of(
            new Tie(TieType.SIBLING, "c2", "c1", null, null, null, null, null, Map.of()),
            new Tie(TieType.PARENT, "m", "c1", null, null, true, null, null, Map.of()),
            new Tie(
                TieType.PLACED_WITH,
                "c1",
                "m",
                LocalDate.of(2020, 1, 1),
                null,
                null,
                LegalBasis.HOME,
                null,
                Map.of()),
            new Tie(TieType.INVOLVED, "sw", "c1", null, null, null, null, false, Map.of())),
        List.of(
            new Event(
                "e1",
                LocalDate.of(2024, 1, 1),
                EventType.CONTACT,
                "c1",
                "sc",
                "sw",
                List.of("c2", "m"),
                null,
                null,
                null,
                null,
                "met",
                Map.of()),
            new Event(
                "e2",
                LocalDate.of(2024, 2, 1),
                EventType.VISIT,
                "c1",
                "sc",
                "sw",
                List.of(),
                null,
                null,
                null,
                false,
                null,
                Map.of())));
  }

  @Test
  void shouldImportEveryRowAndLinkEventsToTheirPeopleAndAgency() {
    ImportSummary summary = new BundleImporter(store, 2).importBundle(small(), ImportProgress.NONE);

    assertThat(summary.rows()).isEqualTo(11);
    assertThat(new NetworkReader(store).counts())
        .containsEntry("agencies", 1L)
        .containsEntry("people", 4L)
        .containsEntry("ties", 4L)
        .containsEntry("events", 2L);
    GraphSnapshot snapshot = new NetworkReader(store).snapshot();
    assertThat(snapshot.relationships())
        .extracting(GraphSnapshot.Relationship::type)
        .contains("MEMBER_OF", "ABOUT", "RECORDED_IN", "RECORDED_BY", "PARTICIPANT");
    // Into an empty store every property written is one the store now holds: none is a null
    // written only to be dropped.
    long stored =
        snapshot.nodes().stream().mapToLong(n -> n.properties().size()).sum()
            + snapshot.relationships().stream().mapToLong(r -> r.properties().size()).sum();
    assertThat(summary.propertiesSet()).isEqualTo(stored);
  }

  @Test
  void shouldUpdateInPlaceWhenTheSameBundleIsImportedAgain() {
    BundleImporter importer = new BundleImporter(store, 3);
    importer.importBundle(small(), ImportProgress.NONE);
    GraphSnapshot first = new NetworkReader(store).snapshot();

    ImportSummary again = importer.importBundle(small(), ImportProgress.NONE);

    assertThat(again.nodesCreated()).isZero();
    assertThat(again.relationshipsCreated()).isZero();
    assertThat(new NetworkReader(store).snapshot()).isEqualTo(first);
  }

  @Test
  void shouldLetASecondImportIntoTheSameStoreWaitUntilTheFirstHasEnded() throws Exception {
    CountDownLatch firstIsWriting = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    List<String> progress = Collections.synchronizedList(new ArrayList<>());
    ImportProgress first =
        (written, total) -> {
          progress.add("first");
          firstIsWriting.countDown();
          try {
            release.await();
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
        };
    ExecutorService threads = Executors.newFixedThreadPool(2);
    try {
      Future<ImportSummary> a =
          threads.submit(() -> new BundleImporter(store, 1).importBundle(small(), first));
      assertThat(firstIsWriting.await(1, TimeUnit.MINUTES)).isTrue();
      // The same rows again, as a second administrator might send them: every row an update.
      Future<ImportSummary> b =
          threads.submit(
              () ->
                  new BundleImporter(store, 1, BundleImporter.Transactions.BATCH)
                      .importBundle(small(), (written, total) -> progress.add("second")));
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
      while (!store.imports().hasQueuedThreads()) {
        assertThat(System.nanoTime())
            .as("the second import waits for the first")
            .isLessThan(deadline);
        Thread.sleep(10);
      }
      assertThat(progress).containsOnly("first");
      release.countDown();

      assertThat(a.get(1, TimeUnit.MINUTES).rows()).isEqualTo(11);
      assertThat(b.get(1, TimeUnit.MINUTES).nodesCreated()).isZero();
      // Every batch of the first, then every batch of the second: they never interleaved.
      assertThat(progress.subList(0, 11)).containsOnly("first");
      assertThat(progress.subList(11, progress.size())).hasSize(11).containsOnly("second");
      assertThat(new NetworkReader(store).counts())
          .containsEntry("people", 4L)
          .containsEntry("events", 2L);
    } finally {
      release.countDown();
      threads.shutdownNow();
    }
  }
}
