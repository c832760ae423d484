package org.sgnet.rules;

/**
 * The options a run starts from before its own options apply: the spec's defaults overridden by the
 * configuration.
 *
 * @param options the default options (no as-of date, no child, every rule)
 * @param engine the default engine
 */
public record RuleDefaults(RuleOptions options, Engine engine) {

  /** The spec's defaults and the default engine, without configuration. */
  public static RuleDefaults spec() {
    return new RuleDefaults(RuleOptions.defaults(), Engine.DEFAULT);
  }
}
