package org.sgnet.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sgnet.bundle.BundleReader;
import org.sgnet.demo.DemoBundle;
import org.sgnet.store.BundleImporter;
import org.sgnet.store.ImportProgress;
import org.sgnet.store.Store;
import org.sgnet.store.StoreSettings;

/**
 * The board's reads on an embedded store, where they are kept between requests: a write to the
 * store shows in the next answer, and the answer is the same as a fresh reader's.
 */
class BoardReaderIT {

  private static final LocalDate D = LocalDate.of(2024, 3, 28);

  private static AgencyNetwork.Link camhsAndVol(AgencyNetwork network) {
    return network.links().stream()
        .filter(l -> l.a().equals("ag-camhs") && l.b().equals("ag-vol"))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void shouldAnswerFromTheStoreAsItIsAfterAWrite(@TempDir Path dir) throws Exception {
    try (Store store = Store.open(StoreSettings.embedded(dir.resolve("db")))) {
      new BundleImporter(store, 10_000)
          .importBundle(
              new BundleReader().read(DemoBundle.extract(dir.resolve("demo"))),
              ImportProgress.NONE);
      BoardReader reader = new BoardReader(store);
      long before = store.version().orElseThrow();

      AgencyNetwork first = reader.network(D, 90, 3, 300);
      assertThat(camhsAndVol(first))
          .isEqualTo(new AgencyNetwork.Link("ag-camhs", "ag-vol", 4, 0, true));
      assertThat(reader.network(D, 90, 3, 300)).isEqualTo(first);
      assertThat(store.version()).hasValue(before);

      // A meeting of the two in the window: no longer a silo, on the next read.
      store.write(
          tx ->
              tx.run(
                      "MATCH (p:Professional)-[:MEMBER_OF]->(:Agency {id: 'ag-camhs'})"
                          + " MATCH (q:Professional)-[:MEMBER_OF]->(:Agency {id: 'ag-vol'})"
                          + " WITH p, q LIMIT 1"
                          + " CREATE (p)<-[:RECORDED_BY]-(:Event {id: 'e-board-test',"
                          + " type: 'MEETING', date: $date})-[:PARTICIPANT]->(q)",
                      Map.of("date", D.minusDays(1)))
                  .consume());
      assertThat(store.version().orElseThrow()).isGreaterThan(before);

      AgencyNetwork after = reader.network(D, 90, 3, 300);
      assertThat(camhsAndVol(after))
          .isEqualTo(new AgencyNetwork.Link("ag-camhs", "ag-vol", 4, 1, false));
      assertThat(after).isEqualTo(new BoardReader(store).network(D, 90, 3, 300));
      assertThat(reader.children(D, 90, "ag-camhs", "ag-vol", 0, 50).total()).isEqualTo(4);
    }
  }
}
