package org.sgnet.catalogue;

import com.google.auto.service.AutoService;
import org.sgnet.rules.Names;
import org.sgnet.rules.Rule;
import org.sgnet.rules.RuleDefinition;
import org.sgnet.rules.Theme;
import org.sgnet.rules.Wording;

/**
 * Rule 10, SINGLE_AGENCY_ASSESSMENT: the latest assessment of a child known to several agencies
 * drew on one agency only.
 */
@AutoService(Rule.class)
public final class SingleAgencyAssessment extends RuleDefinition<EventDetails> {

  /** The rule; registered with the catalogue. */
  public SingleAgencyAssessment() {
    super(10, "SINGLE_AGENCY_ASSESSMENT", Theme.ASSESSMENT, EventDetails.class);
  }

  @Override
  protected Wording words(Facts<EventDetails> f, Names names) {
    String child = names.person(f.child());
    return new Wording(
        String.format(
            "The latest assessment of %s (%s) drew on a single agency although several"
                + " agencies are involved.",
            child, f.details().eventId()),
        String.format(
            "Revisit the assessment of %s with the history and views of every involved"
                + " agency.",
            child));
  }
}
