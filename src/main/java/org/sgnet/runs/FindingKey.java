package org.sgnet.runs;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.sgnet.rules.Finding;
import org.sgnet.rules.Rule;

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
   * Returns the key with each child id replaced as {@code child} says and the event id, for the
   * rules about one event, as {@code event} says; the rule is left, and so is an {@code
   * AGENCY_SILO} key, which names agencies. The event is what follows the last colon: ids a source
   * adapter builds hold none, and a bundle's event id holding one is read as its last part.
   */
  public static String map(String key, UnaryOperator<String> child, UnaryOperator<String> event) {
    int colon = key.indexOf(':');
    if (colon < 0) {
      return key;
    }
    String rule = key.substring(0, colon);
    if (rule.equals(AGENCY_SILO)) {
      return key;
    }
    String rest = key.substring(colon + 1);
    int at = EVENT_DETAIL.containsKey(rule) ? rest.lastIndexOf(':') : -1;
    String children = at < 0 ? rest : rest.substring(0, at);
    List<String> mapped = new ArrayList<>();
    for (String id : children.split(",", -1)) {
      mapped.add(child.apply(id));
    }
    String mappedEvent = at < 0 ? "" : ":" + event.apply(rest.substring(at + 1));
    return rule + ":" + String.join(",", mapped) + mappedEvent;
  }

  /**
   * Whether the text has the form of a finding's key: a rule of the catalogue, a colon and no
   * space. Other text with a colon (a time, a prefixed id) is not one.
   */
  public static boolean isKey(String text) {
    int colon = text.indexOf(':');
    if (colon <= 0 || text.chars().anyMatch(Character::isWhitespace)) {
      return false;
    }
    String rule = text.substring(0, colon);
    return Rule.values().stream().anyMatch(r -> r.name().equals(rule));
  }
}
