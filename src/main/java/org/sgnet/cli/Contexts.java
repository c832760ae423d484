package org.sgnet.cli;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.env.Environment;
import java.nio.file.Path;
import java.util.Map;
import org.sgnet.store.StoreSettings;

/** Starts the Micronaut context a command works in. */
final class Contexts {

  private Contexts() {}

  /** A context without the HTTP server: the store, the importer, the readers. */
  static ApplicationContext start(Map<String, Object> properties) {
    return ApplicationContext.builder()
        .properties(properties)
        .environments("cli")
        .deduceEnvironment(false)
        .banner(false)
        .start();
  }

  /** A context with the server's files (users, audit) but no store. */
  static ApplicationContext startWithoutStore(Map<String, Object> properties) {
    Map<String, Object> p = new java.util.HashMap<>(properties);
    p.put("sgnet.store.enabled", "false");
    return start(p);
  }

  /**
   * The store the configuration names (data directory or server), read from the configuration
   * alone, no bean started: for work done before the store opens, such as a bulk import.
   */
  static StoreSettings storeSettings(Map<String, Object> properties) {
    Environment environment =
        ApplicationContext.builder()
            .properties(properties)
            .environments("cli")
            .deduceEnvironment(false)
            .banner(false)
            .build()
            .getEnvironment();
    environment.start();
    try {
      String uri =
          environment
              .getProperty("sgnet.store.uri", String.class)
              .filter(u -> !u.isBlank())
              .orElse(null);
      if (uri != null) {
        return StoreSettings.external(uri, null, null);
      }
      return StoreSettings.embedded(
          environment
              .getProperty("sgnet.store.db", Path.class)
              .orElse(StoreSettings.defaultDataDirectory()));
    } finally {
      environment.stop();
    }
  }
}
