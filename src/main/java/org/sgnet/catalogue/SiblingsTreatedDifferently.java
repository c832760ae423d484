package org.sgnet.catalogue;

import com.google.auto.service.AutoService;
import org.sgnet.rules.Rule;
import org.sgnet.rules.Theme;

/**
 * Rule 9, SIBLINGS_TREATED_DIFFERENTLY: siblings looked after on different legal bases with no
 * recorded decision that considers them together.
 */
@AutoService(Rule.class)
public final class SiblingsTreatedDifferently extends SiblingRule {

  /** The rule; registered with the catalogue. */
  public SiblingsTreatedDifferently() {
    super(
        9,
        "SIBLINGS_TREATED_DIFFERENTLY",
        Theme.ASSESSMENT,
        "Siblings %s and %s are looked after on different legal bases and no recorded decision"
            + " considers them together.",
        "Make and record a decision about %s and %s together that explains their legal bases, or"
            + " bring them into line.",
        "DECISION");
  }
}
