package org.sgnet.generate;

import org.sgnet.generate.Authority.Pro;
import org.sgnet.generate.EventRow.Author;

/**
 * Who wrote a chronology entry. The agency is always the recorder's; a few entries name no
 * recorder, as real records do, which the rules must bear.
 */
final class Authors {

  private final Dice dice;
  private final double unrecorded;

  Authors(Dice dice, double unrecorded) {
    this.dice = dice;
    this.unrecorded = unrecorded;
  }

  /** The author of an entry recorded by {@code by}. One draw: whether the recorder is missing. */
  Author of(Pro by) {
    return new Author(by.org().id(), dice.chance(unrecorded) ? null : by.id());
  }
}
