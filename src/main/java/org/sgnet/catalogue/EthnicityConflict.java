package org.sgnet.catalogue;

import com.google.auto.service.AutoService;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
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
 * Rule 13, ETHNICITY_CONFLICT: a child's ethnicity recorded in different ways, by different
 * agencies or within one.
 */
@AutoService(Rule.class)
public final class EthnicityConflict extends RuleDefinition<EthnicityConflict.Details>
    implements GraphTwin {

  /** A run of spaces and tabs: the only blanks the rule folds. */
  private static final Pattern BLANKS = Pattern.compile("[ \\t]+");

  /** The spaces and tabs that lead or trail a value. */
  private static final Pattern EDGES = Pattern.compile("\\A[ \\t]+|[ \\t]+\\z");

  /**
   * The details of rule 13.
   *
   * @param values the values recorded, as written and trimmed, sorted
   * @param withinAgency the agencies that recorded different values themselves, sorted
   */
  public record Details(List<String> values, List<String> withinAgency) implements RuleDetails {

    public Details {
      values = RuleDetails.sorted(values);
      withinAgency = RuleDetails.sorted(withinAgency);
    }

    @Override
    public List<String> agencies() {
      return withinAgency;
    }
  }

  /** The rule; registered with the catalogue. */
  public EthnicityConflict() {
    super(13, "ETHNICITY_CONFLICT", Theme.IDENTITY, Details.class);
  }

  @Override
  protected Wording words(Facts<Details> f, Names names) {
    String child = names.person(f.child());
    List<String> within = f.details().withinAgency();
    String also =
        Wording.clause(
            ", and %s recorded different values %s",
            within, names::agency, within.size() == 1 ? "itself" : "themselves");
    return new Wording(
        String.format(
            "%s's ethnicity is recorded in %d different ways (%s) by %s%s.",
            child,
            f.details().values().size(),
            Wording.join(f.details().values(), v -> "\"" + v + "\""),
            Wording.join(f.agencyIds(), names::agency),
            also),
        String.format(
            "Ask %s and the family how they describe the child's ethnicity, and correct"
                + " every agency's record to match.",
            child));
  }

  @Override
  protected void evidence(Facts<Details> f, Explanation e) {
    e.about().stream().filter(ev -> ev.is("ETHNICITY_RECORDED")).forEach(ev -> e.cite(ev.id()));
  }

  /**
   * Child c whose ETHNICITY_RECORDED events up to D carry 2 or more distinct values once normalised
   * (spaces and tabs trimmed and folded, lower-cased); HIGH when an agency itself recorded 2 or
   * more. O(E log E): the records are grouped by child and read by date, then id.
   */
  @Override
  public List<RawFinding> findings(
      Projection projection, Involvement involvement, RuleOptions options) {
    Map<String, List<EventRow>> byChild = new HashMap<>();
    for (EventRow e : projection.events()) {
      if (e.is("ETHNICITY_RECORDED") && options.includesChild(e.subjectId())) {
        byChild.computeIfAbsent(e.subjectId(), k -> new ArrayList<>()).add(e);
      }
    }
    List<RawFinding> findings = new ArrayList<>();
    byChild.forEach(
        (child, records) -> {
          records.sort(Comparator.comparing(EventRow::date).thenComparing(EventRow::id));
          Map<String, String> firsts = new LinkedHashMap<>();
          Map<String, Set<String>> byAgency = new TreeMap<>();
          for (EventRow e : records) {
            String norm = normalised(e.value());
            firsts.putIfAbsent(norm, trimmed(e.value()));
            byAgency.computeIfAbsent(e.agencyId(), k -> new HashSet<>()).add(norm);
          }
          if (firsts.size() >= 2) {
            List<String> within =
                byAgency.entrySet().stream()
                    .filter(a -> a.getValue().size() >= 2)
                    .map(Map.Entry::getKey)
                    .toList();
            findings.add(
                finding(
                    within.isEmpty() ? Severity.MEDIUM : Severity.HIGH,
                    List.of(child),
                    List.copyOf(byAgency.keySet()),
                    List.of(),
                    new Details(List.copyOf(firsts.values()), within)));
          }
        });
    return findings;
  }

  /**
   * The value as the rule compares it: spaces and tabs trimmed, inner runs one space, lower case.
   */
  private static String normalised(String value) {
    return trimmed(BLANKS.matcher(value).replaceAll(" ")).toLowerCase(Locale.ROOT);
  }

  /** The value without the spaces and tabs that lead or trail it (no other blanks). */
  private static String trimmed(String value) {
    return EDGES.matcher(value).replaceAll("");
  }
}
