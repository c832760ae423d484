package org.sgnet.rules;

import java.util.function.LongSupplier;

/**
 * The options a run starts from before its own options apply: the spec's defaults overridden by the
 * configuration.
 *
 * @param options the default options (no as-of date, no child, every rule)
 * @param engine the configured engine, or {@code null} to take the standard one ({@link
 *     Engine#standard})
 * @param storeEvents counts the store's events when a run takes the standard engine (asked only
 *     then, so that options are checked before the store is opened)
 */
public record RuleDefaults(RuleOptions options, Engine engine, LongSupplier storeEvents) {

  public RuleDefaults {
    java.util.Objects.requireNonNull(storeEvents, "storeEvents");
  }

  /**
   * Defaults that know nothing of the store's size: without an engine asked for or configured, a
   * run takes Cypher, the engine of a large store.
   */
  public RuleDefaults(RuleOptions options, Engine engine) {
    this(options, engine, () -> Long.MAX_VALUE);
  }

  /** The spec's defaults and no configured engine. */
  public static RuleDefaults spec() {
    return new RuleDefaults(RuleOptions.defaults(), null);
  }

  /**
   * The engine of a run: the one asked for, else the configured one, else the standard one for the
   * store's size ({@link Engine#standard}).
   *
   * @param requested the engine named by the run, or {@code null}
   * @param options the run's options
   */
  public Engine engineFor(Engine requested, RuleOptions options) {
    if (requested != null) {
      return requested;
    }
    if (engine != null) {
      return engine;
    }
    return Engine.standard(
        storeEvents.getAsLong(), options.childId() != null, Runtime.getRuntime().maxMemory());
  }
}
