package org.sgnet.catalogue;

import com.google.auto.service.AutoService;
import org.sgnet.rules.Explanation;
import org.sgnet.rules.Names;
import org.sgnet.rules.NoDetails;
import org.sgnet.rules.Rule;
import org.sgnet.rules.RuleDefinition;
import org.sgnet.rules.Theme;
import org.sgnet.rules.Wording;

/** Rule 14, ETHNICITY_NOT_RECORDED: a child assessed whose ethnicity no agency has recorded. */
@AutoService(Rule.class)
public final class EthnicityNotRecorded extends RuleDefinition<NoDetails> {

  /** The rule; registered with the catalogue. */
  public EthnicityNotRecorded() {
    super(14, "ETHNICITY_NOT_RECORDED", Theme.IDENTITY, NoDetails.class);
  }

  @Override
  protected Wording words(Facts<NoDetails> f, Names names) {
    String child = names.person(f.child());
    return new Wording(
        String.format("%s has been assessed but no agency has recorded their ethnicity.", child),
        String.format(
            "Ask %s how they describe their ethnicity and record it before the next"
                + " assessment.",
            child));
  }

  @Override
  protected void evidence(Facts<NoDetails> f, Explanation e) {
    Assessments.cite(e);
  }
}
