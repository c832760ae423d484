package org.sgnet.catalogue;

import com.google.auto.service.AutoService;
import org.sgnet.rules.Names;
import org.sgnet.rules.Rule;
import org.sgnet.rules.RuleDefinition;
import org.sgnet.rules.Theme;
import org.sgnet.rules.Wording;

/**
 * Rule 7, CHILD_REQUEST_UNANSWERED: a child's request for contact with no answering contact within
 * {@code request.responseDays}.
 */
@AutoService(Rule.class)
public final class ChildRequestUnanswered extends RuleDefinition<EventDetails> {

  /** The rule; registered with the catalogue. */
  public ChildRequestUnanswered() {
    super(7, "CHILD_REQUEST_UNANSWERED", Theme.FAMILY_AND_SIBLING_CONTACT, EventDetails.class);
  }

  @Override
  protected Wording words(Facts<EventDetails> f, Names names) {
    String child = names.person(f.child());
    return new Wording(
        String.format(
            "%s asked for contact with %s (%s) and no answering contact has followed.",
            child, Wording.join(f.personIds(), names::person), f.details().eventId()),
        String.format(
            "Answer %s's request: arrange the contact or explain to %s why not, and record"
                + " the answer.",
            child, child));
  }
}
