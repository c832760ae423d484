package org.sgnet.catalogue;

import com.google.auto.service.AutoService;
import org.sgnet.rules.Names;
import org.sgnet.rules.NoDetails;
import org.sgnet.rules.Rule;
import org.sgnet.rules.RuleDefinition;
import org.sgnet.rules.Theme;
import org.sgnet.rules.Wording;

/**
 * Rule 2, NO_SINGLE_POINT_OF_CONTACT: a child known to at least {@code spoc.agencies} agencies with
 * no lead professional.
 */
@AutoService(Rule.class)
public final class NoSinglePointOfContact extends RuleDefinition<NoDetails> {

  /** The rule; registered with the catalogue. */
  public NoSinglePointOfContact() {
    super(2, "NO_SINGLE_POINT_OF_CONTACT", Theme.SUPPORT_AND_INTERVENTION, NoDetails.class);
  }

  @Override
  protected Wording words(Facts<NoDetails> f, Names names) {
    String child = names.person(f.child());
    return new Wording(
        String.format(
            "%s is known to %d agencies (%s) and none has a lead professional for %s.",
            child, f.agencyIds().size(), Wording.join(f.agencyIds(), names::agency), child),
        String.format(
            "Name one lead professional for %s and tell the child, the family and every"
                + " agency who it is.",
            child));
  }
}
