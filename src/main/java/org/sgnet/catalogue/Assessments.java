package org.sgnet.catalogue;

import org.sgnet.rules.Explanation;

/** The evidence shared by the rules about a child's assessments. */
final class Assessments {

  private Assessments() {}

  /** Cites every assessment of the finding's children up to the as-of date. */
  static void cite(Explanation e) {
    e.about().stream().filter(ev -> ev.is("ASSESSMENT")).forEach(ev -> e.cite(ev.id()));
  }
}
