package org.sgnet.catalogue;

import com.google.auto.service.AutoService;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.sgnet.graph.GraphTwin;
import org.sgnet.graph.Involvement;
import org.sgnet.graph.Projection;
import org.sgnet.graph.Projection.EventRow;
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
 * Rule 8, CHILD_REQUEST_MISATTRIBUTED: the contact that answered a child's request recorded as
 * arranged by the service.
 */
@AutoService(Rule.class)
public final class ChildRequestMisattributed
    extends RuleDefinition<ChildRequestMisattributed.Details> implements GraphTwin {

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

  /**
   * A REQUEST about c dated in the window whose first answering CONTACT (the earliest, then the
   * smallest id, about c from its date to min(D, its date + {@code request.responseDays}) sharing a
   * participant) was requested by SERVICE. O(E) to index contacts by child, then O(contacts of c)
   * per request.
   */
  @Override
  public List<RawFinding> findings(
      Projection projection, Involvement involvement, RuleOptions options) {
    Requests requests = new Requests(projection);
    return requests
        .inWindow(options)
        .flatMap(
            r ->
                firstAnswer(requests, r, projection.asOf(), options.requestResponseDays())
                    .filter(k -> "SERVICE".equals(k.requestedBy()))
                    .map(
                        k ->
                            finding(
                                Severity.LOW,
                                List.of(r.subjectId()),
                                List.of(),
                                List.of(),
                                new Details(k.id(), r.id())))
                    .stream())
        .toList();
  }

  /** The first contact answering r up to min(D, r's date + the response days), if any. */
  private static Optional<EventRow> firstAnswer(
      Requests requests, EventRow r, LocalDate asOf, int responseDays) {
    LocalDate due = r.date().plusDays(responseDays);
    return requests
        .answers(r, due.isBefore(asOf) ? due : asOf)
        .min(Comparator.comparing(EventRow::date).thenComparing(EventRow::id));
  }
}
