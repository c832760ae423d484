package org.sgnet.rules;

import java.util.function.Supplier;

/**
 * The options a run starts from before its own options apply: the spec's defaults overridden by the
 * configuration.
 *
 * @param options the default options (no as-of date, no child, every rule)
 * @param engine the configured engine, or {@code null} to take the standard one ({@link
 *     Engine#standard})
 * @param store tells the store's size and where it runs when a run takes the standard engine (asked
 *     only then, so that options are checked before the store is opened)
 */
public record RuleDefaults(RuleOptions options, Engine engine, Supplier<StoreSize> store) {

  public RuleDefaults {
    java.util.Objects.requireNonNull(store, "store");
  }

  /**
   * Defaults that know nothing of the store's size: without an engine asked for or configured, a
   * run takes Cypher, the engine of a large store.
   */
  public RuleDefaults(RuleOptions options, Engine engine) {
    this(options, engine, () -> new StoreSize(Long.MAX_VALUE, false));
  }

  /** The spec's defaults and no configured engine. */
  public static RuleDefaults spec() {
    return new RuleDefaults(RuleOptions.defaults(), null);
  }

  /**
   * The engine of a run: the one asked for, else the configured one, else the standard one for the
   * store's size and where it runs ({@link Engine#standard}).
   *
   * @param requested the engine named by the run, or {@code null}
   * @param options the run's options
   */
  public Engine engineFor(Engine requested, RuleOptions options) {
    return choose(requested, options, false);
  }

  /**
   * The engine of a trend's runs: as {@link #engineFor}, but the standard engine is chosen as for a
   * store this process runs, by the heap alone, even when a server runs the store. A trend's steps
   * share one projection ({@link Analyzer#spanning}), loaded once even across Bolt, while on Cypher
   * every step runs every statement again. A monthly trend, same counts (2026-12-07): fresh at
   * 3,300 children 15–17 s in memory against 96 s on Cypher; through a running server at 8,000
   * children (238,850 events, where one run takes Cypher) 18.7 s against 25.1 s.
   *
   * @param requested the engine named by the trend, or {@code null}
   * @param options the options of every run of the trend
   */
  public Engine engineForTrend(Engine requested, RuleOptions options) {
    return choose(requested, options, true);
  }

  private Engine choose(Engine requested, RuleOptions options, boolean series) {
    if (requested != null) {
      return requested;
    }
    if (engine != null) {
      return engine;
    }
    StoreSize size = store.get();
    return Engine.standard(
        series ? new StoreSize(size.events(), false) : size,
        options.childId() != null,
        Runtime.getRuntime().maxMemory());
  }
}
