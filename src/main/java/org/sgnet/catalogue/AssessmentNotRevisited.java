package org.sgnet.catalogue;

import com.google.auto.service.AutoService;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.sgnet.graph.GraphTwin;
import org.sgnet.graph.Involvement;
import org.sgnet.graph.Projection;
import org.sgnet.graph.Projection.EventRow;
import org.sgnet.rules.Explanation;
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
 * Rule 11, ASSESSMENT_NOT_REVISITED: the child's circumstances changed after the latest assessment,
 * which was not revisited within {@code reassessment.days}.
 */
@AutoService(Rule.class)
public final class AssessmentNotRevisited extends RuleDefinition<AssessmentNotRevisited.Details>
    implements GraphTwin {

  /**
   * The details of rule 11.
   *
   * @param eventIds the changes, by date then id (the statement's order, kept)
   */
  public record Details(List<String> eventIds) implements RuleDetails {

    public Details {
      eventIds = List.copyOf(eventIds);
    }

    @Override
    public List<String> events() {
      return eventIds;
    }

    @Override
    public Details recoded(UnaryOperator<String> code) {
      return new Details(eventIds.stream().map(code).toList());
    }
  }

  /** The rule; registered with the catalogue. */
  public AssessmentNotRevisited() {
    super(11, "ASSESSMENT_NOT_REVISITED", Theme.ASSESSMENT, Details.class);
  }

  @Override
  protected Wording words(Facts<Details> f, Names names) {
    String child = names.person(f.child());
    return new Wording(
        String.format(
            "%s's circumstances changed (%s) after the latest assessment, which has not"
                + " been revisited since.",
            child, String.join(", ", f.details().eventIds())),
        String.format(
            "Review the assessment of %s in the light of these changes and update the plan.",
            child));
  }

  @Override
  protected void evidence(Facts<Details> f, Explanation e) {
    Assessments.cite(e);
  }

  /**
   * The twin: each child's CIRCUMSTANCES_CHANGED events dated at least {@code reassessment.days}
   * before D and strictly after the child's latest ASSESSMENT dated up to D (all, if none), by date
   * then id. Complexity: O(E log E), the changes sorted once and grouped by child.
   */
  @Override
  public List<RawFinding> findings(
      Projection projection, Involvement involvement, RuleOptions options) {
    Map<String, EventRow> assessed = Assessments.latest(projection, d -> true);
    LocalDate due = projection.asOf().minusDays(options.reassessmentDays());
    Map<String, List<String>> changes =
        projection.events().stream()
            .filter(e -> e.is("CIRCUMSTANCES_CHANGED") && !e.date().isAfter(due))
            .filter(
                e ->
                    !assessed.containsKey(e.subjectId())
                        || e.date().isAfter(assessed.get(e.subjectId()).date()))
            .filter(e -> options.includesChild(e.subjectId()))
            .sorted(Comparator.comparing(EventRow::date).thenComparing(EventRow::id))
            .collect(
                Collectors.groupingBy(
                    EventRow::subjectId, Collectors.mapping(EventRow::id, Collectors.toList())));
    List<RawFinding> result = new ArrayList<>();
    changes.forEach(
        (c, ids) ->
            result.add(
                finding(Severity.MEDIUM, List.of(c), List.of(), List.of(), new Details(ids))));
    return result;
  }
}
