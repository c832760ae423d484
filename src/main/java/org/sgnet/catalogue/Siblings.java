package org.sgnet.catalogue;

import java.util.List;
import org.sgnet.rules.Evidence;
import org.sgnet.rules.Explanation;
import org.sgnet.rules.Names;
import org.sgnet.rules.Wording;

/** The wording and evidence shared by the two rules about a pair of siblings. */
final class Siblings {

  private Siblings() {}

  /**
   * Words a finding about the pair: the finding and the action are formats that name the two
   * siblings, in the finding's order.
   */
  static Wording words(List<String> pair, Names names, String finding, String action) {
    String a = names.person(pair.get(0));
    String b = names.person(pair.get(1));
    return new Wording(String.format(finding, a, b), String.format(action, a, b));
  }

  /**
   * Adds the last event of this type between the two children (or that there is none up to the
   * as-of date), and cites their requests for each other in the window.
   */
  static void evidence(List<String> pair, String type, Explanation e) {
    String a = pair.get(0);
    String b = pair.get(1);
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
}
