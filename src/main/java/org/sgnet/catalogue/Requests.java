package org.sgnet.catalogue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.sgnet.graph.Projection;
import org.sgnet.graph.Projection.EventRow;
import org.sgnet.rules.RuleOptions;

/**
 * A child's requests and the contacts that answer them, as the JGraphT twins of rules 7 and 8 read
 * them: an answering contact is a CONTACT about the request's child, dated from the request's date
 * to a last day, whose participants share anyone with the request's.
 */
final class Requests {

  private final Projection projection;
  private final Map<String, List<EventRow>> contacts = new HashMap<>();

  /** Indexes the projection's CONTACT events by child, in O(E). */
  Requests(Projection projection) {
    this.projection = projection;
    for (EventRow e : projection.events()) {
      if (e.is("CONTACT")) {
        contacts.computeIfAbsent(e.subjectId(), k -> new ArrayList<>()).add(e);
      }
    }
  }

  /** The REQUEST events dated in the window about a child the options include. */
  Stream<EventRow> inWindow(RuleOptions options) {
    return projection.events().stream()
        .filter(e -> e.is("REQUEST") && projection.inWindow(e.date()))
        .filter(e -> options.includesChild(e.subjectId()));
  }

  /** The contacts that answer request {@code r} dated up to {@code last}, in O(contacts of c). */
  Stream<EventRow> answers(EventRow r, LocalDate last) {
    return contacts.getOrDefault(r.subjectId(), List.of()).stream()
        .filter(k -> !k.date().isBefore(r.date()) && !k.date().isAfter(last))
        .filter(k -> !Collections.disjoint(k.participants(), r.participants()));
  }
}
