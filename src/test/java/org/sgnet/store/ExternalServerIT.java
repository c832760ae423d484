package org.sgnet.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.harness.Neo4j;
import org.neo4j.harness.Neo4jBuilders;
import org.sgnet.bundle.BundleReader;
import org.sgnet.demo.DemoBundle;
import org.sgnet.export.GraphSnapshot;
import org.sgnet.export.GraphSnapshotReader;

/**
 * The external-server path ({@code --uri}) against a real Neo4j started by neo4j-harness: the same
 * import, migrations and reads as on the embedded store.
 */
class ExternalServerIT {

  private static Neo4j server;

  @BeforeAll
  static void startServer() {
    server =
        Neo4jBuilders.newInProcessBuilder()
            .withDisabledServer()
            .withConfig(BoltConnectorInternalSettings.enable_local_connector, false)
            .withConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
            .build();
  }

  @AfterAll
  static void stopServer() {
    server.close();
  }

  @Test
  void shouldImportTheDemoIntoAnExternalServerAndChangeNothingOnASecondImport(@TempDir Path dir) {
    try (Store store =
        Store.open(StoreSettings.external(server.boltURI().toString(), null, null))) {
      assertThat(store.isEmbedded()).isFalse();
      BundleImporter importer = new BundleImporter(store, 50);
      var bundle = new BundleReader().read(DemoBundle.extract(dir.resolve("demo")));

      ImportSummary first = importer.importBundle(bundle, ImportProgress.NONE);
      GraphSnapshot afterFirst = new GraphSnapshotReader(store).snapshot();
      ImportSummary second = importer.importBundle(bundle, ImportProgress.NONE);

      assertThat(first.nodesCreated()).isEqualTo(8 + 28 + 106);
      assertThat(second.nodesCreated()).isZero();
      assertThat(second.relationshipsCreated()).isZero();
      assertThat(new GraphSnapshotReader(store).snapshot()).isEqualTo(afterFirst);
    }
  }

  @Test
  void shouldApplyMigrationsOnceAndRecordThem() {
    try (Store store =
        Store.open(StoreSettings.external(server.boltURI().toString(), null, null))) {
      List<String> applied =
          store
              .query(
                  "store/opening",
                  java.util.Map.of(),
                  r -> r.get("applied").asList(org.neo4j.driver.Value::asString))
              .get(0);
      assertThat(applied).containsExactlyInAnyOrderElementsOf(Migrator.MIGRATIONS);
      assertThat(new Migrator(store).migrate(java.util.Set.copyOf(applied))).isZero();
    }
  }
}
