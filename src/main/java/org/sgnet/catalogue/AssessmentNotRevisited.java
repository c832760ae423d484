package org.sgnet.catalogue;

import com.google.auto.service.AutoService;
import java.util.List;
import java.util.function.UnaryOperator;
import org.sgnet.rules.Explanation;
import org.sgnet.rules.Names;
import org.sgnet.rules.Rule;
import org.sgnet.rules.RuleDefinition;
import org.sgnet.rules.RuleDetails;
import org.sgnet.rules.Theme;
import org.sgnet.rules.Wording;

/**
 * Rule 11, ASSESSMENT_NOT_REVISITED: the child's circumstances changed after the latest assessment,
 * which was not revisited within {@code reassessment.days}.
 */
@AutoService(Rule.class)
public final class AssessmentNotRevisited extends RuleDefinition<AssessmentNotRevisited.Details> {

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
}
