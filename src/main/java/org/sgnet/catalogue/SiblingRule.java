package org.sgnet.catalogue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.sgnet.graph.Projection;
import org.sgnet.rules.Evidence;
import org.sgnet.rules.Explanation;
import org.sgnet.rules.Names;
import org.sgnet.rules.NoDetails;
import org.sgnet.rules.RuleDefinition;
import org.sgnet.rules.Theme;
import org.sgnet.rules.Wording;

/**
 * What the two rules about a pair of siblings share: a finding names the two children, its wording
 * names them in the finding's order, and its evidence is the last event of one type between them.
 */
abstract class SiblingRule extends RuleDefinition<NoDetails> {

  private final String finding;
  private final String action;
  private final String type;

  /**
   * @param finding the format of the finding, naming the two siblings
   * @param action the format of the action, naming the two siblings
   * @param type the event type between the siblings that the evidence looks for
   */
  SiblingRule(int number, String name, Theme theme, String finding, String action, String type) {
    super(number, name, theme, NoDetails.class);
    this.finding = finding;
    this.action = action;
    this.type = type;
  }

  @Override
  protected final Wording words(Facts<NoDetails> f, Names names) {
    String a = names.person(f.childIds().get(0));
    String b = names.person(f.childIds().get(1));
    return new Wording(String.format(finding, a, b), String.format(action, a, b));
  }

  /**
   * Adds the last event of the rule's type between the two children (or that there is none up to
   * the as-of date), and cites their requests for each other in the window.
   */
  @Override
  protected final void evidence(Facts<NoDetails> f, Explanation e) {
    String a = f.childIds().get(0);
    String b = f.childIds().get(1);
    Explanation.Event last = null;
    for (Explanation.Event ev : e.about()) {
      boolean between =
          (ev.subjectId().equals(a) && ev.participants().contains(b))
              || (ev.subjectId().equals(b) && ev.participants().contains(a));
      if (between && ev.is(type)) {
        last = ev;
      }
      if (between && ev.is("REQUEST") && ev.date().isAfter(e.windowStart())) {
        e.cite(ev.id());
      }
    }
    Evidence line =
        last == null
            ? new Evidence("no " + type + " between them on record up to " + e.asOf(), null)
            : new Evidence(
                "last " + type + " between them: " + e.event(last.id()) + " on " + last.date(),
                last.date());
    e.line(line.text(), line.date());
  }

  /**
   * The pairs of children with a SIBLING tie active on D, each as [a, b] with a &lt; b, that
   * include {@code childId} (all when null). O(T).
   */
  static Set<List<String>> siblings(Projection projection, String childId) {
    Set<List<String>> pairs = new HashSet<>();
    for (Projection.TieRow t : projection.ties()) {
      if (t.type().equals("SIBLING")
          && t.activeOn(projection.asOf())
          && !t.fromId().equals(t.toId())
          && (childId == null || childId.equals(t.fromId()) || childId.equals(t.toId()))) {
        pairs.add(pair(t.fromId(), t.toId()));
      }
    }
    return pairs;
  }

  /** Returns the two ids as a pair, the smaller first. */
  static List<String> pair(String a, String b) {
    return a.compareTo(b) < 0 ? List.of(a, b) : List.of(b, a);
  }
}
