package org.sgnet.catalogue;

import com.google.auto.service.AutoService;
import java.util.List;
import java.util.Map;
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

/** Rule 12, NOT_SEEN_ALONE: a child visited in the window and seen alone at none of the visits. */
@AutoService(Rule.class)
public final class NotSeenAlone extends RuleDefinition<NoDetails> implements GraphTwin {

  /** The rule; registered with the catalogue. */
  public NotSeenAlone() {
    super(12, "NOT_SEEN_ALONE", Theme.ASSESSMENT, NoDetails.class);
  }

  @Override
  protected Wording words(Facts<NoDetails> f, Names names) {
    String child = names.person(f.child());
    return new Wording(
        String.format("%s was not seen alone at any visit in the window.", child),
        String.format(
            "See %s alone at the next visit, and make seeing the child alone the norm.", child));
  }

  @Override
  protected void evidence(Facts<NoDetails> f, Explanation e) {
    e.window().stream().filter(ev -> ev.is("VISIT")).forEach(ev -> e.cite(ev.id()));
  }

  /**
   * The twin: every child with a VISIT in the window and none of them with {@code seen_alone =
   * true}. Complexity: O(E), one pass over the events indexed by child.
   */
  @Override
  public List<RawFinding> findings(
      Projection projection, Involvement involvement, RuleOptions options) {
    Map<String, Boolean> seenAlone =
        projection.events().stream()
            .filter(e -> e.is("VISIT") && projection.inWindow(e.date()))
            .collect(
                Collectors.toMap(
                    Projection.EventRow::subjectId,
                    e -> Boolean.TRUE.equals(e.seenAlone()),
                    Boolean::logicalOr));
    return seenAlone.entrySet().stream()
        .filter(v -> !v.getValue())
        .map(Map.Entry::getKey)
        .filter(options::includesChild)
        .map(c -> finding(Severity.MEDIUM, List.of(c), List.of(), List.of(), new NoDetails()))
        .toList();
  }
}
