package org.sgnet.catalogue;

import com.google.auto.service.AutoService;
import org.sgnet.rules.Explanation;
import org.sgnet.rules.Names;
import org.sgnet.rules.NoDetails;
import org.sgnet.rules.Rule;
import org.sgnet.rules.RuleDefinition;
import org.sgnet.rules.Theme;
import org.sgnet.rules.Wording;

/**
 * Rule 9, SIBLINGS_TREATED_DIFFERENTLY: siblings looked after on different legal bases with no
 * recorded decision that considers them together.
 */
@AutoService(Rule.class)
public final class SiblingsTreatedDifferently extends RuleDefinition<NoDetails> {

  /** The rule; registered with the catalogue. */
  public SiblingsTreatedDifferently() {
    super(9, "SIBLINGS_TREATED_DIFFERENTLY", Theme.ASSESSMENT, NoDetails.class);
  }

  @Override
  protected Wording words(Facts<NoDetails> f, Names names) {
    return Siblings.words(
        f.childIds(),
        names,
        "Siblings %s and %s are looked after on different legal bases and no recorded decision"
            + " considers them together.",
        "Make and record a decision about %s and %s together that explains their legal bases, or"
            + " bring them into line.");
  }

  @Override
  protected void evidence(Facts<NoDetails> f, Explanation e) {
    Siblings.evidence(f.childIds(), "DECISION", e);
  }
}
