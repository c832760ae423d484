package org.sgnet.catalogue;

import com.google.auto.service.AutoService;
import java.time.LocalDate;
import java.util.List;
import org.sgnet.graph.GraphTwin;
import org.sgnet.graph.Involvement;
import org.sgnet.graph.Projection;
import org.sgnet.rules.Names;
import org.sgnet.rules.RawFinding;
import org.sgnet.rules.Rule;
import org.sgnet.rules.RuleDefinition;
import org.sgnet.rules.RuleDetails;
import org.sgnet.rules.RuleOptions;
import org.sgnet.rules.Severity;
import org.sgnet.rules.Theme;
import org.sgnet.rules.Wording;

/**
 * Rule 7, CHILD_REQUEST_UNANSWERED: a child's request for contact with no answering contact within
 * {@code request.responseDays}.
 */
@AutoService(Rule.class)
public final class ChildRequestUnanswered extends RuleDefinition<EventDetails>
    implements GraphTwin {

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

  /**
   * A REQUEST about c dated in the window and at least {@code request.responseDays} days before D,
   * with no CONTACT about c from its date to D sharing a participant with it. O(E) to index the
   * contacts by child, then O(contacts of c) per request.
   */
  @Override
  public List<RawFinding> findings(
      Projection projection, Involvement involvement, RuleOptions options) {
    Requests requests = new Requests(projection);
    LocalDate latest = projection.asOf().minusDays(options.requestResponseDays());
    return requests
        .inWindow(options)
        .filter(r -> !r.date().isAfter(latest))
        .filter(r -> requests.answers(r, projection.asOf()).findAny().isEmpty())
        .map(
            r ->
                finding(
                    Severity.MEDIUM,
                    List.of(r.subjectId()),
                    List.of(),
                    RuleDetails.sorted(r.participants()),
                    new EventDetails(r.id())))
        .toList();
  }
}
