package org.sgnet.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sgnet.bundle.Agency;
import org.sgnet.bundle.Bundle;
import org.sgnet.bundle.Event;
import org.sgnet.bundle.EventType;
import org.sgnet.bundle.LegalBasis;
import org.sgnet.bundle.MeetingSubtype;
import org.sgnet.bundle.Person;
import org.sgnet.bundle.PersonKind;
import org.sgnet.bundle.RequestedBy;
import org.sgnet.bundle.Sector;
import org.sgnet.bundle.Tie;
import org.sgnet.bundle.TieType;

/** A small network written in a few lines, for tests with known answers. */
final class Net {

  private final Set<String> agencyIds = new LinkedHashSet<>();
  private final List<Person> people = new ArrayList<>();
  private final List<Tie> ties = new ArrayList<>();
  private final List<Event> events = new ArrayList<>();

  static Net net() {
    return new Net();
  }

  static LocalDate date(String s) {
    return s == null || s.isBlank() ? null : LocalDate.parse(s.strip());
  }

  Net agency(String id) {
    agencyIds.add(id);
    return this;
  }

  Net child(String... ids) {
    for (String id : ids) {
      people.add(new Person(id, PersonKind.CHILD, "Child " + id, null, null, null, Map.of()));
    }
    return this;
  }

  Net family(String... ids) {
    for (String id : ids) {
      people.add(new Person(id, PersonKind.FAMILY, "Family " + id, null, null, null, Map.of()));
    }
    return this;
  }

  Net carer(String... ids) {
    for (String id : ids) {
      people.add(new Person(id, PersonKind.CARER, "Carer " + id, null, null, null, Map.of()));
    }
    return this;
  }

  Net pro(String id, String agency) {
    agency(agency);
    people.add(new Person(id, PersonKind.PROFESSIONAL, "Pro " + id, null, agency, null, Map.of()));
    return this;
  }

  Net sibling(String a, String b, String start, String end) {
    ties.add(
        new Tie(
            TieType.SIBLING, a, b, date(start), date(end), null, null, null, Map.of(), List.of()));
    return this;
  }

  Net sibling(String a, String b) {
    return sibling(a, b, null, null);
  }

  Net parent(String p, String c, boolean pr, String start, String end) {
    ties.add(
        new Tie(TieType.PARENT, p, c, date(start), date(end), pr, null, null, Map.of(), List.of()));
    return this;
  }

  Net placed(String c, String home, LegalBasis basis, String start, String end) {
    ties.add(
        new Tie(
            TieType.PLACED_WITH,
            c,
            home,
            date(start),
            date(end),
            null,
            basis,
            null,
            Map.of(),
            List.of()));
    return this;
  }

  Net placed(String c, String home, LegalBasis basis) {
    return placed(c, home, basis, null, null);
  }

  Net involved(String p, String c, boolean lead, String start, String end) {
    ties.add(
        new Tie(
            TieType.INVOLVED, p, c, date(start), date(end), null, null, lead, Map.of(), List.of()));
    return this;
  }

  Net involved(String p, String c) {
    return involved(p, c, false, null, null);
  }

  Net event(
      String id,
      String date,
      EventType type,
      String child,
      String agency,
      String recordedBy,
      List<String> participants,
      MeetingSubtype subtype,
      String value,
      RequestedBy requestedBy,
      Boolean seenAlone) {
    agency(agency);
    events.add(
        new Event(
            id,
            date(date),
            type,
            child,
            agency,
            recordedBy,
            participants,
            subtype,
            value,
            requestedBy,
            seenAlone,
            null,
            Map.of(),
            List.of()));
    return this;
  }

  Net contact(String id, String date, String child, RequestedBy by, String... participants) {
    return event(
        id,
        date,
        EventType.CONTACT,
        child,
        "ag-sc",
        null,
        List.of(participants),
        null,
        null,
        by,
        null);
  }

  Net request(String id, String date, String child, String... participants) {
    return event(
        id,
        date,
        EventType.REQUEST,
        child,
        "ag-sc",
        null,
        List.of(participants),
        null,
        null,
        null,
        null);
  }

  Net meeting(
      String id,
      String date,
      String child,
      String agency,
      MeetingSubtype subtype,
      String recordedBy,
      String... participants) {
    return event(
        id,
        date,
        EventType.MEETING,
        child,
        agency,
        recordedBy,
        List.of(participants),
        subtype,
        null,
        null,
        null);
  }

  Net shared(String id, String date, String child, String recordedBy, String... participants) {
    return event(
        id,
        date,
        EventType.INFORMATION_SHARED,
        child,
        "ag-sc",
        recordedBy,
        List.of(participants),
        null,
        null,
        null,
        null);
  }

  Net assessment(String id, String date, String child, String agency, String... participants) {
    return event(
        id,
        date,
        EventType.ASSESSMENT,
        child,
        agency,
        null,
        List.of(participants),
        null,
        null,
        null,
        null);
  }

  Net decision(String id, String date, String child, String... participants) {
    return event(
        id,
        date,
        EventType.DECISION,
        child,
        "ag-sc",
        null,
        List.of(participants),
        null,
        "decided",
        null,
        null);
  }

  Net visit(String id, String date, String child, boolean alone) {
    return event(
        id, date, EventType.VISIT, child, "ag-sc", null, List.of(), null, null, null, alone);
  }

  Net ethnicity(String id, String date, String child, String agency, String value) {
    return event(
        id,
        date,
        EventType.ETHNICITY_RECORDED,
        child,
        agency,
        null,
        List.of(),
        null,
        value,
        null,
        null);
  }

  Net risk(String id, String date, String child, String agency, String category) {
    return event(
        id, date, EventType.RISK, child, agency, null, List.of(), null, category, null, null);
  }

  Net changed(String id, String date, String child) {
    return event(
        id,
        date,
        EventType.CIRCUMSTANCES_CHANGED,
        child,
        "ag-sc",
        null,
        List.of(),
        null,
        null,
        null,
        null);
  }

  Net plain(String id, String date, EventType type, String child, String agency, String by) {
    return event(id, date, type, child, agency, by, List.of(), null, null, null, null);
  }

  Bundle bundle() {
    List<Agency> agencies = new ArrayList<>();
    for (String a : agencyIds) {
      agencies.add(new Agency(a, "Agency " + a, Sector.OTHER, Map.of()));
    }
    return new Bundle(agencies, people, ties, events);
  }

  static List<String> ids(String... ids) {
    return Arrays.asList(ids);
  }
}
