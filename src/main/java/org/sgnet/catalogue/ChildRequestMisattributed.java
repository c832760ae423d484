package org.sgnet.catalogue;

import com.google.auto.service.AutoService;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;
import org.sgnet.rules.Names;
import org.sgnet.rules.Rule;
import org.sgnet.rules.RuleDefinition;
import org.sgnet.rules.RuleDetails;
import org.sgnet.rules.Theme;
import org.sgnet.rules.Wording;

/**
 * Rule 8, CHILD_REQUEST_MISATTRIBUTED: the contact that answered a child's request recorded as
 * arranged by the service.
 */
@AutoService(Rule.class)
public final class ChildRequestMisattributed
    extends RuleDefinition<ChildRequestMisattributed.Details> {

  /**
   * The details of rule 8.
   *
   * @param eventId the contact
   * @param requestEventId the child's request it answered
   */
  public record Details(String eventId, String requestEventId) implements RuleDetails {

    public Details {
      Objects.requireNonNull(eventId, "eventId");
      Objects.requireNonNull(requestEventId, "requestEventId");
    }

    @Override
    public List<String> events() {
      return List.of(requestEventId, eventId);
    }

    @Override
    public Details recoded(UnaryOperator<String> code) {
      return new Details(code.apply(eventId), code.apply(requestEventId));
    }
  }

  /** The rule; registered with the catalogue. */
  public ChildRequestMisattributed() {
    super(8, "CHILD_REQUEST_MISATTRIBUTED", Theme.FAMILY_AND_SIBLING_CONTACT, Details.class);
  }

  @Override
  protected Wording words(Facts<Details> f, Names names) {
    String child = names.person(f.child());
    return new Wording(
        String.format(
            "The contact %s that answered %s's request %s is recorded as arranged by the"
                + " service.",
            f.details().eventId(), child, f.details().requestEventId()),
        String.format(
            "Correct the record of contact %s to show that %s asked for it, so the child's"
                + " own requests stay visible.",
            f.details().eventId(), child));
  }
}
