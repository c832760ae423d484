package org.sgnet.rules;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.sgnet.bundle.Bundle;
import org.sgnet.bundle.Event;
import org.sgnet.bundle.EventType;
import org.sgnet.bundle.LegalBasis;
import org.sgnet.bundle.MeetingSubtype;
import org.sgnet.bundle.Person;
import org.sgnet.bundle.PersonKind;
import org.sgnet.bundle.RequestedBy;
import org.sgnet.bundle.Tie;
import org.sgnet.bundle.TieType;

/**
 * A deliberately naive, independent evaluation of {@code rules.md} over the bundle records, written
 * from the spec's words with plain loops: the third opinion that the Cypher and JGraphT engines are
 * tested against. Brokers are found by brute force (remove each vertex, count components).
 */
final class ReferenceRules {

  private final Bundle bundle;
  private final RuleOptions o;
  private final LocalDate d;
  private final Map<String, Person> people = new HashMap<>();
  private final List<Tie> active = new ArrayList<>();
  private final List<Event> known = new ArrayList<>();

  ReferenceRules(Bundle bundle, RuleOptions options) {
    this.bundle = bundle;
    this.o = options;
    this.d = options.asOf();
    bundle.people().forEach(p -> people.put(p.id(), p));
    for (Tie t : bundle.ties()) {
      if ((t.startDate() == null || !t.startDate().isAfter(d))
          && (t.endDate() == null || !t.endDate().isBefore(d))) {
        active.add(t);
      }
    }
    for (Event e : bundle.events()) {
      if (!e.date().isAfter(d)) {
        known.add(e);
      }
    }
  }

  /** The default as-of date: the latest event date, or null when there is none. */
  static LocalDate latest(Bundle b) {
    return b.events().stream().map(Event::date).max(Comparator.naturalOrder()).orElse(null);
  }

  private boolean inWindow(LocalDate date) {
    return date.isAfter(d.minusDays(o.windowDays())) && !date.isAfter(d);
  }

  private boolean professional(String id) {
    return id != null && people.get(id).kind() == PersonKind.PROFESSIONAL;
  }

  private String agencyOf(String professional) {
    return people.get(professional).agencyId();
  }

  private List<String> peopleOf(Event e) {
    List<String> p = new ArrayList<>();
    if (e.recordedBy() != null) {
      p.add(e.recordedBy());
    }
    p.addAll(e.participants());
    return p;
  }

  private List<Event> about(String child, boolean windowOnly) {
    List<Event> r = new ArrayList<>();
    for (Event e : known) {
      if (e.subjectId().equals(child) && (!windowOnly || inWindow(e.date()))) {
        r.add(e);
      }
    }
    return r;
  }

  Set<String> professionals(String c) {
    Set<String> s = new TreeSet<>();
    for (Tie t : active) {
      if (t.type() == TieType.INVOLVED && t.toId().equals(c) && professional(t.fromId())) {
        s.add(t.fromId());
      }
    }
    for (Event e : about(c, true)) {
      for (String p : peopleOf(e)) {
        if (professional(p)) {
          s.add(p);
        }
      }
    }
    return s;
  }

  Set<String> agencies(String c) {
    Set<String> s = new TreeSet<>();
    for (String p : professionals(c)) {
      s.add(agencyOf(p));
    }
    for (Event e : about(c, true)) {
      s.add(e.agencyId());
    }
    return s;
  }

  private List<Tie> placements(String c) {
    return active.stream()
        .filter(t -> t.type() == TieType.PLACED_WITH && t.fromId().equals(c))
        .toList();
  }

  private boolean liveApart(String a, String b) {
    List<Tie> pa = placements(a);
    List<Tie> pb = placements(b);
    if (pa.isEmpty() || pb.isEmpty()) {
      return false;
    }
    for (Tie x : pa) {
      for (Tie y : pb) {
        if (x.toId().equals(y.toId())) {
          return false;
        }
      }
    }
    return true;
  }

  private List<String> children() {
    return bundle.people().stream()
        .filter(p -> p.kind() == PersonKind.CHILD)
        .map(Person::id)
        .sorted()
        .toList();
  }

  private Set<List<String>> siblingPairs() {
    Set<List<String>> pairs = new LinkedHashSet<>();
    for (Tie t : active) {
      if (t.type() == TieType.SIBLING) {
        String a = t.fromId().compareTo(t.toId()) < 0 ? t.fromId() : t.toId();
        String b = a.equals(t.fromId()) ? t.toId() : t.fromId();
        pairs.add(List.of(a, b));
      }
    }
    return pairs;
  }

  private boolean eventBetween(String a, String b, EventType type, boolean windowOnly) {
    for (Event e : known) {
      if (e.type() == type && (!windowOnly || inWindow(e.date()))) {
        if ((e.subjectId().equals(a) && e.participants().contains(b))
            || (e.subjectId().equals(b) && e.participants().contains(a))) {
          return true;
        }
      }
    }
    return false;
  }

  private static RawFinding f(
      Rule rule,
      Severity s,
      List<String> children,
      Collection<String> agencies,
      Collection<String> persons,
      Map<String, Object> details) {
    return new RawFinding(rule, s, children, List.copyOf(agencies), List.copyOf(persons), details);
  }

  List<RawFinding> evaluate() {
    List<RawFinding> out = new ArrayList<>();
    Set<Rule> rules = o.rules();
    for (String c : children()) {
      Set<String> pros = professionals(c);
      Set<String> ags = agencies(c);
      List<Event> win = about(c, true);
      List<Event> all = about(c, false);
      List<String> one = List.of(c);
      if (rules.contains(Rules.PROFESSIONAL_OVERLOAD)) {
        boolean p = pros.size() >= o.overloadProfessionals();
        boolean a = ags.size() >= o.overloadAgencies();
        if (p || a) {
          out.add(
              f(
                  Rules.PROFESSIONAL_OVERLOAD,
                  p && a ? Severity.HIGH : Severity.MEDIUM,
                  one,
                  ags,
                  pros,
                  Map.of()));
        }
      }
      if (rules.contains(Rules.NO_SINGLE_POINT_OF_CONTACT) && ags.size() >= o.spocAgencies()) {
        boolean lead =
            active.stream()
                .anyMatch(
                    t ->
                        t.type() == TieType.INVOLVED
                            && t.toId().equals(c)
                            && Boolean.TRUE.equals(t.lead()));
        if (!lead) {
          out.add(
              f(Rules.NO_SINGLE_POINT_OF_CONTACT, Severity.MEDIUM, one, ags, List.of(), Map.of()));
        }
      }
      if (rules.contains(Rules.COORDINATION_GAP) && pros.size() >= 2) {
        List<String> v = List.copyOf(pros);
        Set<List<String>> edges = new LinkedHashSet<>();
        for (int i = 0; i < v.size(); i++) {
          for (int j = i + 1; j < v.size(); j++) {
            if (agencyOf(v.get(i)).equals(agencyOf(v.get(j)))) {
              edges.add(List.of(v.get(i), v.get(j)));
            }
          }
        }
        for (Event e : win) {
          if (e.type() == EventType.INFORMATION_SHARED || e.type() == EventType.MEETING) {
            List<String> ps =
                peopleOf(e).stream().filter(pros::contains).distinct().sorted().toList();
            for (int i = 0; i < ps.size(); i++) {
              for (int j = i + 1; j < ps.size(); j++) {
                edges.add(List.of(ps.get(i), ps.get(j)));
              }
            }
          }
        }
        List<Set<String>> comps = components(v, edges, null);
        if (comps.size() >= 2) {
          List<String> brokers = new ArrayList<>();
          for (String x : v) {
            if (components(v, edges, x).size() > comps.size()) {
              brokers.add(x);
            }
          }
          Map<String, Object> det = new HashMap<>();
          det.put("components", comps.stream().map(List::copyOf).toList());
          det.put("brokers", brokers);
          out.add(
              f(
                  Rules.COORDINATION_GAP,
                  comps.size() >= 3 ? Severity.HIGH : Severity.MEDIUM,
                  one,
                  List.of(),
                  pros,
                  det));
        }
      }
      if (rules.contains(Rules.UNCOORDINATED_RISK)) {
        Set<String> cats = new TreeSet<>();
        Set<String> raised = new TreeSet<>();
        for (Event e : win) {
          if (e.type() == EventType.RISK) {
            cats.add(e.value());
            raised.add(e.agencyId());
          }
        }
        if (cats.size() >= 2 || raised.size() >= 2) {
          boolean met = false;
          for (Event e : win) {
            if (e.type() == EventType.MEETING
                && (e.subtype() == MeetingSubtype.RISK_MANAGEMENT
                    || e.subtype() == MeetingSubtype.STRATEGY)) {
              Set<String> at = new HashSet<>();
              for (String p : peopleOf(e)) {
                if (professional(p)) {
                  at.add(agencyOf(p));
                }
              }
              met |= at.size() >= 2;
            }
          }
          if (!met) {
            out.add(
                f(
                    Rules.UNCOORDINATED_RISK,
                    Severity.HIGH,
                    one,
                    raised,
                    List.of(),
                    Map.of("risks", List.copyOf(cats))));
          }
        }
      }
      for (Event r : win) {
        if (r.type() != EventType.REQUEST) {
          continue;
        }
        Set<String> asked = new HashSet<>(r.participants());
        if (rules.contains(Rules.CHILD_REQUEST_UNANSWERED)
            && !r.date().isAfter(d.minusDays(o.requestResponseDays()))) {
          boolean answered = false;
          for (Event k : all) {
            if (k.type() == EventType.CONTACT
                && !k.date().isBefore(r.date())
                && k.participants().stream().anyMatch(asked::contains)) {
              answered = true;
            }
          }
          if (!answered) {
            out.add(
                f(
                    Rules.CHILD_REQUEST_UNANSWERED,
                    Severity.MEDIUM,
                    one,
                    List.of(),
                    asked,
                    Map.of("eventId", r.id())));
          }
        }
        if (rules.contains(Rules.CHILD_REQUEST_MISATTRIBUTED)) {
          LocalDate until = r.date().plusDays(o.requestResponseDays());
          if (until.isAfter(d)) {
            until = d;
          }
          Event first = null;
          for (Event k : all) {
            if (k.type() == EventType.CONTACT
                && !k.date().isBefore(r.date())
                && !k.date().isAfter(until)
                && k.participants().stream().anyMatch(asked::contains)) {
              if (first == null
                  || k.date().isBefore(first.date())
                  || (k.date().equals(first.date()) && k.id().compareTo(first.id()) < 0)) {
                first = k;
              }
            }
          }
          if (first != null && first.requestedBy() == RequestedBy.SERVICE) {
            out.add(
                f(
                    Rules.CHILD_REQUEST_MISATTRIBUTED,
                    Severity.LOW,
                    one,
                    List.of(),
                    List.of(),
                    Map.of("eventId", first.id(), "requestEventId", r.id())));
          }
        }
      }
      if (rules.contains(Rules.SINGLE_AGENCY_ASSESSMENT)) {
        Event latest = null;
        for (Event e : win) {
          if (e.type() == EventType.ASSESSMENT
              && (latest == null
                  || e.date().isAfter(latest.date())
                  || (e.date().equals(latest.date()) && e.id().compareTo(latest.id()) > 0))) {
            latest = e;
          }
        }
        if (latest != null) {
          Set<String> contributing = new HashSet<>();
          contributing.add(latest.agencyId());
          for (String p : latest.participants()) {
            if (professional(p)) {
              contributing.add(agencyOf(p));
            }
          }
          if (contributing.size() == 1 && ags.size() >= 2) {
            out.add(
                f(
                    Rules.SINGLE_AGENCY_ASSESSMENT,
                    Severity.MEDIUM,
                    one,
                    List.of(),
                    List.of(),
                    Map.of("eventId", latest.id())));
          }
        }
      }
      if (rules.contains(Rules.ASSESSMENT_NOT_REVISITED)) {
        LocalDate last = null;
        for (Event e : all) {
          if (e.type() == EventType.ASSESSMENT && (last == null || e.date().isAfter(last))) {
            last = e.date();
          }
        }
        List<Event> changes = new ArrayList<>();
        for (Event e : all) {
          if (e.type() == EventType.CIRCUMSTANCES_CHANGED
              && (last == null || e.date().isAfter(last))
              && !e.date().isAfter(d.minusDays(o.reassessmentDays()))) {
            changes.add(e);
          }
        }
        changes.sort(Comparator.comparing(Event::date).thenComparing(Event::id));
        if (!changes.isEmpty()) {
          out.add(
              f(
                  Rules.ASSESSMENT_NOT_REVISITED,
                  Severity.MEDIUM,
                  one,
                  List.of(),
                  List.of(),
                  Map.of("eventIds", changes.stream().map(Event::id).toList())));
        }
      }
      if (rules.contains(Rules.NOT_SEEN_ALONE)) {
        List<Event> visits = win.stream().filter(e -> e.type() == EventType.VISIT).toList();
        if (!visits.isEmpty()
            && visits.stream().noneMatch(e -> Boolean.TRUE.equals(e.seenAlone()))) {
          out.add(f(Rules.NOT_SEEN_ALONE, Severity.MEDIUM, one, List.of(), List.of(), Map.of()));
        }
      }
      List<Event> eth =
          all.stream()
              .filter(e -> e.type() == EventType.ETHNICITY_RECORDED)
              .sorted(Comparator.comparing(Event::date).thenComparing(Event::id))
              .toList();
      if (rules.contains(Rules.ETHNICITY_CONFLICT)) {
        Map<String, String> first = new LinkedHashMap<>();
        Map<String, Set<String>> byAgency = new TreeMap<>();
        for (Event e : eth) {
          String n = normalise(e.value());
          first.putIfAbsent(n, trim(e.value()));
          byAgency.computeIfAbsent(e.agencyId(), k -> new HashSet<>()).add(n);
        }
        if (first.size() >= 2) {
          List<String> within =
              byAgency.entrySet().stream()
                  .filter(x -> x.getValue().size() >= 2)
                  .map(Map.Entry::getKey)
                  .toList();
          out.add(
              f(
                  Rules.ETHNICITY_CONFLICT,
                  within.isEmpty() ? Severity.MEDIUM : Severity.HIGH,
                  one,
                  byAgency.keySet(),
                  List.of(),
                  Map.of("values", List.copyOf(first.values()), "withinAgency", within)));
        }
      }
      if (rules.contains(Rules.ETHNICITY_NOT_RECORDED)
          && eth.isEmpty()
          && all.stream().anyMatch(e -> e.type() == EventType.ASSESSMENT)) {
        out.add(
            f(Rules.ETHNICITY_NOT_RECORDED, Severity.MEDIUM, one, List.of(), List.of(), Map.of()));
      }
      if (rules.contains(Rules.PARENTAL_RESPONSIBILITY_UNEXERCISED)
          && placements(c).stream().anyMatch(t -> t.legalBasis() == LegalBasis.S20_VOLUNTARY)) {
        Set<String> holders = new TreeSet<>();
        for (Tie t : active) {
          if (t.type() == TieType.PARENT
              && t.toId().equals(c)
              && Boolean.TRUE.equals(t.parentalResponsibility())) {
            holders.add(t.fromId());
          }
        }
        boolean exercised = false;
        LocalDate last = null;
        for (Event e : all) {
          if ((e.type() == EventType.MEETING
                  || e.type() == EventType.ASSESSMENT
                  || e.type() == EventType.DECISION)
              && e.participants().stream().anyMatch(holders::contains)) {
            exercised |= inWindow(e.date());
            if (last == null || e.date().isAfter(last)) {
              last = e.date();
            }
          }
        }
        if (!exercised) {
          Map<String, Object> det = new HashMap<>();
          det.put("daysSinceEngagement", last == null ? null : ChronoUnit.DAYS.between(last, d));
          out.add(
              f(
                  Rules.PARENTAL_RESPONSIBILITY_UNEXERCISED,
                  Severity.HIGH,
                  one,
                  List.of(),
                  holders,
                  det));
        }
      }
    }
    for (List<String> pair : siblingPairs()) {
      String a = pair.get(0);
      String b = pair.get(1);
      if (rules.contains(Rules.SIBLING_CONTACT_GAP)
          && liveApart(a, b)
          && !eventBetween(a, b, EventType.CONTACT, true)) {
        boolean high =
            placements(a).stream().anyMatch(t -> t.legalBasis() == LegalBasis.PRIVATE_FOSTERING)
                || placements(b).stream()
                    .anyMatch(t -> t.legalBasis() == LegalBasis.PRIVATE_FOSTERING)
                || eventBetween(a, b, EventType.REQUEST, true);
        out.add(
            f(
                Rules.SIBLING_CONTACT_GAP,
                high ? Severity.HIGH : Severity.MEDIUM,
                pair,
                List.of(),
                List.of(),
                Map.of()));
      }
      if (rules.contains(Rules.SIBLINGS_TREATED_DIFFERENTLY)) {
        Set<LegalBasis> ba = new HashSet<>();
        placements(a).forEach(t -> ba.add(t.legalBasis()));
        Set<LegalBasis> bb = new HashSet<>();
        placements(b).forEach(t -> bb.add(t.legalBasis()));
        if (!ba.isEmpty()
            && !bb.isEmpty()
            && !ba.equals(bb)
            && !eventBetween(a, b, EventType.DECISION, false)) {
          out.add(
              f(
                  Rules.SIBLINGS_TREATED_DIFFERENTLY,
                  Severity.LOW,
                  pair,
                  List.of(),
                  List.of(),
                  Map.of()));
        }
      }
    }
    if (rules.contains(Rules.AGENCY_SILO)) {
      Map<String, Set<String>> involved = new HashMap<>();
      for (String c : children()) {
        involved.put(c, agencies(c));
      }
      Set<List<String>> talked = new HashSet<>();
      for (Event e : known) {
        if ((e.type() == EventType.INFORMATION_SHARED || e.type() == EventType.MEETING)
            && inWindow(e.date())) {
          Set<String> present = new TreeSet<>();
          for (String p : peopleOf(e)) {
            if (professional(p)) {
              present.add(agencyOf(p));
            }
          }
          for (String x : present) {
            for (String y : present) {
              talked.add(List.of(x, y));
            }
          }
        }
      }
      List<String> agencies = bundle.agencies().stream().map(a -> a.id()).sorted().toList();
      for (int i = 0; i < agencies.size(); i++) {
        for (int j = i + 1; j < agencies.size(); j++) {
          String x = agencies.get(i);
          String y = agencies.get(j);
          List<String> shared = new ArrayList<>();
          for (String c : children()) {
            if (involved.get(c).contains(x) && involved.get(c).contains(y)) {
              shared.add(c);
            }
          }
          if (shared.size() >= o.siloSharedChildren() && !talked.contains(List.of(x, y))) {
            out.add(
                f(Rules.AGENCY_SILO, Severity.MEDIUM, shared, List.of(x, y), List.of(), Map.of()));
          }
        }
      }
    }
    if (o.childId() != null) {
      out.removeIf(x -> !x.childIds().contains(o.childId()));
    }
    return out;
  }

  /** Components of the graph with one vertex removed (or none when {@code without} is null). */
  private static List<Set<String>> components(
      List<String> vertices, Set<List<String>> edges, String without) {
    Map<String, String> parent = new HashMap<>();
    for (String v : vertices) {
      if (!v.equals(without)) {
        parent.put(v, v);
      }
    }
    for (List<String> e : edges) {
      if (parent.containsKey(e.get(0)) && parent.containsKey(e.get(1))) {
        parent.put(root(parent, e.get(0)), root(parent, e.get(1)));
      }
    }
    Map<String, Set<String>> groups = new TreeMap<>();
    for (String v : parent.keySet()) {
      groups.computeIfAbsent(root(parent, v), k -> new TreeSet<>()).add(v);
    }
    return new ArrayList<>(groups.values());
  }

  private static String root(Map<String, String> parent, String v) {
    while (!parent.get(v).equals(v)) {
      v = parent.get(v);
    }
    return v;
  }

  /** Rule 13's comparison form, written independently of the Cypher. */
  static String normalise(String value) {
    StringBuilder b = new StringBuilder();
    boolean gap = false;
    for (char ch : trim(value).toCharArray()) {
      if (ch == ' ' || ch == '\t') {
        gap = true;
      } else {
        if (gap) {
          b.append(' ');
          gap = false;
        }
        b.append(ch);
      }
    }
    return b.toString().toLowerCase(Locale.ROOT);
  }

  static String trim(String value) {
    int from = 0;
    int to = value.length();
    while (from < to && (value.charAt(from) == ' ' || value.charAt(from) == '\t')) {
      from++;
    }
    while (to > from && (value.charAt(to - 1) == ' ' || value.charAt(to - 1) == '\t')) {
      to--;
    }
    return value.substring(from, to);
  }
}
