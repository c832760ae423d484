package org.sgnet.runs;

import java.util.List;
import java.util.Map;
import org.sgnet.rules.Finding;
import org.sgnet.rules.Rule;
import org.sgnet.rules.Severity;

/** Findings written in one line, for the tests of this package. */
final class Findings {

  private Findings() {}

  static Finding of(String rule, List<String> children, Map<String, Object> details) {
    return of(rule, children, List.of(), details);
  }

  static Finding of(
      String rule, List<String> children, List<String> agencies, Map<String, Object> details) {
    return new Finding(
        Rule.valueOf(rule),
        Severity.MEDIUM,
        children,
        agencies,
        List.of(),
        "Something about " + String.join(" and ", children) + ".",
        "Do something.",
        details);
  }
}
