package org.sgnet.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.neo4j.driver.Value;
import org.sgnet.store.Store;

/**
 * The evidence behind findings, for {@code --explain}: who (names, roles, agencies), which events
 * and on which dates. Read with two set-based queries for all findings of an analysis.
 *
 * <p>With {@link Pseudonyms} the same evidence is written in codes: no name, id or role, so that a
 * pseudonymised report can show why a finding was made.
 */
final class Explainer {

  /** How the lines show people, agencies and events: names and ids, or codes only. */
  record Shown(Names names, Map<String, String[]> roles, Pseudonyms codes) {

    String person(String id) {
      String[] r = roles.getOrDefault(id, new String[2]);
      StringBuilder b = new StringBuilder(names.person(id));
      if (codes != null) {
        // A code with its agency's code: roles are free text and stay out.
        return r[1] == null
            ? b.toString()
            : b.append(" (").append(names.agency(r[1])).append(')').toString();
      }
      b.append(" (").append(id);
      if (r[0] != null) {
        b.append(", ").append(r[0]);
      }
      if (r[1] != null) {
        b.append(", ").append(names.agency(r[1]));
      }
      return b.append(')').toString();
    }

    /** A person or an agency with its id, or only its code. */
    String named(String name, String id) {
      return codes == null ? name + " (" + id + ")" : name;
    }

    String event(String id) {
      return codes == null ? id : codes.event(id);
    }
  }

  private Explainer() {}

  /**
   * Returns the evidence of each finding of the analysis, in the findings' order.
   *
   * @param analyzer what names people and agencies when the evidence is not in codes
   * @param codes the codes to write the evidence in, or {@code null} for names and ids
   */
  static List<List<Evidence>> explain(
      Store store, Analyzer analyzer, Pseudonyms codes, Analysis analysis) {
    Set<String> children = new TreeSet<>();
    Set<String> people = new TreeSet<>();
    Set<String> agencies = new TreeSet<>();
    for (Finding f : analysis.findings()) {
      children.addAll(f.childIds());
      people.addAll(f.personIds());
      agencies.addAll(f.agencyIds());
    }
    List<Explanation.Event> events =
        store.query(
            "explain/events",
            Map.of("childIds", List.copyOf(children), "asOf", analysis.asOf()),
            r ->
                new Explanation.Event(
                    r.get("id").asString(),
                    r.get("date").asLocalDate(),
                    r.get("type").asString(),
                    text(r.get("subtype")),
                    text(r.get("value")),
                    text(r.get("requestedBy")),
                    r.get("seenAlone").isNull() ? null : r.get("seenAlone").asBoolean(),
                    r.get("subjectId").asString(),
                    r.get("agencyId").asString(),
                    text(r.get("recordedBy")),
                    r.get("participants").asList(Value::asString),
                    r.get("provenance").asList(Value::asString)));
    for (Explanation.Event e : events) {
      agencies.add(e.agencyId());
      if (e.recordedBy() != null) {
        people.add(e.recordedBy());
      }
      people.addAll(e.participants());
    }
    people.addAll(children);
    Map<String, String[]> roles = new HashMap<>();
    if (!people.isEmpty()) {
      store
          .query(
              "names/roles",
              Map.of("ids", List.copyOf(people)),
              r ->
                  Map.entry(
                      r.get("id").asString(),
                      new String[] {text(r.get("role")), text(r.get("agencyId"))}))
          .forEach(e -> roles.put(e.getKey(), e.getValue()));
      roles
          .values()
          .forEach(
              v -> {
                if (v[1] != null) {
                  agencies.add(v[1]);
                }
              });
    }
    Names names = codes == null ? analyzer.names(people, agencies) : codes.names(people, agencies);
    Shown shown = new Shown(names, roles, codes);
    LocalDate windowStart = analysis.asOf().minusDays(analysis.windowDays());
    List<List<Evidence>> result = new ArrayList<>();
    Map<String, List<String>> sources = codes == null ? sources(store, children, people) : Map.of();
    for (Finding f : analysis.findings()) {
      List<Evidence> lines = evidence(f, events, shown, windowStart, analysis.asOf());
      // Where the people of the finding came from, so that a reviewer can go back to the record;
      // codes only when pseudonymised (file names may say too much).
      Set<String> named = new TreeSet<>(f.childIds());
      named.addAll(f.personIds());
      for (String id : named) {
        List<String> from = sources.get(id);
        if (from != null && !from.isEmpty()) {
          lines.add(line("sources of " + shown.person(id) + ": " + String.join(", ", from)));
        }
      }
      result.add(List.copyOf(lines));
    }
    return result;
  }

  /** The source records of the people who have any, by id. */
  private static Map<String, List<String>> sources(
      Store store, Set<String> children, Set<String> people) {
    Set<String> ids = new TreeSet<>(children);
    ids.addAll(people);
    Map<String, List<String>> sources = new HashMap<>();
    store
        .query(
            "explain/sources",
            Map.of("ids", List.copyOf(ids)),
            r -> Map.entry(r.get("id").asString(), r.get("provenance").asList(Value::asString)))
        .forEach(e -> sources.put(e.getKey(), e.getValue()));
    return sources;
  }

  private static List<Evidence> evidence(
      Finding f, List<Explanation.Event> all, Shown shown, LocalDate windowStart, LocalDate asOf) {
    Names names = shown.names();
    List<Explanation.Event> about = new ArrayList<>();
    for (Explanation.Event e : all) {
      if (f.childIds().contains(e.subjectId())) {
        about.add(e);
      }
    }
    Explanation explanation = new Explanation(shown, windowStart, asOf, about);
    for (String p : f.personIds()) {
      explanation.line("person: " + shown.person(p));
    }
    for (String a : f.agencyIds()) {
      explanation.line("agency: " + shown.named(names.agency(a), a));
    }
    f.rule().events(f.details()).forEach(explanation::cite);
    f.rule().explain(f, explanation);
    return explanation.lines();
  }

  private static Evidence line(String text) {
    return new Evidence(text, null);
  }

  static String describe(Explanation.Event e, Shown shown) {
    Names names = shown.names();
    StringBuilder b =
        new StringBuilder(shown.event(e.id()))
            .append(' ')
            .append(e.date())
            .append(' ')
            .append(e.type());
    if (e.subtype() != null) {
      b.append(" (").append(e.subtype()).append(')');
    }
    if (e.value() != null && !e.type().equals("DECISION")) {
      b.append(" \"").append(e.value()).append('"');
    }
    if (e.seenAlone() != null) {
      b.append(e.seenAlone() ? " seen alone" : " not seen alone");
    }
    if (e.requestedBy() != null) {
      b.append(" requested by ").append(e.requestedBy());
    }
    b.append(", ").append(names.agency(e.agencyId()));
    if (e.recordedBy() != null) {
      b.append(", recorded by ").append(names.person(e.recordedBy()));
    }
    if (!e.participants().isEmpty()) {
      List<String> who = new ArrayList<>();
      e.participants().forEach(p -> who.add(names.person(p)));
      b.append(", with ").append(String.join(", ", who));
    }
    if (shown.codes() == null && !e.provenance().isEmpty()) {
      b.append("; from ").append(String.join(", ", e.provenance()));
    }
    return b.toString();
  }

  private static String text(Value v) {
    return v == null || v.isNull() ? null : v.asString();
  }
}
