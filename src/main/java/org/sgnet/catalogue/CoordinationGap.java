package org.sgnet.catalogue;

import com.google.auto.service.AutoService;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.sgnet.graph.GraphTwin;
import org.sgnet.graph.Involvement;
import org.sgnet.graph.Projection;
import org.sgnet.rules.CutVertices;
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
 * Rule 3, COORDINATION_GAP: a child whose involved professionals form two or more groups that share
 * no agency, meeting or information exchange in the window; HIGH with three or more.
 *
 * <p>The statement returns the coordination graph's edges beside the groups; the brokers (cut
 * vertices) are computed here ({@link CutVertices}), because Cypher without plugins has no
 * articulation-point algorithm and recomputing components per vertex in Cypher would cost O(V²·E)
 * per child.
 */
@AutoService(Rule.class)
public final class CoordinationGap extends RuleDefinition<CoordinationGap.Details>
    implements GraphTwin {

  /**
   * The details of rule 3.
   *
   * @param components the groups of professionals, largest first, then by first id; each sorted
   * @param brokers the professionals who alone link their group, sorted
   */
  public record Details(List<List<String>> components, List<String> brokers)
      implements RuleDetails {

    public Details {
      List<List<String>> groups = new ArrayList<>();
      for (List<String> c : components) {
        groups.add(RuleDetails.sorted(c));
      }
      groups.sort(Comparator.comparing((List<String> c) -> -c.size()).thenComparing(c -> c.get(0)));
      components = List.copyOf(groups);
      brokers = brokers == null ? List.of() : RuleDetails.sorted(brokers);
    }

    @Override
    public List<String> people() {
      List<String> people = new ArrayList<>(brokers);
      components.forEach(people::addAll);
      return people;
    }
  }

  /** The rule; registered with the catalogue. */
  public CoordinationGap() {
    super(3, "COORDINATION_GAP", Theme.SUPPORT_AND_INTERVENTION, Details.class);
  }

  @Override
  protected Map<String, Object> detailsOf(Record row) {
    Map<String, Object> details = new LinkedHashMap<>(super.detailsOf(row));
    List<String> vertices = row.get("personIds").asList(Value::asString);
    List<List<String>> edges = row.get("edges").asList(e -> e.asList(Value::asString));
    details.put("brokers", CutVertices.of(vertices, edges));
    return details;
  }

  @Override
  protected Wording words(Facts<Details> f, Names names) {
    String child = names.person(f.child());
    List<List<String>> components = f.details().components();
    List<String> groups = new ArrayList<>();
    for (List<String> c : components) {
      groups.add("[" + Wording.join(c, names::person) + "]");
    }
    List<String> brokers = f.details().brokers();
    String hold =
        Wording.clause(
            ", and not rely on %s alone to link %s group", brokers, names::person, "their");
    return new Wording(
        String.format(
            "The %d professionals around %s form %d groups that share no agency, meeting"
                + " or information exchange in the window: %s.",
            f.personIds().size(), child, components.size(), String.join(", ", groups)),
        String.format(
            "Bring these groups together in a meeting about %s and agree how they will"
                + " share information from now on%s.",
            child, hold));
  }

  @Override
  protected void evidence(Facts<Details> f, Explanation e) {
    int i = 1;
    for (List<String> c : f.details().components()) {
      List<String> who = new ArrayList<>();
      c.forEach(p -> who.add(e.names().person(p)));
      e.line("group " + i++ + ": " + String.join(", ", who));
    }
    for (String b : f.details().brokers()) {
      e.line("broker (the only link within their group): " + e.person(b));
    }
    e.window().stream()
        .filter(ev -> ev.is("MEETING") || ev.is("INFORMATION_SHARED"))
        .forEach(ev -> e.cite(ev.id()));
  }

  @Override
  public List<RawFinding> findings(
      Projection projection, Involvement involvement, RuleOptions options) {
    return org.sgnet.graph.CoordinationGap.gaps(projection, involvement, options.childId()).stream()
        .map(
            g ->
                finding(
                    g.components().size() >= 3 ? Severity.HIGH : Severity.MEDIUM,
                    List.of(g.childId()),
                    List.of(),
                    g.professionalIds(),
                    new Details(g.components(), g.brokers())))
        .toList();
  }
}
