package org.sgnet.catalogue;

import com.google.auto.service.AutoService;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.sgnet.graph.GraphTwin;
import org.sgnet.graph.Involvement;
import org.sgnet.graph.Projection;
import org.sgnet.rules.Explanation;
import org.sgnet.rules.Names;
import org.sgnet.rules.NoDetails;
import org.sgnet.rules.RawFinding;
import org.sgnet.rules.Rule;
import org.sgnet.rules.RuleDefinition;
import org.sgnet.rules.RuleOptions;
import org.sgnet.rules.Severity;
import org.sgnet.rules.Theme;
import org.sgnet.rules.Wording;

/** Rule 14, ETHNICITY_NOT_RECORDED: a child assessed whose ethnicity no agency has recorded. */
@AutoService(Rule.class)
public final class EthnicityNotRecorded extends RuleDefinition<NoDetails> implements GraphTwin {

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

  /**
   * The twin: every child with an ASSESSMENT dated up to D and no ETHNICITY_RECORDED dated up to D
   * (the projection holds both types at any date up to D). Complexity: O(E), two sets of children.
   */
  @Override
  public List<RawFinding> findings(
      Projection projection, Involvement involvement, RuleOptions options) {
    Set<String> recorded = subjects(projection, "ETHNICITY_RECORDED");
    return subjects(projection, "ASSESSMENT").stream()
        .filter(c -> !recorded.contains(c))
        .filter(options::includesChild)
        .map(c -> finding(Severity.MEDIUM, List.of(c), List.of(), List.of(), new NoDetails()))
        .toList();
  }

  /** The children that events of this type are about. */
  private static Set<String> subjects(Projection projection, String type) {
    return projection.events().stream()
        .filter(e -> e.is(type))
        .map(Projection.EventRow::subjectId)
        .collect(Collectors.toSet());
  }
}
