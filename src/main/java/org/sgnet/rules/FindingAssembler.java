package org.sgnet.rules;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Turns raw findings of either engine into the spec's findings: sorted id lists, details in their
 * canonical form (the rule's typed details), the rule's message and recommendation, and the spec's
 * order of findings. Both engines go through here, so wording and order cannot differ between them.
 */
public final class FindingAssembler {

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
    Map<String, Object> details = r.rule().canonical(r.details());
    Wording text =
        r.rule()
            .wording(
                new RawFinding(r.rule(), r.severity(), children, agencies, people, details), names);
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

  private static List<String> sorted(Collection<String> ids) {
    return RuleDetails.sorted(ids);
  }

  private static String detail(Finding f, String key) {
    Object v = f.details().get(key);
    return v == null ? "" : v.toString();
  }
}
