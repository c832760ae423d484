package org.sgnet.rules;

/**
 * The options a run starts from before its own options apply: the spec's defaults overridden by the
 * configuration.
 *
 * @param options the default options (no as-of date, no child, every rule)
 * @param engine the configured engine, or {@code null} to take the standard one ({@link
 *     Engine#standard})
 */
public record RuleDefaults(RuleOptions options, Engine engine) {

  /** The spec's defaults and no configured engine. */
  public static RuleDefaults spec() {
    return new RuleDefaults(RuleOptions.defaults(), null);
  }

  /**
   * The engine of a run: the one asked for, else the configured one, else the standard one ({@link
   * Engine#standard}).
   *
   * @param requested the engine named by the run, or {@code null}
   * @param options the run's options
   */
  public Engine engineFor(Engine requested, RuleOptions options) {
    if (requested != null) {
      return requested;
    }
    return engine != null ? engine : Engine.standard();
  }
}
