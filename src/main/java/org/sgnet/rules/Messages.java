package org.sgnet.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The one place where a finding's message and recommendation are written, from its rule, ids,
 * details and the names of the people and agencies it involves. Both sentences are sgnet's own
 * words; a message names what was found, a recommendation says what a practitioner can do.
 */
final class Messages {

  /** A message and its recommendation. */
  record Text(String message, String recommendation) {}

  private Messages() {}

  @SuppressWarnings("unchecked")
  static Text of(
      Rule rule,
      List<String> childIds,
      List<String> agencyIds,
      List<String> personIds,
      Map<String, Object> details,
      Names names) {
    String child = names.person(childIds.isEmpty() ? "?" : childIds.get(0));
    String agencies = join(agencyIds, names::agency);
    String people = join(personIds, names::person);
    switch (rule) {
      case PROFESSIONAL_OVERLOAD:
        return new Text(
            String.format(
                "%s has %d involved professionals from %d agencies (%s).",
                child, personIds.size(), agencyIds.size(), agencies),
            String.format(
                "Agree a lead professional and a small core group for %s, so that one person"
                    + " holds the whole picture and the others know who that is.",
                child));
      case NO_SINGLE_POINT_OF_CONTACT:
        return new Text(
            String.format(
                "%s is known to %d agencies (%s) and none has a lead professional for %s.",
                child, agencyIds.size(), agencies, child),
            String.format(
                "Name one lead professional for %s and tell the child, the family and every"
                    + " agency who it is.",
                child));
      case COORDINATION_GAP:
        {
          List<List<String>> components = (List<List<String>>) details.get("components");
          List<String> groups = new ArrayList<>();
          for (List<String> c : components) {
            groups.add("[" + join(c, names::person) + "]");
          }
          List<String> brokers = (List<String>) details.getOrDefault("brokers", List.of());
          String hold =
              brokers.isEmpty()
                  ? ""
                  : String.format(
                      ", and not rely on %s alone to link %s group",
                      join(brokers, names::person), "their");
          return new Text(
              String.format(
                  "The %d professionals around %s form %d groups that share no agency, meeting"
                      + " or information exchange in the window: %s.",
                  personIds.size(), child, components.size(), String.join(", ", groups)),
              String.format(
                  "Bring these groups together in a meeting about %s and agree how they will"
                      + " share information from now on%s.",
                  child, hold));
        }
      case UNCOORDINATED_RISK:
        return new Text(
            String.format(
                "Risks to %s of %s were raised by %s in the window, with no multi-agency"
                    + " strategy or risk management meeting.",
                child, join((List<String>) details.get("risks"), Messages::category), agencies),
            String.format(
                "Convene a strategy or risk management meeting for %s with %s to agree one plan"
                    + " for these risks.",
                child, agencies));
      case AGENCY_SILO:
        {
          String x = names.agency(agencyIds.get(0));
          String y = names.agency(agencyIds.get(1));
          return new Text(
              String.format(
                  "%s and %s both work with %d children (%s) but did not meet or share"
                      + " information about any child in the window.",
                  x, y, childIds.size(), join(childIds, names::person)),
              String.format(
                  "Set up a regular exchange between %s and %s about the children they both"
                      + " know, starting with a joint meeting.",
                  x, y));
        }
      case SIBLING_CONTACT_GAP:
        {
          String a = names.person(childIds.get(0));
          String b = names.person(childIds.get(1));
          return new Text(
              String.format(
                  "Siblings %s and %s live apart and no contact between them is recorded in the"
                      + " window.",
                  a, b),
              String.format(
                  "Ask %s and %s what contact they want, arrange it and record it as theirs.",
                  a, b));
        }
      case CHILD_REQUEST_UNANSWERED:
        return new Text(
            String.format(
                "%s asked for contact with %s (%s) and no answering contact has followed.",
                child, people, details.get("eventId")),
            String.format(
                "Answer %s's request: arrange the contact or explain to %s why not, and record"
                    + " the answer.",
                child, child));
      case CHILD_REQUEST_MISATTRIBUTED:
        return new Text(
            String.format(
                "The contact %s that answered %s's request %s is recorded as arranged by the"
                    + " service.",
                details.get("eventId"), child, details.get("requestEventId")),
            String.format(
                "Correct the record of contact %s to show that %s asked for it, so the child's"
                    + " own requests stay visible.",
                details.get("eventId"), child));
      case SIBLINGS_TREATED_DIFFERENTLY:
        {
          String a = names.person(childIds.get(0));
          String b = names.person(childIds.get(1));
          return new Text(
              String.format(
                  "Siblings %s and %s are looked after on different legal bases and no recorded"
                      + " decision considers them together.",
                  a, b),
              String.format(
                  "Make and record a decision about %s and %s together that explains their"
                      + " legal bases, or bring them into line.",
                  a, b));
        }
      case SINGLE_AGENCY_ASSESSMENT:
        return new Text(
            String.format(
                "The latest assessment of %s (%s) drew on a single agency although several"
                    + " agencies are involved.",
                child, details.get("eventId")),
            String.format(
                "Revisit the assessment of %s with the history and views of every involved"
                    + " agency.",
                child));
      case ASSESSMENT_NOT_REVISITED:
        {
          List<String> events = (List<String>) details.get("eventIds");
          return new Text(
              String.format(
                  "%s's circumstances changed (%s) after the latest assessment, which has not"
                      + " been revisited since.",
                  child, String.join(", ", events)),
              String.format(
                  "Review the assessment of %s in the light of these changes and update the"
                      + " plan.",
                  child));
        }
      case NOT_SEEN_ALONE:
        return new Text(
            String.format("%s was not seen alone at any visit in the window.", child),
            String.format(
                "See %s alone at the next visit, and make seeing the child alone the norm.",
                child));
      case ETHNICITY_CONFLICT:
        {
          List<String> within = (List<String>) details.get("withinAgency");
          String also =
              within.isEmpty()
                  ? ""
                  : String.format(
                      ", and %s recorded different values %s",
                      join(within, names::agency), within.size() == 1 ? "itself" : "themselves");
          return new Text(
              String.format(
                  "%s's ethnicity is recorded in %d different ways (%s) by %s%s.",
                  child,
                  ((List<String>) details.get("values")).size(),
                  join((List<String>) details.get("values"), v -> "\"" + v + "\""),
                  agencies,
                  also),
              String.format(
                  "Ask %s and the family how they describe the child's ethnicity, and correct"
                      + " every agency's record to match.",
                  child));
        }
      case ETHNICITY_NOT_RECORDED:
        return new Text(
            String.format(
                "%s has been assessed but no agency has recorded their ethnicity.", child),
            String.format(
                "Ask %s how they describe their ethnicity and record it before the next"
                    + " assessment.",
                child));
      case PARENTAL_RESPONSIBILITY_UNEXERCISED:
        {
          Object days = details.get("daysSinceEngagement");
          String since =
              days == null ? "never on record" : "last " + days + " days before the as-of date";
          String who =
              personIds.isEmpty()
                  ? "nobody with parental responsibility took"
                  : people
                      + (personIds.size() == 1 ? ", who holds" : ", who hold")
                      + " parental responsibility, took";
          return new Text(
              String.format(
                  "%s is accommodated under section 20 and %s part in no meeting, assessment or"
                      + " decision in the window (%s).",
                  child, who, since),
              String.format(
                  "Involve the holders of parental responsibility in the decisions about %s, or"
                      + " review the basis of the placement if they cannot take part.",
                  child));
        }
      default:
        throw new IllegalArgumentException("no wording for " + rule);
    }
  }

  /** A risk category in words: {@code SUBSTANCE_MISUSE} as "substance misuse", CSE as is. */
  private static String category(String value) {
    return value.length() <= 3 ? value : value.toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
  }

  /** Joins names as "A", "A and B", "A, B and C". */
  static String join(List<String> ids, Function<String, String> name) {
    List<String> n = new ArrayList<>();
    for (String id : ids) {
      n.add(name.apply(id));
    }
    if (n.isEmpty()) {
      return "nobody";
    }
    if (n.size() == 1) {
      return n.get(0);
    }
    return String.join(", ", n.subList(0, n.size() - 1)) + " and " + n.get(n.size() - 1);
  }
}
