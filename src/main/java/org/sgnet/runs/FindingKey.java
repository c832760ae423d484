package org.sgnet.runs;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.sgnet.rules.Finding;

/**
 * The stable key of a finding: what it is about, not what it says, so the same situation found by
 * two runs is one finding. {@code RULE:} then the sorted child ids, comma separated; for {@code
 * AGENCY_SILO}, which is about two agencies and lists whichever children they share that day, the
 * agencies instead; for the rules about one event (a request, an assessment) {@code :} and that
 * event's id after the children, since one child may have several such findings. Thresholds,
 * messages and details that move day by day do not enter the key: they enter the evidence hash.
 */
public final class FindingKey {

  /** Rules whose finding is about an event, and the detail naming it. */
  private static final Map<String, String> EVENT_DETAIL =
      Map.of(
          "CHILD_REQUEST_UNANSWERED", "eventId",
          "CHILD_REQUEST_MISATTRIBUTED", "requestEventId",
          "SINGLE_AGENCY_ASSESSMENT", "eventId");

  private static final String AGENCY_SILO = "AGENCY_SILO";

  private FindingKey() {}

  /** Returns the finding's stable key. */
  public static String of(Finding f) {
    String rule = f.rule().name();
    List<String> ids = rule.equals(AGENCY_SILO) ? f.agencyIds() : f.childIds();
    String key = rule + ":" + String.join(",", ids);
    String detail = EVENT_DETAIL.get(rule);
    Object event = detail == null ? null : f.details().get(detail);
    return event == null ? key : key + ":" + event;
  }

  /** Returns the event id a finding of this rule is about, or {@code null}. */
  static String eventId(Finding f) {
    String detail = EVENT_DETAIL.get(f.rule().name());
    Object event = detail == null ? null : f.details().get(detail);
    return event == null ? null : event.toString();
  }

  /**
   * Returns the key with each child id replaced as {@code child} says (and the rule and event
   * left): how a key is coded for a role that sees people under codes, and decoded again.
   */
  public static String mapChildren(String key, UnaryOperator<String> child) {
    int colon = key.indexOf(':');
    if (colon < 0) {
      return key;
    }
    String rule = key.substring(0, colon);
    if (rule.equals(AGENCY_SILO)) {
      return key;
    }
    String rest = key.substring(colon + 1);
    int event = EVENT_DETAIL.containsKey(rule) ? rest.lastIndexOf(':') : -1;
    String children = event < 0 ? rest : rest.substring(0, event);
    List<String> mapped = new ArrayList<>();
    for (String id : children.split(",", -1)) {
      mapped.add(child.apply(id));
    }
    return rule + ":" + String.join(",", mapped) + (event < 0 ? "" : rest.substring(event));
  }
}
