package org.sgnet.runs;

import java.util.Locale;
import org.sgnet.SgnetException;

/** Where an analyst's triage of a finding stands. */
public enum Status {
  /** Not looked at yet (or found again after it resolved, or its evidence changed). */
  NEW,
  /** An analyst agrees it needs attention. */
  CONFIRMED,
  /** An analyst judged it not to need attention, for a reason given. */
  DISMISSED,
  /** Something was done about it. */
  ACTIONED;

  /**
   * Reads a status, in any case.
   *
   * @throws SgnetException of kind INVALID_INPUT naming the statuses when the text is none
   */
  public static Status parse(String text) {
    try {
      return valueOf(text == null ? "" : text.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new SgnetException(
          SgnetException.Kind.INVALID_INPUT,
          "status must be one of new, confirmed, dismissed, actioned");
    }
  }
}
