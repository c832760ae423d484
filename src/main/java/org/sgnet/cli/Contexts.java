package org.sgnet.cli;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.env.Environment;
import java.util.Map;
import org.sgnet.app.StoreConfiguration;
import org.sgnet.store.StoreOpening;
import org.sgnet.store.StoreSettings;

/** Starts the Micronaut context a command works in. */
final class Contexts {

  private Contexts() {}

  /**
   * A context without the HTTP server: the store, the importer, the readers.
   *
   * <p>An embedded store begins opening on a thread of its own as soon as the configuration is
   * read, while the context's beans are found and made on this one; the store bean then takes it
   * (see {@link StoreOpening}). If the context fails to start, every store it opened is closed
   * here: Micronaut stops only a context that started, and a DBMS left running would keep the JVM
   * alive on its non-daemon threads.
   */
  static ApplicationContext start(Map<String, Object> properties) {
    ApplicationContext context = builder(properties).build();
    StoreOpening opening = null;
    try {
      // Read once: the context's start finds the environment started and does not read it again.
      Environment environment = context.getEnvironment().start();
      opening = beginOpening(environment);
      if (opening != null) {
        context.registerSingleton(StoreOpening.class, opening);
      }
      context.start();
    } catch (RuntimeException | Error e) {
      if (opening != null) {
        opening.abandon();
      }
      throw e;
    }
    if (opening != null) {
      // The store bean took the store, or no bean wanted it: then it stops now.
      opening.close();
    }
    return context;
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
    Environment environment = builder(properties).build().getEnvironment();
    environment.start();
    try {
      return StoreConfiguration.read(environment).toSettings();
    } finally {
      environment.stop();
    }
  }

  /**
   * Begins opening the embedded store the configuration names, or returns null: for a context
   * without the store, and for an external server, whose driver connects in a tenth of a second. A
   * store that {@code sgnet serve} holds is reached through the server, as the bean would.
   */
  private static StoreOpening beginOpening(Environment environment) {
    boolean enabled =
        !"false".equals(environment.getProperty("sgnet.store.enabled", String.class).orElse(null));
    if (!enabled) {
      return null;
    }
    StoreConfiguration configuration = StoreConfiguration.read(environment);
    StoreSettings settings = configuration.toSettings();
    if (!settings.isEmbedded()) {
      return null;
    }
    return StoreOpening.begin(settings, configuration.isUseRunning());
  }

  private static io.micronaut.context.ApplicationContextBuilder builder(
      Map<String, Object> properties) {
    return ApplicationContext.builder()
        .properties(properties)
        .environments("cli")
        .deduceEnvironment(false)
        .banner(false);
  }
}
