package org.sgnet.sources.dfeapi;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.sgnet.bundle.EventType;
import org.sgnet.bundle.PersonKind;
import org.sgnet.sources.SourceDates;
import org.sgnet.sources.SourcePerson;

/**
 * Reads one child of the payload: the child's details (a CHILD person and the ethnicity the
 * authority recorded), their strengths and difficulties questionnaires, and their social care
 * episodes (through {@link EpisodeReader}).
 */
final class ChildReader {

  /**
   * A UPN is 13 letters and digits; the schema's own example is no real UPN, so no more is asked.
   */
  private static final Pattern UPN = Pattern.compile("[A-Za-z0-9]{13}");

  /** The "UPN unknown" codes, which some systems write in the UPN itself: no identifier. */
  private static final Pattern UNKNOWN_UPN =
      Pattern.compile("UN[0-9]{1,2}", Pattern.CASE_INSENSITIVE);

  /** The ethnicity codes that say no ethnicity was recorded: no ETHNICITY_RECORDED event. */
  static final Set<String> NOT_RECORDED = Set.of("REFU", "NOBT");

  private final Payload payload;
  private final EpisodeReader episodes;

  ChildReader(Payload payload) {
    this.payload = payload;
    this.episodes = new EpisodeReader(payload);
  }

  /** Reads the child at a JSON path, such as {@code /3}. */
  void read(JsonTree.Node node, String path) {
    Item c = payload.open(node, path);
    if (c == null) {
      // No object, or the authority asks for all of the child's data to be removed (purge): sgnet
      // imports none of it.
      return;
    }
    String laChildId = c.idPart("la_child_id");
    JsonTree.Node detailsNode = c.object("child_details");
    JsonTree.Node health = c.object("health_and_wellbeing");
    List<JsonTree.Node> episodeNodes = c.array("social_care_episodes");
    c.text("mis_child_id");
    Item details = detailsNode == null ? null : payload.item(detailsNode, path + "/child_details");
    Person person = details == null || details.purged() ? Person.NONE : person(details);
    if (!c.ok() || (details != null && !details.ok())) {
      // A refused child takes the records nested in it along: they would be about nobody.
      return;
    }
    String childId = DfeIds.child(laChildId);
    List<String> identifiers = new ArrayList<>();
    identifiers.add("la-child:" + payload.authority() + ":" + laChildId);
    identifiers.addAll(person.identifiers());
    payload
        .records()
        .person(
            new SourcePerson(
                childId,
                PersonKind.CHILD,
                person.name(),
                person.birthDate(),
                null,
                null,
                identifiers,
                person.postcode(),
                c.at()));
    if (details != null && !details.purged()) {
      ethnicity(detailsNode, path, laChildId, childId, person.birthDate(), episodeNodes);
    }
    if (health != null) {
      health(health, path + "/health_and_wellbeing", laChildId, childId);
    }
    for (int i = 0; i < episodeNodes.size(); i++) {
      episodes.read(episodeNodes.get(i), path + "/social_care_episodes/" + i, laChildId, childId);
    }
  }

  /** What the child's details say of the person. */
  private record Person(
      String name, LocalDate birthDate, List<String> identifiers, String postcode) {
    static final Person NONE = new Person(null, null, List.of(), null);
  }

  private static Person person(Item d) {
    String first = d.text("first_name");
    String surname = d.text("surname");
    LocalDate birthDate = d.date("date_of_birth", false);
    d.date("expected_date_of_birth", false);
    d.date("uasc_end_date", false);
    d.bool("uasc_flag");
    List<String> identifiers = new ArrayList<>();
    for (String member : List.of("unique_pupil_number", "former_unique_pupil_number")) {
      String upn = d.text(member);
      if (upn == null || UNKNOWN_UPN.matcher(upn).matches()) {
        continue;
      }
      if (!UPN.matcher(upn).matches()) {
        d.refuse(member, "is not a UPN: expected 13 letters and digits");
      } else if (!identifiers.contains("upn:" + upn.toUpperCase(Locale.ROOT))) {
        identifiers.add("upn:" + upn.toUpperCase(Locale.ROOT));
      }
    }
    String name =
        first == null && surname == null
            ? null
            : String.join(
                " ",
                first == null
                    ? List.of(surname)
                    : surname == null ? List.of(first) : List.of(first, surname));
    return new Person(name, birthDate, identifiers, d.text("postcode"));
  }

  /**
   * The ethnicity as the authority recorded it. The payload says not when: the event takes the
   * child's first referral date (when the authority first knew the child), else the birth date.
   */
  private void ethnicity(
      JsonTree.Node details,
      String path,
      String laChildId,
      String childId,
      LocalDate birthDate,
      List<JsonTree.Node> episodeNodes) {
    JsonTree.Node code = details.get("ethnicity");
    if (code == null || code.kind() == JsonTree.Kind.NULL) {
      return;
    }
    Item e =
        new Item(
            payload.records(),
            payload.file(),
            details,
            path + "/child_details/ethnicity",
            code.line());
    String ethnicity = e.text("ethnicity");
    e.code("ethnicity", DfeCodes.ETHNICITIES, "CIN ethnicity", false);
    if (!e.ok() || ethnicity == null) {
      return;
    }
    ethnicity = ethnicity.toUpperCase(Locale.ROOT);
    if (NOT_RECORDED.contains(ethnicity)) {
      return;
    }
    LocalDate date = firstReferral(episodeNodes);
    if (date == null) {
      date = birthDate;
    }
    if (date == null) {
      e.refuse(
          "ethnicity",
          "has no date to be recorded on: the child has no referral_date and no date_of_birth");
      return;
    }
    payload.event(
        e,
        DfeIds.event(laChildId, "eth"),
        date,
        EventType.ETHNICITY_RECORDED,
        childId,
        null,
        ethnicity,
        null);
  }

  /** The earliest referral date of the episodes not purged (a bad one is refused elsewhere). */
  private static LocalDate firstReferral(List<JsonTree.Node> episodeNodes) {
    LocalDate first = null;
    for (JsonTree.Node episode : episodeNodes) {
      JsonTree.Node purge = episode.get("purge");
      JsonTree.Node referral = episode.get("referral_date");
      if ((purge != null && "true".equals(purge.text()))
          || referral == null
          || !referral.scalar()) {
        continue;
      }
      LocalDate d = SourceDates.parse(referral.text());
      if (d != null && (first == null || d.isBefore(first))) {
        first = d;
      }
    }
    return first;
  }

  /** Strengths and difficulties questionnaires: ASSESSMENT events with the score. */
  private void health(JsonTree.Node node, String path, String laChildId, String childId) {
    Item h = payload.item(node, path);
    if (!h.ok()) {
      return;
    }
    if (h.purged()) {
      return;
    }
    List<JsonTree.Node> sdqs = h.array("sdq_assessments");
    Map<LocalDate, Integer> onDate = new HashMap<>();
    for (int i = 0; i < sdqs.size(); i++) {
      payload.counted();
      Item s = payload.item(sdqs.get(i), path + "/sdq_assessments/" + i);
      if (!s.ok()) {
        continue;
      }
      LocalDate date = s.date("date", true);
      String score = s.text("score");
      if (score != null && !score.matches("[0-9]{1,3}")) {
        s.refuse("score", "is not a score: expected a whole number from 0 to 40");
      }
      if (!s.ok()) {
        continue;
      }
      // No id of its own: the date (and a count for a second one that day) keeps it stable.
      int n = onDate.merge(date, 1, Integer::sum);
      String id =
          n == 1
              ? DfeIds.event(laChildId, "sdq", date.toString())
              : DfeIds.event(laChildId, "sdq", date.toString(), Integer.toString(n));
      payload.event(
          s,
          id,
          date,
          EventType.ASSESSMENT,
          childId,
          null,
          null,
          "Strengths and difficulties questionnaire" + (score == null ? "" : ", score " + score));
    }
  }
}
