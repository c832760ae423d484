package org.sgnet.catalogue;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Map;
import java.util.function.BinaryOperator;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.sgnet.graph.Projection;
import org.sgnet.graph.Projection.EventRow;
import org.sgnet.rules.Explanation;

/** What the rules about a child's assessments share: their evidence and the latest assessment. */
final class Assessments {

  private Assessments() {}

  /** Cites every assessment of the finding's children up to the as-of date. */
  static void cite(Explanation e) {
    e.about().stream().filter(ev -> ev.is("ASSESSMENT")).forEach(ev -> e.cite(ev.id()));
  }

  /**
   * Returns the latest {@code ASSESSMENT} about each child among the projection's assessments dated
   * as {@code when} accepts (by date, ties going to the greater event id), by child id. Complexity:
   * O(E) for E events.
   */
  static Map<String, EventRow> latest(Projection projection, Predicate<LocalDate> when) {
    Comparator<EventRow> order = Comparator.comparing(EventRow::date).thenComparing(EventRow::id);
    return projection.events().stream()
        .filter(e -> e.is("ASSESSMENT") && when.test(e.date()))
        .collect(Collectors.toMap(EventRow::subjectId, e -> e, BinaryOperator.maxBy(order)));
  }
}
