package org.sgnet.api;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.QueryValue;
import org.sgnet.rules.RuleOptions;

/**
 * The {@code asOf} and {@code window} query parameters of a run of the catalogue, both optional:
 * without them the run keeps the configured defaults.
 */
@Introspected
record Period(@QueryValue @Nullable String asOf, @QueryValue @Nullable String window) {

  /**
   * Sets the as-of date and the window given on a run's options.
   *
   * @throws org.sgnet.SgnetException of kind INVALID_INPUT naming the parameter when one is not a
   *     date or a whole number
   */
  RuleOptions.Builder applyTo(RuleOptions.Builder options) {
    if (asOf != null && !asOf.isBlank()) {
      options.asOf(Dates.parse("asOf", asOf));
    }
    if (window != null) {
      options.windowDays(FindingsController.number("window", window));
    }
    return options;
  }
}
