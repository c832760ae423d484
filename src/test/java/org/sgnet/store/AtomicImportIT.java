package org.sgnet.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sgnet.SharedStore;
import org.sgnet.bundle.Agency;
import org.sgnet.bundle.Bundle;
import org.sgnet.bundle.Event;
import org.sgnet.bundle.EventType;
import org.sgnet.bundle.Person;
import org.sgnet.bundle.PersonKind;
import org.sgnet.bundle.Sector;
import org.sgnet.export.GraphSnapshot;
import org.sgnet.export.GraphSnapshotReader;
import org.sgnet.network.CountsReader;

/** A failure half-way through writing leaves the store exactly as it was. */
class AtomicImportIT {

  private Store store;

  @BeforeEach
  void populate() {
    store = SharedStore.clear();
    new BundleImporter(store, 100).importBundle(BundleImporterIT.small(), ImportProgress.NONE);
  }

  @Test
  void shouldLeaveTheStoreAsItWasWhenAWriteFailsHalfWay() {
    GraphSnapshot before = new GraphSnapshotReader(store).snapshot();
    Bundle update =
        new Bundle(
            List.of(new Agency("sc", "Renamed", Sector.SOCIAL_CARE, Map.of())),
            List.of(
                new Person("c1", PersonKind.CHILD, "Renamed child", null, null, null, Map.of()),
                new Person("c9", PersonKind.CHILD, "New child", null, null, null, Map.of())),
            List.of(),
            List.of(
                new Event(
                    "e9",
                    LocalDate.of(2024, 3, 1),
                    EventType.RISK,
                    "c9",
                    "sc",
                    null,
                    List.of(),
                    null,
                    "CSE",
                    null,
                    null,
                    null,
                    Map.of(),
                    List.of())));
    ImportProgress failAfterPeople =
        (done, total) -> {
          if (done >= 3) {
            throw new IllegalStateException("simulated failure after " + done + " rows");
          }
        };

    assertThatThrownBy(() -> new BundleImporter(store, 1).importBundle(update, failAfterPeople))
        .hasMessageContaining("simulated failure");

    assertThat(new GraphSnapshotReader(store).snapshot()).isEqualTo(before);
  }

  @Test
  void shouldUpdateChangedValuesAndLinksInPlace() {
    Bundle update =
        new Bundle(
            List.of(new Agency("sc", "Children's Services", Sector.SOCIAL_CARE, Map.of())),
            List.of(new Person("c1", PersonKind.CHILD, "Child A", null, null, null, Map.of())),
            List.of(),
            List.of(contact("e1", "c1", "sc", "c2")));
    Map<String, Long> before = new CountsReader(store).counts();

    new BundleImporter(store, 10).importBundle(update, ImportProgress.NONE);

    assertThat(new CountsReader(store).counts()).isEqualTo(before);
    GraphSnapshot after = new GraphSnapshotReader(store).snapshot();
    assertThat(after.nodes())
        .filteredOn(n -> n.key().equals("agency:sc"))
        .singleElement()
        .satisfies(n -> assertThat(n.properties()).containsEntry("name", "Children's Services"));
    // e1 no longer names its recorder or the mother: those links are gone, the rest kept.
    assertThat(after.relationships())
        .filteredOn(r -> r.fromKey().equals("event:e1"))
        .extracting(r -> r.type() + ">" + r.toKey())
        .containsExactlyInAnyOrder(
            "ABOUT>person:c1", "RECORDED_IN>agency:sc", "PARTICIPANT>person:c2");
  }

  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.EnumSource(
      value = BundleImporter.Transactions.class,
      names = {"ONE", "BATCH"})
  void shouldRefuseALinkToSomeoneNeitherInTheBundleNorTheStoreAndChangeNothing(
      BundleImporter.Transactions transactions) {
    Bundle dangling =
        new Bundle(
            List.of(),
            List.of(new Person("c9", PersonKind.CHILD, "Child Z", null, null, null, Map.of())),
            List.of(),
            List.of(contact("e9", "c9", "sc", "nobody")));
    GraphSnapshot before = new GraphSnapshotReader(store).snapshot();

    assertThatThrownBy(
            () ->
                new BundleImporter(store, 10, transactions)
                    .importBundle(dangling, ImportProgress.NONE))
        .isInstanceOf(org.sgnet.SgnetException.class)
        .hasMessageContaining("neither in the bundle nor in the store");

    assertThat(new GraphSnapshotReader(store).snapshot()).isEqualTo(before);
  }

  /**
   * The single transaction sends a statement that returns nothing without waiting for it; when
   * Neo4j refuses one of those (here a second event with an id the first one took, in a store that
   * held no events, so no lookup turns it into an update), the import still fails and writes
   * nothing.
   */
  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.EnumSource(
      value = BundleImporter.Transactions.class,
      names = {"ONE", "BATCH"})
  void shouldWriteNothingWhenTheStoreRefusesAStatementItWasNotWaitingFor(
      BundleImporter.Transactions transactions) {
    store = SharedStore.clear();
    Bundle twice =
        new Bundle(
            List.of(new Agency("sc", "Social care", Sector.SOCIAL_CARE, Map.of())),
            List.of(
                new Person("c1", PersonKind.CHILD, "Child A", null, null, null, Map.of()),
                new Person("c2", PersonKind.CHILD, "Child B", null, null, null, Map.of())),
            List.of(),
            List.of(
                contact("e1", "c1", "sc", "c2"),
                contact("e2", "c1", "sc", "c2"),
                contact("e1", "c2", "sc", "c1"),
                contact("e3", "c2", "sc", "c1")));

    assertThatThrownBy(
            () ->
                new BundleImporter(store, 1, transactions).importBundle(twice, ImportProgress.NONE))
        .isInstanceOf(RuntimeException.class)
        .hasMessageContaining("already exists");

    assertThat(new CountsReader(store).counts().values()).allMatch(n -> n == 0L);
  }

  /** A contact on 1 January 2024, recorded by nobody, with one participant. */
  private static Event contact(String id, String subject, String agency, String participant) {
    return new Event(
        id,
        LocalDate.of(2024, 1, 1),
        EventType.CONTACT,
        subject,
        agency,
        null,
        List.of(participant),
        null,
        null,
        null,
        null,
        null,
        Map.of(),
        List.of());
  }
}
