package org.sgnet.query;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.sgnet.SharedStore;
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
import org.sgnet.store.BundleImporter;
import org.sgnet.store.ImportProgress;
import org.sgnet.store.Store;

/**
 * A small hand-made network whose query answers are worked out by hand (as of {@link #AS_OF},
 * period {@link #FROM} to {@link #AS_OF}).
 *
 * <p>Children c1..c4; c1 and c2 are siblings (c1 placed under S20 with foster carer fc1 since
 * 2023-06-01, before that at home with mum; c2 at home with mum), c3 and c4 are siblings both
 * placed with fc1. Active involvement on 2024-03-01: c1 sw1 (sc), pc1 (police), t1 (school), cm1
 * (camhs), no lead; c2 sw1 (lead), t1; c3 cm1, pc1, t1 (sw2 ended 2023-12-31); c4 sw2 (lead).
 */
final class QueryNetwork {

  static final LocalDate AS_OF = LocalDate.of(2024, 3, 1);
  static final LocalDate FROM = LocalDate.of(2024, 1, 1);

  private QueryNetwork() {}

  /** Clears the shared store and loads the network. */
  static Store load() {
    Store store = SharedStore.clear();
    new BundleImporter(store, 100).importBundle(bundle(), ImportProgress.NONE);
    return store;
  }

  static Bundle bundle() {
    return new Bundle(
        List.of(
            agency("sc", Sector.SOCIAL_CARE),
            agency("police", Sector.POLICE),
            agency("school", Sector.EDUCATION),
            agency("camhs", Sector.MENTAL_HEALTH)),
        List.of(
            person("c1", PersonKind.CHILD, LocalDate.of(2010, 1, 2), null),
            person("c2", PersonKind.CHILD, null, null),
            person("c3", PersonKind.CHILD, null, null),
            person("c4", PersonKind.CHILD, null, null),
            person("mum", PersonKind.FAMILY, null, null),
            person("dad", PersonKind.FAMILY, null, null),
            person("partner", PersonKind.FAMILY, null, null),
            person("fc1", PersonKind.CARER, null, null),
            person("sw1", PersonKind.PROFESSIONAL, null, "sc"),
            person("sw2", PersonKind.PROFESSIONAL, null, "sc"),
            person("pc1", PersonKind.PROFESSIONAL, null, "police"),
            person("t1", PersonKind.PROFESSIONAL, null, "school"),
            person("cm1", PersonKind.PROFESSIONAL, null, "camhs")),
        List.of(
            tie(TieType.SIBLING, "c1", "c2", null, null, null, null, null),
            tie(TieType.SIBLING, "c4", "c3", null, null, null, null, null),
            tie(TieType.PARENT, "mum", "c1", null, null, true, null, null),
            tie(TieType.PARENT, "dad", "c1", null, null, true, null, null),
            tie(TieType.PARENT, "partner", "c1", null, null, false, null, null),
            tie(TieType.PARENT, "mum", "c2", null, null, true, null, null),
            tie(
                TieType.PLACED_WITH,
                "c1",
                "mum",
                date("2020-01-01"),
                date("2023-05-31"),
                null,
                LegalBasis.HOME,
                null),
            tie(
                TieType.PLACED_WITH,
                "c1",
                "fc1",
                date("2023-06-01"),
                null,
                null,
                LegalBasis.S20_VOLUNTARY,
                null),
            tie(TieType.PLACED_WITH, "c2", "mum", null, null, null, LegalBasis.HOME, null),
            tie(
                TieType.PLACED_WITH,
                "c3",
                "fc1",
                date("2023-01-01"),
                null,
                null,
                LegalBasis.CARE_ORDER,
                null),
            tie(
                TieType.PLACED_WITH,
                "c4",
                "fc1",
                date("2023-01-01"),
                null,
                null,
                LegalBasis.CARE_ORDER,
                null),
            involved("sw1", "c1", false, null, null),
            involved("pc1", "c1", false, null, null),
            involved("t1", "c1", false, null, null),
            involved("cm1", "c1", false, null, null),
            involved("sw1", "c2", true, null, null),
            involved("t1", "c2", false, null, null),
            involved("sw2", "c3", false, null, date("2023-12-31")),
            involved("cm1", "c3", false, null, null),
            involved("pc1", "c3", false, null, null),
            involved("t1", "c3", false, null, null),
            involved("sw2", "c4", true, date("2024-01-01"), null)),
        List.of(
            event("e01", "2024-01-05", EventType.RISK, "c1", "police", "pc1", List.of(), "MISSING"),
            event(
                "e02", "2024-01-10", EventType.RISK, "c1", "camhs", "cm1", List.of(), "SELF_HARM"),
            event("e03", "2024-01-12", EventType.RISK, "c1", "police", "pc1", List.of(), "CSE"),
            event(
                "e04",
                "2024-01-20",
                EventType.INFORMATION_SHARED,
                "c1",
                "police",
                "pc1",
                List.of("sw1"),
                null),
            meeting(
                "e05",
                "2024-02-01",
                MeetingSubtype.CORE_GROUP,
                "c1",
                "sw1",
                List.of("mum", "t1", "c1")),
            new Event(
                "e06",
                date("2024-02-10"),
                EventType.CONTACT,
                "c1",
                "sc",
                "sw1",
                List.of("c2"),
                null,
                null,
                RequestedBy.CHILD,
                null,
                "Contact at the family centre.",
                Map.of(),
                List.of()),
            new Event(
                "e07",
                date("2024-02-15"),
                EventType.VISIT,
                "c1",
                "sc",
                "sw1",
                List.of(),
                null,
                null,
                null,
                false,
                null,
                Map.of(),
                List.of()),
            meeting(
                "e08",
                "2023-08-10",
                MeetingSubtype.LOOKED_AFTER_REVIEW,
                "c1",
                "sw1",
                List.of("mum", "dad")),
            event(
                "e09",
                "2024-01-08",
                EventType.ETHNICITY_RECORDED,
                "c1",
                "police",
                "pc1",
                List.of(),
                "White British"),
            event(
                "e10",
                "2024-01-15",
                EventType.ETHNICITY_RECORDED,
                "c1",
                "sc",
                "sw1",
                List.of(),
                "Mixed White and Black Caribbean"),
            event(
                "e11",
                "2024-02-20",
                EventType.ETHNICITY_RECORDED,
                "c1",
                "school",
                "t1",
                List.of(),
                "White British"),
            event(
                "e12", "2024-02-05", EventType.RISK, "c3", "camhs", "cm1", List.of(), "SELF_HARM"),
            event(
                "e13", "2024-02-06", EventType.RISK, "c3", "camhs", "cm1", List.of(), "SELF_HARM"),
            event(
                "e14",
                "2024-02-25",
                EventType.INFORMATION_SHARED,
                "c3",
                "camhs",
                "cm1",
                List.of("pc1"),
                null),
            event("e15", "2023-11-01", EventType.RISK, "c2", "school", "t1", List.of(), "NEGLECT"),
            new Event(
                "e16",
                date("2024-02-12"),
                EventType.CONTACT,
                "c2",
                "sc",
                "sw1",
                List.of("c1"),
                null,
                null,
                RequestedBy.SERVICE,
                null,
                null,
                Map.of(),
                List.of()),
            event(
                "e17",
                "2023-12-01",
                EventType.DECISION,
                "c2",
                "sc",
                "sw1",
                List.of("mum"),
                "Stay")));
  }

  private static LocalDate date(String iso) {
    return LocalDate.parse(iso);
  }

  private static Agency agency(String id, Sector sector) {
    return new Agency(id, "Agency " + id, sector, Map.of());
  }

  private static Person person(String id, PersonKind kind, LocalDate born, String agencyId) {
    return new Person(id, kind, "Name of " + id, born, agencyId, null, Map.of());
  }

  private static Tie tie(
      TieType type,
      String from,
      String to,
      LocalDate start,
      LocalDate end,
      Boolean pr,
      LegalBasis basis,
      Boolean lead) {
    return new Tie(type, from, to, start, end, pr, basis, lead, Map.of(), List.of());
  }

  private static Tie involved(
      String professional, String child, boolean lead, LocalDate start, LocalDate end) {
    return tie(TieType.INVOLVED, professional, child, start, end, null, null, lead);
  }

  private static Event event(
      String id,
      String date,
      EventType type,
      String child,
      String agency,
      String by,
      List<String> participants,
      String value) {
    return new Event(
        id,
        date(date),
        type,
        child,
        agency,
        by,
        participants,
        null,
        value,
        null,
        null,
        null,
        Map.of(),
        List.of());
  }

  private static Event meeting(
      String id,
      String date,
      MeetingSubtype subtype,
      String child,
      String by,
      List<String> participants) {
    return new Event(
        id,
        date(date),
        EventType.MEETING,
        child,
        "sc",
        by,
        participants,
        subtype,
        null,
        null,
        null,
        null,
        Map.of(),
        List.of());
  }
}
