package org.sgnet.generate;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import org.sgnet.bundle.EventType;
import org.sgnet.bundle.LegalBasis;
import org.sgnet.bundle.MeetingSubtype;
import org.sgnet.bundle.RequestedBy;
import org.sgnet.bundle.RiskCategory;
import org.sgnet.bundle.Sector;
import org.sgnet.generate.Authority.Pro;

/**
 * Generates one family at a time (children, parents, carers, placements, the professionals around
 * them and every child's chronology) and writes it out before the next is started.
 *
 * <p>The probabilities are chosen so that each rule of the catalogue finds something in some
 * children and nothing in others: a scenario that makes a rule fire (siblings apart without
 * contact, a request nobody answered, risks nobody met about) is drawn alongside the one that keeps
 * it quiet, and the last 90 days before the end date, the rules' default window, get their own
 * share of events.
 */
final class Families {

  /** A start date that is absent: the tie held since before the data. */
  static final int NONE = Integer.MIN_VALUE;

  /** An end date that is absent: the tie still holds. */
  static final int OPEN = Integer.MAX_VALUE;

  private static final int WINDOW_DAYS = 90;

  private final SplittableRandom rnd;
  private final Text text;
  private final CsvRows people;
  private final CsvRows ties;
  private final CsvRows events;
  private final int dataStart;
  private final int end;
  private final int windowStart;
  private final int schoolYearStart;
  private final double eventsPerChild;
  private long eventSeq;
  private int carerSeq;
  private boolean endCovered;

  // The family being generated.
  private Authority la;
  private String family;
  private String mother;
  private String father;
  private String partner;
  private String grandmother;
  private String aunt;
  private String home;

  Families(
      SplittableRandom rnd,
      Text text,
      CsvRows people,
      CsvRows ties,
      CsvRows events,
      int dataStart,
      int end,
      double eventsPerChild) {
    this.rnd = rnd;
    this.text = text;
    this.people = people;
    this.ties = ties;
    this.events = events;
    this.dataStart = dataStart;
    this.end = end;
    this.windowStart = end - WINDOW_DAYS + 1;
    java.time.LocalDate last = java.time.LocalDate.ofEpochDay(end);
    java.time.LocalDate september = java.time.LocalDate.of(last.getYear(), 9, 1);
    this.schoolYearStart =
        (int) (september.isAfter(last) ? september.minusYears(1) : september).toEpochDay();
    this.eventsPerChild = eventsPerChild;
  }

  /** A child being generated. */
  private static final class Kid {
    final String id;
    final int birth;
    final int age;
    final List<Inv> involved = new ArrayList<>();
    final List<Place> placements = new ArrayList<>();
    final List<Pro> sideline = new ArrayList<>();
    final List<String> parentsWithPr = new ArrayList<>();
    final List<Ev> events = new ArrayList<>();
    int openFrom;
    int openTo;
    boolean closed;

    Kid(String id, int birth, int age) {
      this.id = id;
      this.birth = birth;
      this.age = age;
    }

    List<Pro> activeOn(int day) {
      List<Pro> active = new ArrayList<>();
      for (Inv i : involved) {
        if (i.start <= day && day <= i.end && !active.contains(i.pro)) {
          active.add(i.pro);
        }
      }
      return active;
    }

    Pro socialWorkerOn(int day) {
      for (Inv i : involved) {
        if (i.start <= day && day <= i.end && i.pro.role().equals("Social Worker")) {
          return i.pro;
        }
      }
      return involved.get(0).pro;
    }

    List<Place> placementsOn(int day) {
      List<Place> active = new ArrayList<>();
      for (Place p : placements) {
        if (p.start <= day && day <= p.end) {
          active.add(p);
        }
      }
      return active;
    }
  }

  /** An INVOLVED tie. */
  private record Inv(Pro pro, int start, int end, boolean lead) {}

  /** A PLACED_WITH tie. */
  private record Place(String to, LegalBasis basis, int start, int end) {}

  /** An events.csv row before it has its id: a child's events are sorted by date first. */
  private static final class Ev {
    final int date;
    final EventType type;
    final int seq;
    Pro by;
    String agency;
    List<String> participants = List.of();
    MeetingSubtype subtype;
    String value;
    RequestedBy requestedBy;
    Boolean seenAlone;
    String summary;

    Ev(int date, EventType type, int seq) {
      this.date = date;
      this.type = type;
      this.seq = seq;
    }
  }

  /** Generates and writes one family of {@code count} children numbered from {@code firstChild}. */
  void generate(Authority authority, int familyNo, int firstChild, int count) throws IOException {
    la = authority;
    family = "f" + familyNo;
    mother = father = partner = grandmother = aunt = null;

    Kid[] kids = new Kid[count];
    int age = rnd.nextInt(count - 1, 18);
    for (int i = 0; i < count; i++) {
      int birth = end - age * 365 - rnd.nextInt(365);
      kids[i] = new Kid("c" + (firstChild + i), birth, age);
      people
          .cell(kids[i].id)
          .cell("CHILD")
          .cell("Child " + (firstChild + i))
          .cell(text.date(birth))
          .cell(null)
          .cell(i == 0 ? "Child" : "Sibling")
          .end();
      age = Math.max(0, age - rnd.nextInt(1, 4));
    }
    writeParents(kids);
    LegalBasis basis = place(kids);
    involve(kids, basis);
    siblings(kids);
    for (Kid kid : kids) {
      chronology(kid, kids, basis);
      write(kid);
    }
  }

  private void writeParents(Kid[] kids) throws IOException {
    int eldest = kids[0].birth;
    boolean hasMother = chance(0.93);
    mother = hasMother ? familyMember("m", "Mother", eldest - years(17, 38)) : null;
    father = !hasMother || chance(0.6) ? familyMember("f", "Father", eldest - years(18, 45)) : null;
    if (hasMother && chance(0.12)) {
      partner = family + "-p";
      people
          .cell(partner)
          .cell("OTHER")
          .cell("Partner " + family.toUpperCase(java.util.Locale.ROOT))
          .cell(null)
          .cell(null)
          .cell("Mother's partner")
          .end();
    }
    home = mother != null ? mother : father;
    boolean fatherPr = chance(0.7);
    int fatherSince = chance(0.1) ? day(kids[0].birth, end) : NONE;
    for (Kid kid : kids) {
      if (mother != null) {
        boolean pr = chance(0.97);
        tie("PARENT", mother, kid.id, NONE, OPEN, pr ? "true" : "false", null, null);
        if (pr) {
          kid.parentsWithPr.add(mother);
        }
      }
      if (father != null) {
        int since = fatherSince == NONE ? NONE : Math.max(fatherSince, kid.birth);
        tie("PARENT", father, kid.id, since, OPEN, fatherPr ? "true" : "false", null, null);
        if (fatherPr) {
          kid.parentsWithPr.add(father);
        }
      }
    }
  }

  private String familyMember(String suffix, String role, int birth) throws IOException {
    String id = family + "-" + suffix;
    people
        .cell(id)
        .cell("FAMILY")
        .cell(role + " " + family.toUpperCase(java.util.Locale.ROOT))
        .cell(text.date(birth))
        .cell(null)
        .cell(role)
        .end();
    return id;
  }

  /** Places every child and returns the family's legal basis, or null when all live at home. */
  private LegalBasis place(Kid[] kids) throws IOException {
    LegalBasis basis = null;
    if (chance(0.36)) {
      basis =
          pickBasis(
              new LegalBasis[] {
                LegalBasis.S20_VOLUNTARY,
                LegalBasis.CARE_ORDER,
                LegalBasis.INTERIM_CARE_ORDER,
                LegalBasis.KINSHIP,
                LegalBasis.RESIDENTIAL,
                LegalBasis.PRIVATE_FOSTERING
              },
              new int[] {30, 28, 14, 16, 6, 6});
    }
    int caseStart = chance(0.5) ? dataStart - rnd.nextInt(30, 1500) : day(dataStart, end - 90);
    int entry = day(Math.max(caseStart, dataStart - 700), end - 20);
    boolean split = basis != null && kids.length > 1 && chance(0.4);
    String[] groupCarer = new String[kids.length];
    LegalBasis[] groupBasis = new LegalBasis[kids.length];
    for (int i = 0; i < kids.length; i++) {
      Kid kid = kids[i];
      kid.openFrom = Math.max(Math.max(caseStart, dataStart), kid.birth);
      if (basis == null) {
        placeAtHome(kid, caseStart);
        continue;
      }
      LegalBasis own;
      int group;
      if (basis == LegalBasis.PRIVATE_FOSTERING) {
        // A private arrangement concerns one child; brothers and sisters stay at home.
        if (i > 0 || kid.age < 6) {
          placeAtHome(kid, caseStart);
          continue;
        }
        own = basis;
        group = 0;
      } else if (i > 0 && split && chance(0.5)) {
        group = i;
        own = chance(0.4) ? alternative(basis, kid.age) : basis;
      } else {
        group = 0;
        own = basis;
      }
      if (own == LegalBasis.RESIDENTIAL && kid.age < 11) {
        own = LegalBasis.CARE_ORDER;
      }
      if (groupCarer[group] == null || groupBasis[group] != own) {
        groupCarer[group] = carerFor(own);
        groupBasis[group] = own;
      }
      String carer = groupCarer[group];
      int start = Math.max(entry, kid.birth);
      if (kid.birth < entry) {
        kid.placements.add(new Place(home, LegalBasis.HOME, NONE, entry - 1));
      }
      if (own == LegalBasis.INTERIM_CARE_ORDER) {
        int until = start + rnd.nextInt(60, 300);
        if (until < end - 1 && chance(0.7)) {
          kid.placements.add(new Place(carer, own, start, until));
          kid.placements.add(new Place(carer, LegalBasis.CARE_ORDER, until + 1, OPEN));
        } else {
          kid.placements.add(new Place(carer, own, start, OPEN));
        }
      } else if (start + 60 < end - 10 && chance(0.15)) {
        // The placement broke down: the child moved on, on the same legal basis, alone.
        int moved = day(start + 30, end - 10);
        kid.placements.add(new Place(carer, own, start, moved));
        kid.placements.add(new Place(carerFor(own), own, moved + 1, OPEN));
      } else {
        kid.placements.add(new Place(carer, own, start, OPEN));
      }
    }
    for (Kid kid : kids) {
      for (Place p : kid.placements) {
        tie("PLACED_WITH", kid.id, p.to, p.start, p.end, null, p.basis.name(), null);
      }
    }
    return basis;
  }

  private void placeAtHome(Kid kid, int caseStart) throws IOException {
    if (chance(0.03)) {
      return; // nobody recorded where the child lives
    }
    int from = Math.max(Math.max(caseStart, dataStart), kid.birth);
    if (chance(0.08) && from + 150 < end - 30) {
      // Accommodated for a while, then home again.
      int left = day(from, end - 150);
      int back = day(left + 20, Math.min(left + 300, end - 30));
      kid.placements.add(new Place(home, LegalBasis.HOME, NONE, left - 1));
      kid.placements.add(
          new Place(carerFor(LegalBasis.S20_VOLUNTARY), LegalBasis.S20_VOLUNTARY, left, back));
      kid.placements.add(new Place(home, LegalBasis.HOME, back + 1, OPEN));
    } else {
      kid.placements.add(new Place(home, LegalBasis.HOME, NONE, OPEN));
    }
  }

  private LegalBasis alternative(LegalBasis basis, int age) {
    LegalBasis[] options = {
      LegalBasis.KINSHIP, LegalBasis.CARE_ORDER, LegalBasis.S20_VOLUNTARY, LegalBasis.RESIDENTIAL
    };
    LegalBasis pick = options[rnd.nextInt(options.length)];
    if (pick == basis) {
      pick = LegalBasis.KINSHIP == basis ? LegalBasis.CARE_ORDER : LegalBasis.KINSHIP;
    }
    return pick == LegalBasis.RESIDENTIAL && age < 11 ? LegalBasis.KINSHIP : pick;
  }

  private String carerFor(LegalBasis basis) throws IOException {
    switch (basis) {
      case HOME:
        return home;
      case KINSHIP:
        if (grandmother == null) {
          grandmother = familyMember("gm", "Grandmother", end - years(50, 75));
          return grandmother;
        }
        if (aunt == null) {
          aunt = familyMember("aunt", "Aunt", end - years(25, 50));
          return aunt;
        }
        return grandmother;
      case RESIDENTIAL:
        return la.residentialHomes.take(1, rnd).id();
      case PRIVATE_FOSTERING:
        return carer("pf", "Private Foster Carer");
      default:
        return carer("fc", "Foster Carer");
    }
  }

  private String carer(String prefix, String role) throws IOException {
    int n = ++carerSeq;
    String id = prefix + n;
    people.cell(id).cell("CARER").cell(role + " " + n).cell(null).cell(null).cell(role).end();
    return id;
  }

  /** Gives every child the professionals around them, with caseloads drawn from the pools. */
  private void involve(Kid[] kids, LegalBasis basis) throws IOException {
    boolean closed = basis == null && chance(0.08);
    Pro sw = closed ? null : la.socialWorkers.take(kids.length, rnd);
    int school = rnd.nextInt(la.schools.length);
    Pro housing = chance(0.1) ? la.housingOfficers.take(kids.length, rnd) : null;
    Pro probation = chance(0.07) ? la.offenderManagers.take(kids.length, rnd) : null;
    Pro project = null;
    if (chance(0.25)) {
      int p = rnd.nextInt(la.projects.length);
      project = la.projectWorkers[p].take(kids.length, rnd);
    }
    for (Kid kid : kids) {
      int from = kid.openFrom;
      int since = from <= dataStart && chance(0.5) ? NONE : from;
      if (closed && from + 60 < end - 120) {
        kid.closed = true;
        kid.openTo = day(from + 60, end - 120);
        involved(kid, la.socialWorkers.any(rnd), since, kid.openTo, chance(0.6));
      } else {
        kid.openTo = end;
        Pro current = sw != null ? sw : la.socialWorkers.take(1, rnd);
        if (chance(0.25) && from + 60 < end - 60) {
          int change = day(from + 30, end - 30);
          Pro previous = la.socialWorkers.any(rnd);
          if (!previous.equals(current)) {
            involved(kid, previous, since, change - 1, chance(0.6));
            since = change;
          }
        }
        involved(kid, current, since, OPEN, chance(0.6));
      }
      List<Place> now = kid.placementsOn(end);
      LegalBasis current = now.isEmpty() ? null : now.get(0).basis;
      Place care = null;
      for (Place p : kid.placements) {
        if (p.basis != LegalBasis.HOME && p.basis != LegalBasis.PRIVATE_FOSTERING) {
          care = care == null ? p : care;
        }
      }
      if (current != null
          && current != LegalBasis.HOME
          && current != LegalBasis.PRIVATE_FOSTERING
          && care != null) {
        involved(kid, la.reviewingOfficers.take(1, rnd), care.start, OPEN, false);
      }
      for (Place p : kid.placements) {
        if (p.basis == LegalBasis.INTERIM_CARE_ORDER) {
          // The children's guardian stays for the proceedings, until the care order is made.
          involved(
              kid, la.guardians.take(1, rnd), p.start, p.end == OPEN ? OPEN : p.end + 1, false);
        }
      }
      if (kid.age >= 5 && kid.age <= 16) {
        Pro dsl = la.safeguardingLeads[school].take(1, rnd);
        boolean dslLead = chance(0.05);
        involved(kid, dsl, NONE, OPEN, dslLead);
        if (chance(0.85)) {
          involved(kid, la.teachers[school].take(1, rnd), schoolYearStart, OPEN, false);
        }
        if (chance(0.35)) {
          involved(kid, la.schoolNurses.take(1, rnd), NONE, OPEN, false);
        }
      } else if (kid.age < 5 && chance(0.7)) {
        involved(kid, la.healthVisitors.take(1, rnd), Math.max(kid.birth, from), OPEN, false);
      }
      if (chance(kid.age >= 12 ? 0.45 : 0.2)) {
        int start = day(from, end - 20);
        int stop = start + 10 < end - 1 && chance(0.3) ? day(start + 10, end - 1) : OPEN;
        involved(kid, la.officers.take(1, rnd), start, stop, false);
      }
      if (kid.age >= 6 && chance(0.18)) {
        involved(kid, la.camhsWorkers.take(1, rnd), day(from, end - 10), OPEN, false);
      }
      if (kid.age >= 10 && chance(0.12)) {
        involved(kid, la.youthWorkers.take(1, rnd), day(from, end - 10), OPEN, false);
      }
      if (project != null && chance(0.8)) {
        involved(kid, project, day(from, end - 10), OPEN, false);
      }
      if (housing != null) {
        involved(kid, housing, from, OPEN, false);
      }
      if (probation != null) {
        // Probation works with a parent: it appears in the child's record, never as INVOLVED.
        kid.sideline.add(probation);
      }
    }
  }

  private void involved(Kid kid, Pro pro, int start, int stop, boolean lead) throws IOException {
    kid.involved.add(new Inv(pro, start == NONE ? Integer.MIN_VALUE + 1 : start, stop, lead));
    String leadCell = lead ? "true" : chance(0.3) ? "false" : null;
    tie("INVOLVED", pro.id(), kid.id, start, stop, null, null, leadCell);
  }

  /** Sibling ties, and the events that concern two siblings: contact, requests, decisions. */
  private void siblings(Kid[] kids) throws IOException {
    for (int i = 0; i < kids.length; i++) {
      for (int j = i + 1; j < kids.length; j++) {
        Kid a = kids[i];
        Kid b = kids[j];
        // One row a pair, either way round: the format says both mean the same tie.
        if (chance(0.5)) {
          tie("SIBLING", a.id, b.id, NONE, OPEN, null, null, null);
        } else {
          tie("SIBLING", b.id, a.id, NONE, OPEN, null, null, null);
        }
        List<Place> pa = a.placementsOn(end);
        List<Place> pb = b.placementsOn(end);
        if (pa.isEmpty() || pb.isEmpty()) {
          continue;
        }
        boolean together = false;
        for (Place x : pa) {
          for (Place y : pb) {
            together |= x.to.equals(y.to);
          }
        }
        Kid first = chance(0.5) ? a : b;
        Kid second = first == a ? b : a;
        if (!together && !first.closed) {
          if (chance(0.5)) {
            Ev contact = event(first, day(windowStart, end), EventType.CONTACT);
            recordedBy(contact, first.socialWorkerOn(contact.date));
            contact.participants = List.of(second.id);
            contact.requestedBy = requestedBy();
            contact.summary = Text.pick(Text.CONTACTS, rnd);
          }
          if (chance(0.3)) {
            Ev request = event(second, day(windowStart, end), EventType.REQUEST);
            recordedBy(request, second.socialWorkerOn(request.date));
            request.participants = List.of(first.id);
            request.summary = Text.pick(Text.REQUESTS, rnd);
          }
        }
        if (!bases(pa).equals(bases(pb)) && chance(0.5)) {
          Ev decision =
              event(
                  first,
                  day(Math.max(first.openFrom, dataStart), first.openTo),
                  EventType.DECISION);
          recordedBy(decision, first.socialWorkerOn(decision.date));
          decision.participants = List.of(second.id);
          decision.value = "Sibling arrangements to continue.";
        }
      }
    }
  }

  private static List<LegalBasis> bases(List<Place> places) {
    List<LegalBasis> bases = new ArrayList<>();
    for (LegalBasis b : LegalBasis.values()) {
      for (Place p : places) {
        if (p.basis == b && !bases.contains(b)) {
          bases.add(b);
        }
      }
    }
    return bases;
  }

  /** Adds the child's own scenarios in the window, ethnicity records and the routine record. */
  private void chronology(Kid kid, Kid[] kids, LegalBasis familyBasis) {
    List<String> siblings = new ArrayList<>();
    for (Kid k : kids) {
      if (k != kid) {
        siblings.add(k.id);
      }
    }
    List<String> family = new ArrayList<>();
    for (String f : new String[] {mother, father, grandmother, aunt, partner}) {
      if (f != null) {
        family.add(f);
      }
    }
    if (!kid.closed) {
      windowScenarios(kid, siblings, family);
    }
    ethnicity(kid);
    int target = (int) Math.round(eventsPerChild * (0.6 + 0.8 * rnd.nextDouble()));
    for (int n = kid.events.size(); n < target; n++) {
      routine(kid, day(kid.openFrom, kid.openTo), siblings, family);
    }
    if (!endCovered && !kid.closed) {
      Ev visit = event(kid, end, EventType.VISIT);
      recordedBy(visit, kid.socialWorkerOn(end));
      visit.seenAlone = true;
      visit.summary = "Routine visit.";
    }
  }

  private void windowScenarios(Kid kid, List<String> siblings, List<String> family) {
    List<Pro> active = kid.activeOn(end);
    Pro sw = kid.socialWorkerOn(end);
    if (chance(0.7)) {
      int visits = rnd.nextInt(1, 4);
      for (int v = 0; v < visits; v++) {
        Ev visit = event(kid, day(windowStart, end), EventType.VISIT);
        recordedBy(visit, chance(0.7) ? sw : any(active));
        visit.seenAlone = chance(0.65);
        visit.summary = Text.pick(Text.VISITS, rnd);
      }
    }
    if (chance(0.18)) {
      List<Pro> raisers = new ArrayList<>();
      int risks = rnd.nextInt(2, 4);
      for (int r = 0; r < risks; r++) {
        Pro by = riskRaiser(active, sw);
        Ev risk = event(kid, day(windowStart, end), EventType.RISK);
        recordedBy(risk, by);
        risk.value = category(by.org().sector());
        risk.summary = Text.pick(Text.RISKS, rnd);
        if (!raisers.contains(by)) {
          raisers.add(by);
        }
      }
      if (chance(0.5)) {
        Ev meeting = event(kid, day(windowStart, end), EventType.MEETING);
        recordedBy(meeting, sw);
        meeting.subtype = chance(0.5) ? MeetingSubtype.STRATEGY : MeetingSubtype.RISK_MANAGEMENT;
        meeting.participants = ids(raisers, sw);
        meeting.summary = Text.pick(Text.MEETINGS, rnd);
      }
    }
    boolean voluntary = false;
    for (Place p : kid.placementsOn(end)) {
      voluntary |= p.basis == LegalBasis.S20_VOLUNTARY;
    }
    if (chance(0.5)) {
      // Everyone round one table: one coordinated network.
      Ev meeting = event(kid, day(windowStart, end), EventType.MEETING);
      boolean lookedAfter = false;
      for (Place p : kid.placementsOn(end)) {
        lookedAfter |= p.basis != LegalBasis.HOME && p.basis != LegalBasis.PRIVATE_FOSTERING;
      }
      meeting.subtype =
          lookedAfter
              ? MeetingSubtype.LOOKED_AFTER_REVIEW
              : chance(0.5) ? MeetingSubtype.CORE_GROUP : MeetingSubtype.CHILD_IN_NEED_REVIEW;
      recordedBy(meeting, sw);
      List<String> attended = ids(active, sw);
      if (!voluntary && !kid.parentsWithPr.isEmpty() && chance(0.5)) {
        attended.add(kid.parentsWithPr.get(0));
      }
      meeting.participants = attended;
      meeting.summary = Text.pick(Text.MEETINGS, rnd);
    } else if (active.size() > 1 && chance(0.5)) {
      Ev shared = event(kid, day(windowStart, end), EventType.INFORMATION_SHARED);
      Pro to = any(active);
      recordedBy(shared, sw);
      shared.participants = to.equals(sw) ? List.of() : List.of(to.id());
      shared.summary = Text.pick(Text.SHARED, rnd);
    }
    if (chance(0.35)) {
      Ev assessment = event(kid, day(windowStart, end), EventType.ASSESSMENT);
      recordedBy(assessment, sw);
      List<String> contributors = new ArrayList<>();
      if (chance(0.5)) {
        for (Pro p : active) {
          if (p.org() != sw.org() && contributors.size() < 2) {
            contributors.add(p.id());
          }
        }
      }
      if (!voluntary && !family.isEmpty() && chance(0.3)) {
        contributors.add(family.get(0));
      }
      assessment.participants = contributors;
      assessment.summary = Text.pick(Text.ASSESSMENTS, rnd);
    }
    if (chance(0.15)) {
      String asked = !siblings.isEmpty() ? any(siblings) : family.isEmpty() ? null : any(family);
      if (asked != null) {
        int date = chance(0.8) ? day(windowStart, end - 28) : day(end - 27, end);
        Ev request = event(kid, date, EventType.REQUEST);
        recordedBy(request, chance(0.7) ? sw : any(active));
        request.participants = List.of(asked);
        request.summary = Text.pick(Text.REQUESTS, rnd);
        if (chance(0.55)) {
          Ev contact = event(kid, Math.min(end, date + rnd.nextInt(0, 41)), EventType.CONTACT);
          recordedBy(contact, sw);
          contact.participants = List.of(asked);
          double r = rnd.nextDouble();
          contact.requestedBy =
              r < 0.6 ? RequestedBy.CHILD : r < 0.9 ? RequestedBy.SERVICE : RequestedBy.FAMILY;
          contact.summary = Text.pick(Text.CONTACTS, rnd);
        }
      }
    }
    if (voluntary && !kid.parentsWithPr.isEmpty()) {
      // Accommodated by agreement: whether the parents still take part in decisions is the point.
      double r = rnd.nextDouble();
      if (r < 0.75) {
        int date = r < 0.45 ? day(windowStart, end) : day(kid.openFrom, windowStart - 1);
        if (date >= kid.openFrom) {
          Ev review = event(kid, date, EventType.MEETING);
          review.subtype = MeetingSubtype.LOOKED_AFTER_REVIEW;
          recordedBy(review, sw);
          List<String> attended = new ArrayList<>(List.of(sw.id()));
          attended.add(any(kid.parentsWithPr));
          review.participants = attended;
          review.summary = Text.pick(Text.MEETINGS, rnd);
        }
      }
    }
  }

  private Pro riskRaiser(List<Pro> active, Pro sw) {
    List<Pro> raisers = new ArrayList<>();
    for (Pro p : active) {
      Sector s = p.org().sector();
      if (s != Sector.SOCIAL_CARE && s != Sector.HOUSING && s != Sector.OTHER) {
        raisers.add(p);
      }
    }
    return raisers.isEmpty() || chance(0.2) ? sw : any(raisers);
  }

  private String category(Sector sector) {
    RiskCategory[] options =
        switch (sector) {
          case POLICE ->
              new RiskCategory[] {
                RiskCategory.MISSING,
                RiskCategory.CSE,
                RiskCategory.DOMESTIC_ABUSE,
                RiskCategory.OFFENDING
              };
          case EDUCATION ->
              new RiskCategory[] {RiskCategory.NEGLECT, RiskCategory.SELF_HARM, RiskCategory.OTHER};
          case HEALTH, MENTAL_HEALTH ->
              new RiskCategory[] {RiskCategory.SELF_HARM, RiskCategory.SUBSTANCE_MISUSE};
          case YOUTH_JUSTICE -> new RiskCategory[] {RiskCategory.OFFENDING, RiskCategory.CSE};
          default -> RiskCategory.values();
        };
    return options[rnd.nextInt(options.length)].name();
  }

  /**
   * Ethnicity as each agency recorded it: mostly one value written the same or with different case
   * and spacing, sometimes a different value, sometimes by the same agency, sometimes never.
   */
  private void ethnicity(Kid kid) {
    if (chance(0.08)) {
      return;
    }
    String value = Text.pick(Text.ETHNICITIES, rnd);
    boolean conflict = chance(0.12);
    int records = rnd.nextInt(1, 4) + (conflict ? 1 : 0);
    Pro first = null;
    for (int r = 0; r < records; r++) {
      Ev e = event(kid, day(kid.openFrom, kid.openTo), EventType.ETHNICITY_RECORDED);
      Pro by = r > 0 && chance(0.3) ? first : any(kid.activeOn(e.date), kid);
      recordedBy(e, by);
      first = first == null ? by : first;
      String v = conflict && r == records - 1 ? Text.pick(Text.ETHNICITIES, rnd) : value;
      e.value = chance(0.15) ? Text.variant(v, rnd) : v;
      e.summary = Text.pick(Text.ETHNICITY_NOTES, rnd);
    }
  }

  /** One routine entry of the record on a date, of a type drawn by how often each occurs. */
  private void routine(Kid kid, int date, List<String> siblings, List<String> family) {
    List<Pro> active = kid.activeOn(date);
    Pro sw = kid.socialWorkerOn(date);
    int r = rnd.nextInt(90);
    if (r < 20) {
      Ev visit = event(kid, date, EventType.VISIT);
      recordedBy(visit, chance(0.6) ? sw : any(active, kid));
      visit.seenAlone = chance(0.6);
      visit.summary = Text.pick(Text.VISITS, rnd);
    } else if (r < 32) {
      Ev contact = event(kid, date, EventType.CONTACT);
      recordedBy(contact, sw);
      List<String> with = new ArrayList<>();
      if (!family.isEmpty()) {
        with.add(any(family));
      }
      if (!siblings.isEmpty() && (with.isEmpty() || chance(0.4))) {
        with.add(any(siblings));
      }
      if (with.isEmpty()) {
        with.add(sw.id());
      }
      contact.participants = with;
      contact.requestedBy = chance(0.8) ? requestedBy() : null;
      contact.summary = Text.pick(Text.CONTACTS, rnd);
    } else if (r < 50) {
      Ev shared = event(kid, date, EventType.INFORMATION_SHARED);
      Pro by = any(active, kid);
      recordedBy(shared, by);
      List<Pro> others = new ArrayList<>(active);
      others.addAll(kid.sideline);
      others.remove(by);
      List<String> to = new ArrayList<>();
      int n = others.isEmpty() ? 0 : rnd.nextInt(1, Math.min(2, others.size()) + 1);
      for (int i = 0; i < n; i++) {
        Pro p = others.remove(rnd.nextInt(others.size()));
        to.add(p.id());
      }
      shared.participants = to;
      shared.summary = Text.pick(Text.SHARED, rnd);
    } else if (r < 62) {
      Ev meeting = event(kid, date, EventType.MEETING);
      MeetingSubtype[] subtypes = MeetingSubtype.values();
      meeting.subtype = subtypes[rnd.nextInt(subtypes.length)];
      recordedBy(meeting, sw);
      List<String> attended = new ArrayList<>();
      for (Pro p : active) {
        if (chance(0.5) && !p.equals(sw)) {
          attended.add(p.id());
        }
      }
      if (!kid.sideline.isEmpty() && chance(0.3)) {
        attended.add(kid.sideline.get(0).id());
      }
      if (!kid.parentsWithPr.isEmpty() && chance(0.3)) {
        attended.add(any(kid.parentsWithPr));
      }
      meeting.participants = attended;
      meeting.summary = Text.pick(Text.MEETINGS, rnd);
    } else if (r < 68) {
      Ev assessment = event(kid, date, EventType.ASSESSMENT);
      Pro by = chance(0.6) ? sw : any(active, kid);
      recordedBy(assessment, by);
      List<String> contributors = new ArrayList<>();
      for (Pro p : active) {
        if (!p.equals(by) && chance(0.3)) {
          contributors.add(p.id());
        }
      }
      if (!family.isEmpty() && chance(0.4)) {
        contributors.add(any(family));
      }
      assessment.participants = contributors;
      assessment.summary = Text.pick(Text.ASSESSMENTS, rnd);
    } else if (r < 75) {
      Pro by = riskRaiser(active, sw);
      Ev risk = event(kid, date, EventType.RISK);
      recordedBy(risk, by);
      risk.value = category(by.org().sector());
      risk.summary = Text.pick(Text.RISKS, rnd);
    } else if (r < 81) {
      Ev change = event(kid, date, EventType.CIRCUMSTANCES_CHANGED);
      recordedBy(change, any(active, kid));
      change.summary = Text.pick(Text.CHANGES, rnd);
    } else if (r < 87) {
      Ev decision = event(kid, date, EventType.DECISION);
      recordedBy(decision, sw);
      decision.value = Text.pick(Text.DECISIONS, rnd);
      if (!siblings.isEmpty() && chance(0.3)) {
        decision.participants = List.of(any(siblings));
      } else if (!kid.parentsWithPr.isEmpty() && chance(0.3)) {
        decision.participants = List.of(any(kid.parentsWithPr));
      }
    } else {
      String asked =
          !siblings.isEmpty() && chance(0.7)
              ? any(siblings)
              : family.isEmpty()
                  ? any(siblings.isEmpty() ? List.of(sw.id()) : siblings)
                  : any(family);
      Ev request = event(kid, date, EventType.REQUEST);
      recordedBy(request, sw);
      request.participants = List.of(asked);
      request.summary = Text.pick(Text.REQUESTS, rnd);
    }
  }

  private RequestedBy requestedBy() {
    RequestedBy[] values = RequestedBy.values();
    return values[rnd.nextInt(values.length)];
  }

  private Ev event(Kid kid, int date, EventType type) {
    Ev e = new Ev(date, type, kid.events.size());
    kid.events.add(e);
    return e;
  }

  /** Sets who recorded the event and, from them, whose record it is; a few have no recorder. */
  private void recordedBy(Ev e, Pro by) {
    e.by = by;
    e.agency = by.org().id();
    if (chance(0.03)) {
      e.by = null;
    }
  }

  private void write(Kid kid) throws IOException {
    kid.events.sort(Comparator.comparingInt((Ev e) -> e.date).thenComparingInt(e -> e.seq));
    for (Ev e : kid.events) {
      endCovered |= e.date == end;
      events
          .cell("e" + (++eventSeq))
          .cell(text.date(e.date))
          .cell(e.type.name())
          .cell(kid.id)
          .cell(e.agency)
          .cell(e.by == null ? null : e.by.id())
          .cell(e.participants.isEmpty() ? null : String.join(";", distinct(e.participants)))
          .cell(e.subtype == null ? null : e.subtype.name())
          .cell(e.value)
          .cell(e.requestedBy == null ? null : e.requestedBy.name())
          .cell(e.seenAlone == null ? null : e.seenAlone.toString())
          .cell(e.summary)
          .end();
    }
  }

  private static List<String> distinct(List<String> ids) {
    List<String> out = new ArrayList<>(ids.size());
    for (String id : ids) {
      if (!out.contains(id)) {
        out.add(id);
      }
    }
    return out;
  }

  private static List<String> ids(List<Pro> pros, Pro without) {
    List<String> ids = new ArrayList<>();
    for (Pro p : pros) {
      if (!p.equals(without)) {
        ids.add(p.id());
      }
    }
    return ids;
  }

  private void tie(
      String type,
      String from,
      String to,
      int start,
      int stop,
      String pr,
      String basis,
      String lead)
      throws IOException {
    ties.cell(type)
        .cell(from)
        .cell(to)
        .cell(start <= Integer.MIN_VALUE + 1 ? null : text.date(start))
        .cell(stop == OPEN ? null : text.date(stop))
        .cell(pr)
        .cell(basis)
        .cell(lead)
        .end();
  }

  private LegalBasis pickBasis(LegalBasis[] options, int[] weights) {
    int total = 0;
    for (int w : weights) {
      total += w;
    }
    int r = rnd.nextInt(total);
    for (int i = 0; i < options.length; i++) {
      r -= weights[i];
      if (r < 0) {
        return options[i];
      }
    }
    return options[options.length - 1];
  }

  private Pro any(List<Pro> pros, Kid kid) {
    return pros.isEmpty() ? kid.involved.get(0).pro : pros.get(rnd.nextInt(pros.size()));
  }

  private <T> T any(List<T> items) {
    return items.get(rnd.nextInt(items.size()));
  }

  private boolean chance(double p) {
    return rnd.nextDouble() < p;
  }

  /** A day from {@code from} to {@code to} inclusive; {@code from} when the range is empty. */
  private int day(int from, int to) {
    return to <= from ? from : rnd.nextInt(from, to + 1);
  }

  private int years(int min, int max) {
    return rnd.nextInt(min * 365, max * 365 + 1);
  }
}
