package org.sgnet.container;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sgnet.bundle.BundleReader;
import org.sgnet.demo.DemoBundle;
import org.sgnet.network.CountsReader;
import org.sgnet.store.BundleImporter;
import org.sgnet.store.ImportProgress;
import org.sgnet.store.Store;
import org.sgnet.store.StoreSettings;
import org.testcontainers.containers.Neo4jContainer;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;

/**
 * The demo into a Neo4j 5.26 server in a container, with authentication, over {@code neo4j://}.
 * Runs where Docker exists and is skipped cleanly elsewhere.
 */
@Testcontainers(disabledWithoutDocker = true)
class Neo4jContainerIT {

  @Container
  static final Neo4jContainer<?> NEO4J =
      new Neo4jContainer<>("neo4j:5.26-community").withAdminPassword("sgnet-test-password");

  @Test
  void shouldImportAndReadTheDemoOnANeo4jServer(@TempDir Path dir) {
    String uri = NEO4J.getBoltUrl().replace("bolt://", "neo4j://");
    try (Store store = Store.open(StoreSettings.external(uri, "neo4j", NEO4J.getAdminPassword()))) {
      new BundleImporter(store, 1_000)
          .importBundle(
              new BundleReader().read(DemoBundle.extract(dir.resolve("demo"))),
              ImportProgress.NONE);

      assertThat(new CountsReader(store).counts())
          .containsEntry("agencies", 8L)
          .containsEntry("people", 28L)
          .containsEntry("events", 106L);
    }
  }
}
