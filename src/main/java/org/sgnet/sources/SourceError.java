package org.sgnet.sources;

import java.util.Objects;

/**
 * Why one source record was refused: its locator, the field at fault and what was expected. The
 * message names codes, field names and value kinds, never a personal value (a name, a date of
 * birth, an identifier).
 *
 * @param at the refused record
 * @param field the field at fault in the source's own words, or {@code null} for the whole record
 * @param message what is wrong and what was expected
 */
public record SourceError(Locator at, String field, String message) {

  public SourceError {
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(message, "message");
  }

  /** Returns the error as {@code file:where: field X: message}. */
  @Override
  public String toString() {
    return field == null
        ? at.location() + ": " + message
        : at.location() + ": field " + field + ": " + message;
  }
}
