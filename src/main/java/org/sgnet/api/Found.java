package org.sgnet.api;

import java.util.Optional;
import org.sgnet.SgnetException;

/** What a read endpoint found by id, or the 404 that names what it looked for. */
final class Found {

  private Found() {}

  /**
   * Returns what was found.
   *
   * @param what what was looked for, as the message names it: {@code child}, {@code person}
   * @throws SgnetException of kind NOT_FOUND when nothing was
   */
  static <T> T or404(Optional<T> found, String what, String id) {
    return found.orElseThrow(
        () -> new SgnetException(SgnetException.Kind.NOT_FOUND, "no " + what + " has id " + id));
  }
}
