package org.sgnet.api;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.sgnet.SgnetException;

/** Parses dates of query parameters with an error that names the parameter. */
final class Dates {

  private Dates() {}

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
