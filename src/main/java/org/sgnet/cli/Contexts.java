package org.sgnet.cli;

import io.micronaut.context.ApplicationContext;
import java.util.Map;

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
}
