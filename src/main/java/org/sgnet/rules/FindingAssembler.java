package org.sgnet.rules;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Turns raw findings of either engine into the spec's findings: sorted id lists, details in their
 * canonical form, the message and recommendation, and the spec's order of findings. Both engines go
 * through here, so wording and order cannot differ between them.
 */
public final class FindingAssembler {

  /** Details whose value is a list the spec wants sorted. */
  private static final Set<String> SORTED_LISTS =
      Set.of("values", "withinAgency", "risks", "brokers");

  /** The order of {@code rules.md}: rule, childIds, agencyIds, eventId, requestEventId. */
  public static final Comparator<Finding> ORDER =
      Comparator.comparing((Finding f) -> f.rule().name())
          .thenComparing(Finding::childIds, FindingAssembler::compareLists)
          .thenComparing(Finding::agencyIds, FindingAssembler::compareLists)
          .thenComparing(f -> detail(f, "eventId"))
          .thenComparing(f -> detail(f, "requestEventId"));

  private FindingAssembler() {}

  /** Assembles and sorts findings. */
  public static List<Finding> assemble(Collection<RawFinding> raw, Names names) {
    List<Finding> findings = new ArrayList<>(raw.size());
    for (RawFinding r : raw) {
      findings.add(assemble(r, names));
    }
    findings.sort(ORDER);
    return List.copyOf(findings);
  }

  /** Assembles one finding. */
  public static Finding assemble(RawFinding r, Names names) {
    List<String> children = sorted(r.childIds());
    List<String> agencies = sorted(r.agencyIds());
    List<String> people = sorted(r.personIds());
    Map<String, Object> details = canonical(r.details());
    Messages.Text text = Messages.of(r.rule(), children, agencies, people, details, names);
    return new Finding(
        r.rule(),
        r.severity(),
        children,
        agencies,
        people,
        text.message(),
        text.recommendation(),
        details);
  }

  /** Compares lists element by element; a list that is a prefix of another comes first. */
  public static int compareLists(List<String> a, List<String> b) {
    for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
      int c = a.get(i).compareTo(b.get(i));
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(a.size(), b.size());
  }

  /** Returns the distinct ids, sorted by {@link String#compareTo}. */
  static List<String> sorted(Collection<String> ids) {
    return List.copyOf(new TreeSet<>(ids));
  }

  /** Orders components as rule 3 says: largest first, then by first id; each one sorted. */
  static List<List<String>> components(Collection<? extends Collection<String>> components) {
    List<List<String>> result = new ArrayList<>();
    for (Collection<String> c : components) {
      result.add(sorted(c));
    }
    result.sort(Comparator.comparing((List<String> c) -> -c.size()).thenComparing(c -> c.get(0)));
    return List.copyOf(result);
  }

  private static String detail(Finding f, String key) {
    Object v = f.details().get(key);
    return v == null ? "" : v.toString();
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> canonical(Map<String, Object> details) {
    Map<String, Object> result = new LinkedHashMap<>();
    for (Map.Entry<String, Object> e : details.entrySet()) {
      Object v = e.getValue();
      if (e.getKey().equals("components")) {
        v = components((Collection<? extends Collection<String>>) v);
      } else if (SORTED_LISTS.contains(e.getKey())) {
        v = sorted((Collection<String>) v);
      } else if (v instanceof Integer i) {
        v = i.longValue();
      } else if (v instanceof Collection<?> c) {
        v = List.copyOf(c);
      }
      result.put(e.getKey(), v);
    }
    return result;
  }
}
