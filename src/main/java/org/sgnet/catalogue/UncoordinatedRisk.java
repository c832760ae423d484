package org.sgnet.catalogue;

import com.google.auto.service.AutoService;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.sgnet.graph.GraphTwin;
import org.sgnet.graph.Involvement;
import org.sgnet.graph.Projection;
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
 * Rule 4, UNCOORDINATED_RISK: risks to a child raised in the window by several agencies, or of
 * several kinds, with no multi-agency strategy or risk management meeting.
 */
@AutoService(Rule.class)
public final class UncoordinatedRisk extends RuleDefinition<UncoordinatedRisk.Details>
    implements GraphTwin {

  /**
   * The details of rule 4.
   *
   * @param risks the categories of the risks, sorted
   */
  public record Details(List<String> risks) implements RuleDetails {

    public Details {
      risks = RuleDetails.sorted(risks);
    }
  }

  /** The subtypes of a meeting that manages risks together. */
  private static final Set<String> MANAGING = Set.of("RISK_MANAGEMENT", "STRATEGY");

  /** The rule; registered with the catalogue. */
  public UncoordinatedRisk() {
    super(4, "UNCOORDINATED_RISK", Theme.RISK, Details.class);
  }

  @Override
  protected Wording words(Facts<Details> f, Names names) {
    String child = names.person(f.child());
    String agencies = Wording.join(f.agencyIds(), names::agency);
    return new Wording(
        String.format(
            "Risks to %s of %s were raised by %s in the window, with no multi-agency"
                + " strategy or risk management meeting.",
            child, Wording.join(f.details().risks(), UncoordinatedRisk::category), agencies),
        String.format(
            "Convene a strategy or risk management meeting for %s with %s to agree one plan"
                + " for these risks.",
            child, agencies));
  }

  @Override
  protected void evidence(Facts<Details> f, Explanation e) {
    e.window().stream()
        .filter(
            ev ->
                ev.is("RISK")
                    || (ev.is("MEETING")
                        && ("STRATEGY".equals(ev.subtype())
                            || "RISK_MANAGEMENT".equals(ev.subtype()))))
        .forEach(ev -> e.cite(ev.id()));
  }

  /** A risk category in words: {@code SUBSTANCE_MISUSE} as "substance misuse", CSE as is. */
  private static String category(String value) {
    return value.length() <= 3 ? value : value.toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  /**
   * The twin: every child whose RISK events in the window have 2 or more categories or raising
   * agencies, with no RISK_MANAGEMENT or STRATEGY meeting about the child in the window whose
   * professionals belong to 2 or more agencies. Complexity: O(E + Σ|people of an event|), one pass
   * over the events indexed by child.
   */
  @Override
  public List<RawFinding> findings(
      Projection projection, Involvement involvement, RuleOptions options) {
    Map<String, SortedSet<String>> risks = new HashMap<>();
    Map<String, SortedSet<String>> raisedBy = new HashMap<>();
    Set<String> managed = new HashSet<>();
    for (Projection.EventRow e : projection.events()) {
      if (!projection.inWindow(e.date())) {
        continue;
      }
      String c = e.subjectId();
      if (e.is("RISK")) {
        SortedSet<String> categories = risks.computeIfAbsent(c, k -> new TreeSet<>());
        if (e.value() != null) {
          categories.add(e.value());
        }
        raisedBy.computeIfAbsent(c, k -> new TreeSet<>()).add(e.agencyId());
      } else if (e.is("MEETING") && MANAGING.contains(e.subtype()) && multiAgency(projection, e)) {
        managed.add(c);
      }
    }
    List<RawFinding> result = new ArrayList<>();
    risks.forEach(
        (c, categories) -> {
          SortedSet<String> agencies = raisedBy.get(c);
          if ((categories.size() >= 2 || agencies.size() >= 2)
              && !managed.contains(c)
              && options.includesChild(c)) {
            result.add(
                finding(
                    Severity.HIGH,
                    List.of(c),
                    List.copyOf(agencies),
                    List.of(),
                    new Details(List.copyOf(categories))));
          }
        });
    return result;
  }

  /** Returns whether the professionals among an event's people belong to 2 or more agencies. */
  private static boolean multiAgency(Projection projection, Projection.EventRow e) {
    return e.people().stream()
            .filter(projection::isProfessional)
            .map(projection.agencyOf()::get)
            .collect(Collectors.toSet())
            .size()
        >= 2;
  }
}
