package org.sgnet.api;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.sgnet.SgnetException;
import org.sgnet.network.LatestEventDateReader;

/**
 * Parses dates of query parameters with an error that names the parameter, and gives the default
 * as-of date of the read endpoints.
 */
final class Dates {

  private Dates() {}

  /**
   * The {@code asOf} parameter's date, or when it is blank the latest event date in the store
   * (today for a store without events).
   */
  static LocalDate asOf(String asOf, LatestEventDateReader latest) {
    return asOf.isBlank()
        ? latest.latestEventDate().orElse(LocalDate.now(java.time.ZoneOffset.UTC))
        : parse("asOf", asOf);
  }

  static LocalDate parse(String parameter, String text) {
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw new SgnetException(
          SgnetException.Kind.INVALID_INPUT,
          "parameter " + parameter + ": '" + text + "' is not a date (YYYY-MM-DD)");
    }
  }
}
