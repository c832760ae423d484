package org.sgnet.trend;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.sgnet.rules.Engine;
import org.sgnet.rules.RawFinding;
import org.sgnet.rules.Rule;
import org.sgnet.rules.Theme;

/**
 * A trend: the catalogue run as of each step's date, as counts.
 *
 * @param from the first date asked for
 * @param to the last date asked for
 * @param step the length of a step
 * @param windowDays the window W of every run
 * @param engine the engine every run used
 * @param rules the rules that ran, in the catalogue's order
 * @param points one per step, oldest first
 */
public record Trend(
    LocalDate from,
    LocalDate to,
    Step step,
    int windowDays,
    Engine engine,
    List<Rule> rules,
    List<Point> points) {

  public Trend {
    rules = List.copyOf(rules);
    points = List.copyOf(points);
  }

  /** Returns the themes of the rules that ran, in the order a briefing presents them. */
  public List<Theme> themes() {
    return rules.stream().map(Rule::theme).distinct().sorted().toList();
  }

  /**
   * The catalogue as of one date, counted.
   *
   * @param date the as-of date D of the run
   * @param findings how many findings the run had
   * @param byRule findings per rule, every rule that ran (zero included), in the catalogue's order
   * @param byTheme findings per theme, every theme of a rule that ran, in the themes' order
   * @param children distinct children named by any finding ("children affected")
   * @param childrenByTheme distinct children named by a finding of each theme
   */
  public record Point(
      LocalDate date,
      int findings,
      Map<Rule, Integer> byRule,
      Map<Theme, Integer> byTheme,
      int children,
      Map<Theme, Integer> childrenByTheme) {

    public Point {
      byRule = Collections.unmodifiableMap(new LinkedHashMap<>(byRule));
      byTheme = Collections.unmodifiableMap(new LinkedHashMap<>(byTheme));
      childrenByTheme = Collections.unmodifiableMap(new LinkedHashMap<>(childrenByTheme));
    }

    /**
     * Counts one run of these rules as of {@code date}; a child named by several findings counts
     * once.
     */
    static Point of(LocalDate date, Collection<RawFinding> findings, List<Rule> rules) {
      Map<Rule, Integer> byRule = new LinkedHashMap<>();
      Map<Theme, Integer> byTheme = new LinkedHashMap<>();
      Map<Theme, Set<String>> childrenOf = new LinkedHashMap<>();
      rules.stream()
          .map(Rule::theme)
          .distinct()
          .sorted()
          .forEach(
              t -> {
                byTheme.put(t, 0);
                childrenOf.put(t, new TreeSet<>());
              });
      rules.forEach(r -> byRule.put(r, 0));
      Set<String> children = new TreeSet<>();
      for (RawFinding f : findings) {
        byRule.merge(f.rule(), 1, Integer::sum);
        byTheme.merge(f.rule().theme(), 1, Integer::sum);
        childrenOf.get(f.rule().theme()).addAll(f.childIds());
        children.addAll(f.childIds());
      }
      Map<Theme, Integer> childrenByTheme = new LinkedHashMap<>();
      childrenOf.forEach((t, ids) -> childrenByTheme.put(t, ids.size()));
      return new Point(date, findings.size(), byRule, byTheme, children.size(), childrenByTheme);
    }
  }
}
