package org.sgnet.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
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

/**
 * Seeded random valid networks, small and dense enough that every rule fires now and then, with
 * dates spread around a base date so that windows, periods and "after D" all come into play.
 */
final class RandomNetworks {

  static final LocalDate BASE = LocalDate.of(2024, 1, 1);

  private static final String[] ETHNICITIES = {
    "White British",
    "white  british",
    " White\tBritish ",
    "Black British",
    "Mixed",
    "MIXED",
    "White\u00a0British"
  };

  private RandomNetworks() {}

  /**
   * A network of {@code children} children (and a proportionate number of everyone else), every id
   * starting with {@code prefix}.
   */
  static Bundle network(Random r, String prefix, int children, int events) {
    int agencyCount = 2 + r.nextInt(4);
    List<Agency> agencies = new ArrayList<>();
    for (int i = 0; i < agencyCount; i++) {
      agencies.add(new Agency(prefix + "ag" + i, "Agency " + i, Sector.OTHER, Map.of()));
    }
    List<Person> people = new ArrayList<>();
    List<String> kids = new ArrayList<>();
    List<String> family = new ArrayList<>();
    List<String> homes = new ArrayList<>();
    List<String> pros = new ArrayList<>();
    for (int i = 0; i < children; i++) {
      kids.add(prefix + "c" + i);
      people.add(
          new Person(prefix + "c" + i, PersonKind.CHILD, "Child " + i, null, null, null, Map.of()));
    }
    for (int i = 0; i < 1 + children / 2; i++) {
      family.add(prefix + "f" + i);
      homes.add(prefix + "f" + i);
      people.add(
          new Person(
              prefix + "f" + i, PersonKind.FAMILY, "Parent " + i, null, null, null, Map.of()));
    }
    for (int i = 0; i < 1 + children / 3; i++) {
      homes.add(prefix + "h" + i);
      people.add(
          new Person(prefix + "h" + i, PersonKind.CARER, "Carer " + i, null, null, null, Map.of()));
    }
    int proCount = children + 1;
    for (int i = 0; i < proCount; i++) {
      pros.add(prefix + "p" + i);
      people.add(
          new Person(
              prefix + "p" + i,
              PersonKind.PROFESSIONAL,
              "Worker " + i,
              null,
              prefix + "ag" + r.nextInt(agencyCount),
              null,
              Map.of()));
    }
    List<String> everyone = people.stream().map(Person::id).toList();

    List<Tie> ties = new ArrayList<>();
    Set<String> keys = new HashSet<>();
    for (int i = 0; i < kids.size(); i++) {
      for (int j = i + 1; j < kids.size(); j++) {
        if (r.nextInt(3) == 0) {
          boolean flip = r.nextBoolean();
          String a = flip ? kids.get(j) : kids.get(i);
          String b = flip ? kids.get(i) : kids.get(j);
          add(ties, keys, r, TieType.SIBLING, a, b, null, null, null, kids.get(i) + kids.get(j));
        }
      }
    }
    LegalBasis[] bases = {
      LegalBasis.HOME,
      LegalBasis.S20_VOLUNTARY,
      LegalBasis.CARE_ORDER,
      LegalBasis.PRIVATE_FOSTERING,
      LegalBasis.KINSHIP
    };
    for (String c : kids) {
      for (int k = r.nextInt(3); k > 0; k--) {
        add(
            ties,
            keys,
            r,
            TieType.PLACED_WITH,
            c,
            pick(r, homes),
            null,
            bases[r.nextInt(bases.length)],
            null,
            null);
      }
      for (int k = r.nextInt(3); k > 0; k--) {
        add(ties, keys, r, TieType.PARENT, pick(r, family), c, r.nextBoolean(), null, null, null);
      }
      for (int k = r.nextInt(4); k > 0; k--) {
        add(ties, keys, r, TieType.INVOLVED, pick(r, pros), c, null, null, r.nextInt(6) == 0, null);
      }
    }

    List<Event> list = new ArrayList<>();
    EventType[] types = EventType.values();
    RequestedBy[] by = {null, RequestedBy.CHILD, RequestedBy.FAMILY, RequestedBy.SERVICE};
    String[] risks = {"CSE", "MISSING", "NEGLECT"};
    for (int i = 0; i < events; i++) {
      EventType type = types[r.nextInt(types.length)];
      String subject = pick(r, kids);
      LocalDate date = BASE.plusDays(r.nextInt(200) - 160);
      Set<String> participants = new LinkedHashSet<>();
      int n =
          switch (type) {
            case CONTACT, REQUEST -> 1 + r.nextInt(2);
            case MEETING, INFORMATION_SHARED, ASSESSMENT -> r.nextInt(5);
            case DECISION -> r.nextInt(2);
            default -> 0;
          };
      for (int k = 0; k < n; k++) {
        List<String> pool =
            switch (type) {
              case CONTACT, REQUEST, DECISION -> r.nextBoolean() ? kids : family;
              case MEETING, ASSESSMENT -> r.nextInt(3) == 0 ? family : pros;
              default -> r.nextInt(5) == 0 ? everyone : pros;
            };
        participants.add(pick(r, pool));
      }
      String value =
          switch (type) {
            case ETHNICITY_RECORDED -> ETHNICITIES[r.nextInt(ETHNICITIES.length)];
            case RISK -> risks[r.nextInt(risks.length)];
            case DECISION -> "decision " + i;
            default -> null;
          };
      list.add(
          new Event(
              prefix + String.format("e%03d", r.nextInt(1000)) + "-" + i,
              date,
              type,
              subject,
              prefix + "ag" + r.nextInt(agencyCount),
              r.nextInt(3) == 0 ? null : pick(r, pros),
              List.copyOf(participants),
              type == EventType.MEETING
                  ? MeetingSubtype.values()[r.nextInt(MeetingSubtype.values().length)]
                  : null,
              value,
              type == EventType.CONTACT ? by[r.nextInt(by.length)] : null,
              type == EventType.VISIT ? r.nextInt(3) == 0 : null,
              null,
              Map.of(),
              List.of()));
    }
    return new Bundle(agencies, people, ties, list);
  }

  /**
   * Several independent networks side by side in one bundle (ids prefixed {@code n0-}, {@code n1-},
   * …): they share no person and no agency, so the findings of the whole are the findings of each,
   * and one import serves them all.
   */
  static Bundle networks(Random r, int count) {
    List<Agency> agencies = new ArrayList<>();
    List<Person> people = new ArrayList<>();
    List<Tie> ties = new ArrayList<>();
    List<Event> events = new ArrayList<>();
    // Networks of 3 to 8 children with 15 to 60 events, in a random order but always the same
    // totals: Neo4j replans a query when the store's statistics move a lot, and planning these
    // statements costs far more than running them on a small network.
    List<int[]> sizes =
        new ArrayList<>(
            List.of(
                new int[] {3, 15},
                new int[] {5, 30},
                new int[] {6, 45},
                new int[] {8, 60},
                new int[] {4, 50}));
    java.util.Collections.shuffle(sizes, r);
    for (int i = 0; i < count; i++) {
      int[] size = sizes.get(i % sizes.size());
      Bundle b = network(r, "n" + i + "-", size[0], size[1]);
      agencies.addAll(b.agencies());
      people.addAll(b.people());
      ties.addAll(b.ties());
      events.addAll(b.events());
    }
    return new Bundle(agencies, people, ties, events);
  }

  /** Random options around the base date, with every threshold varied. */
  static RuleOptions options(Random r, List<String> children) {
    RuleOptions.Builder b =
        RuleOptions.builder()
            .asOf(r.nextInt(6) == 0 ? null : BASE.plusDays(r.nextInt(60) - 45))
            .windowDays(new int[] {1, 7, 30, 60, 90, 365}[r.nextInt(6)])
            .overloadProfessionals(1 + r.nextInt(5))
            .overloadAgencies(1 + r.nextInt(4))
            .spocAgencies(1 + r.nextInt(4))
            .siloSharedChildren(1 + r.nextInt(3))
            .requestResponseDays(r.nextInt(40))
            .reassessmentDays(r.nextInt(60));
    if (r.nextInt(8) == 0) {
      b.childId(pick(r, children));
    }
    return b.build();
  }

  private static void add(
      List<Tie> ties,
      Set<String> keys,
      Random r,
      TieType type,
      String from,
      String to,
      Boolean pr,
      LegalBasis basis,
      Boolean lead,
      String pairKey) {
    LocalDate start = r.nextInt(3) == 0 ? null : BASE.plusDays(r.nextInt(200) - 170);
    LocalDate end =
        r.nextInt(2) == 0
            ? null
            : (start == null ? BASE.plusDays(r.nextInt(100) - 60) : start.plusDays(r.nextInt(150)));
    // The store identifies a tie by its type, its ends (a sibling pair either way round) and its
    // start: skip a random duplicate rather than have two rows merge into one.
    String key = type + "|" + (pairKey != null ? pairKey : from + ">" + to) + "|" + start;
    if (keys.add(key)) {
      ties.add(new Tie(type, from, to, start, end, pr, basis, lead, Map.of(), List.of()));
    }
  }

  private static String pick(Random r, List<String> from) {
    return from.get(r.nextInt(from.size()));
  }
}
