package org.sgnet.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sgnet.SgnetException;
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
import org.sgnet.export.GraphSnapshot;
import org.sgnet.export.GraphSnapshotReader;
import org.sgnet.network.CountsReader;

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
            new Tie(TieType.SIBLING, "c2", "c1", null, null, null, null, null, Map.of(), List.of()),
            new Tie(TieType.PARENT, "m", "c1", null, null, true, null, null, Map.of(), List.of()),
            new Tie(
                TieType.PLACED_WITH,
                "c1",
                "m",
                LocalDate.of(2020, 1, 1),
                null,
                null,
                LegalBasis.HOME,
                null,
                Map.of(),
                List.of()),
            new Tie(
                TieType.INVOLVED, "sw", "c1", null, null, null, null, false, Map.of(), List.of())),
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
                Map.of(),
                List.of()),
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
                Map.of(),
                List.of())));
  }

  @Test
  void shouldImportEveryRowAndLinkEventsToTheirPeopleAndAgency() {
    ImportSummary summary = new BundleImporter(store, 2).importBundle(small(), ImportProgress.NONE);

    assertThat(summary.rows()).isEqualTo(11);
    assertThat(new CountsReader(store).counts())
        .containsEntry("agencies", 1L)
        .containsEntry("people", 4L)
        .containsEntry("ties", 4L)
        .containsEntry("events", 2L);
    GraphSnapshot snapshot = new GraphSnapshotReader(store).snapshot();
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
    GraphSnapshot first = new GraphSnapshotReader(store).snapshot();

    ImportSummary again = importer.importBundle(small(), ImportProgress.NONE);

    assertThat(again.nodesCreated()).isZero();
    assertThat(again.relationshipsCreated()).isZero();
    assertThat(new GraphSnapshotReader(store).snapshot()).isEqualTo(first);
  }

  @Test
  void shouldRefuseASecondImportWhileTheFirstIsWritingAndChangeNothing() throws Exception {
    PausedProgress stalling = new PausedProgress();
    Bundle police =
        new Bundle(
            List.of(new Agency("police", "Police", Sector.POLICE, Map.of())),
            List.of(),
            List.of(),
            List.of());
    ExecutorService thread = Executors.newSingleThreadExecutor();
    try {
      // Staged, one row per batch: it stops after its first batch has committed.
      Future<ImportSummary> first =
          thread.submit(
              () ->
                  new BundleImporter(store, 1, BundleImporter.Transactions.BATCH)
                      .importBundle(small(), stalling));
      assertThat(stalling.awaitPaused()).isTrue();
      GraphSnapshot during = new GraphSnapshotReader(store).snapshot();

      assertThatThrownBy(
              () -> new BundleImporter(store, 100).importBundle(police, ImportProgress.NONE))
          .isInstanceOfSatisfying(
              SgnetException.class,
              e -> assertThat(e.kind()).isEqualTo(SgnetException.Kind.CONFLICT))
          .hasMessageContaining("an import or a record correction is under way");
      assertThat(new GraphSnapshotReader(store).snapshot()).isEqualTo(during);

      stalling.release();
      assertThat(first.get(1, TimeUnit.MINUTES).rows()).isEqualTo(11);
      // Once the first has ended, the next one goes ahead.
      new BundleImporter(store, 100).importBundle(police, ImportProgress.NONE);
      assertThat(new CountsReader(store).counts())
          .containsEntry("agencies", 2L)
          .containsEntry("people", 4L)
          .containsEntry("events", 2L);
    } finally {
      stalling.release();
      thread.shutdown();
      assertThat(thread.awaitTermination(1, TimeUnit.MINUTES)).isTrue();
    }
  }
}
