package org.sgnet.rules;

import java.util.Arrays;
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

  /**
   * From this many findings they are assembled and sorted on every core: a large authority's
   * catalogue has hundreds of thousands (679,319 at 400,000 children), each worded and sorted.
   */
  static final int PARALLEL_FROM = 10_000;

  private FindingAssembler() {}

  /**
   * Assembles and sorts findings. Both ways give the same list: the stream keeps the findings'
   * order, and both sorts are stable.
   */
  public static List<Finding> assemble(Collection<RawFinding> raw, Names names) {
    boolean parallel = raw.size() >= PARALLEL_FROM;
    Finding[] findings =
        (parallel ? raw.parallelStream() : raw.stream())
            .map(r -> assemble(r, names))
            .toArray(Finding[]::new);
    if (parallel) {
      Arrays.parallelSort(findings, ORDER);
    } else {
      Arrays.sort(findings, ORDER);
    }
    return List.of(findings);
  }

  /** Assembles one finding. */
  public static Finding assemble(RawFinding r, Names names) {
    List<String> children = sorted(r.childIds());
    List<String> agencies = sorted(r.agencyIds());
    List<String> people = sorted(r.personIds());
    Map<String, Object> details = r.rule().canonical(r.details());
    return worded(
        new RawFinding(r.rule(), r.severity(), children, agencies, people, details), names);
  }

  /**
   * Returns the finding with its rule's message and recommendation in these names, its lists and
   * details as they are (already in the form the finding shows).
   */
  static Finding worded(RawFinding r, Names names) {
    Wording text = r.rule().wording(r, names);
    return new Finding(
        r.rule(),
        r.severity(),
        r.childIds(),
        r.agencyIds(),
        r.personIds(),
        text.message(),
        text.recommendation(),
        r.details());
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
