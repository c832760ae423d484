package org.sgnet;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.commons.io.FileUtils;
import org.sgnet.store.Store;
import org.sgnet.store.StoreSettings;

/**
 * One embedded store for the whole test JVM: starting Neo4j takes seconds, so tests share it and
 * clear it with {@link #clear()} instead of starting their own.
 */
public final class SharedStore {

  private static Store store;

  private SharedStore() {}

  /** Returns the store, starting it on first use; it stops when the JVM exits. */
  public static synchronized Store get() {
    if (store == null) {
      try {
        Path dir = Files.createTempDirectory("sgnet-test-store");
        store = Store.open(StoreSettings.embedded(dir));
        Store opened = store;
        Runtime.getRuntime()
            .addShutdownHook(
                new Thread(
                    () -> {
                      opened.close();
                      FileUtils.deleteQuietly(dir.toFile());
                    }));
      } catch (IOException e) {
        throw new IllegalStateException(e);
      }
    }
    return store;
  }

  /**
   * Configuration that points a Micronaut context at the shared store over Bolt, with the server's
   * files (users, audit log, keys) in a fresh folder.
   */
  public static Map<String, String> contextProperties() {
    Store s = get();
    try {
      Path home = Files.createTempDirectory("sgnet-test-home");
      Runtime.getRuntime()
          .addShutdownHook(new Thread(() -> FileUtils.deleteQuietly(home.toFile())));
      return Map.of(
          "sgnet.store.uri", s.boltUri(),
          "sgnet.store.username", "neo4j",
          "sgnet.store.password",
              Files.readString(s.dataDirectory().resolve("bolt-password")).strip(),
          "sgnet.home", home.toString(),
          "micronaut.server.port", "-1");
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Returns the password of the shared store's {@code neo4j} user, for clients over Bolt. */
  public static String password() {
    try {
      return Files.readString(get().dataDirectory().resolve("bolt-password")).strip();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Removes every node but the schema-migration records. */
  public static Store clear() {
    Store s = get();
    s.write(
        tx -> tx.run("MATCH (n) WHERE NOT n:SgnetMigration DETACH DELETE n", Map.of()).consume());
    return s;
  }
}
