package org.sgnet.generate;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.sgnet.bundle.PersonKind;
import org.sgnet.bundle.Sector;

/**
 * One local authority: its agencies (one of each statutory service, several schools and voluntary
 * projects, their number growing with the children it serves) and the pools its professionals and
 * residential homes are drawn from.
 */
final class Authority {

  private static final String[] TOWN_START = {
    "North", "South", "East", "West", "Ash", "Oak", "Elm", "Brook", "Mill", "Stone", "Red", "Green"
  };
  private static final String[] TOWN_END = {
    "bridge", "field", "ham", "ford", "ton", "borough", "wick", "stead", "mouth", "bury"
  };

  /** An agency: a row of agencies.csv. */
  record Org(String id, String name, Sector sector) implements Row {
    @Override
    public void writeTo(CsvRows<?> out) throws IOException {
      out.cell(id).cell(name).plain(sector.name());
    }
  }

  /** A professional: a PROFESSIONAL row of people.csv. */
  record Pro(String id, Org org, String role) {}

  final String town;
  final List<Org> agencies = new ArrayList<>();
  final Org socialCare;
  final Org police;
  final Org community;
  final Org camhs;
  final Org youthJustice;
  final Org housing;
  final Org probation;
  final Org courtAdvisers;
  final Org[] schools;
  final Org[] projects;

  final Pool socialWorkers;
  final Pool reviewingOfficers;
  final Pool officers;
  final Pool healthVisitors;
  final Pool schoolNurses;
  final Pool camhsWorkers;
  final Pool youthWorkers;
  final Pool housingOfficers;
  final Pool offenderManagers;
  final Pool guardians;
  final Pool[] teachers;
  final Pool[] safeguardingLeads;
  final Pool[] projectWorkers;
  final Pool residentialHomes;

  /**
   * @param index the authority's number, from 1
   * @param children how many children the authority serves, which sizes its schools and projects
   */
  Authority(int index, int children, CsvRows<PersonRow> people) {
    int t = index - 1;
    String name = TOWN_START[t % TOWN_START.length] + TOWN_END[(t / TOWN_START.length) % 10];
    this.town = t < TOWN_START.length * TOWN_END.length ? name : name + " " + index;
    String la = "la" + index;
    socialCare = org(la + "-sc", town + " Children's Social Care", Sector.SOCIAL_CARE);
    police = org(la + "-police", town + " Police", Sector.POLICE);
    community = org(la + "-health", town + " Community Health NHS Trust", Sector.HEALTH);
    camhs = org(la + "-camhs", town + " CAMHS", Sector.MENTAL_HEALTH);
    youthJustice = org(la + "-yjs", town + " Youth Justice Service", Sector.YOUTH_JUSTICE);
    housing = org(la + "-housing", town + " Housing Services", Sector.HOUSING);
    probation = org(la + "-probation", town + " Probation Delivery Unit", Sector.PROBATION);
    courtAdvisers = org(la + "-court", town + " Family Court Advisers", Sector.OTHER);
    // About one school for every 60 children in need, as children of an authority spread over its
    // schools; a couple of voluntary projects more per thousand children.
    schools = new Org[Math.max(2, Math.min(60, Math.round(children / 60f)))];
    for (int i = 0; i < schools.length; i++) {
      String kind = i % 3 == 2 ? " Academy " : " Primary School ";
      schools[i] = org(la + "-school" + (i + 1), town + kind + (i + 1), Sector.EDUCATION);
    }
    projects = new Org[Math.max(2, Math.min(6, 1 + children / 600))];
    String[] projectNames = {"Young People's Project", "Family Support Project", "Youth Club"};
    for (int i = 0; i < projects.length; i++) {
      projects[i] =
          org(
              la + "-vol" + (i + 1),
              town + " " + projectNames[i % projectNames.length] + " " + (i + 1),
              Sector.VOLUNTARY);
    }

    socialWorkers = new Pool(people, la + "-sw", socialCare, "Social Worker", 15, 25);
    reviewingOfficers =
        new Pool(people, la + "-iro", socialCare, "Independent Reviewing Officer", 50, 70);
    officers = new Pool(people, la + "-pc", police, "Police Officer", 60, 150);
    healthVisitors = new Pool(people, la + "-hv", community, "Health Visitor", 60, 120);
    schoolNurses = new Pool(people, la + "-sn", community, "School Nurse", 80, 150);
    camhsWorkers = new Pool(people, la + "-camhs", camhs, "CAMHS Practitioner", 20, 35);
    youthWorkers = new Pool(people, la + "-yjs", youthJustice, "Youth Justice Worker", 10, 18);
    housingOfficers = new Pool(people, la + "-ho", housing, "Housing Officer", 50, 100);
    offenderManagers = new Pool(people, la + "-pp", probation, "Probation Officer", 30, 50);
    guardians = new Pool(people, la + "-cg", courtAdvisers, "Children's Guardian", 15, 25);
    teachers = new Pool[schools.length];
    safeguardingLeads = new Pool[schools.length];
    for (int i = 0; i < schools.length; i++) {
      String s = la + "-s" + (i + 1);
      teachers[i] = new Pool(people, s + "-t", schools[i], "Class Teacher", 25, 35);
      // One designated safeguarding lead per school holds every child of the school in the data.
      safeguardingLeads[i] =
          new Pool(
              people, s + "-dsl", schools[i], "Designated Safeguarding Lead", 1_000_000, 1_000_000);
    }
    projectWorkers = new Pool[projects.length];
    for (int i = 0; i < projects.length; i++) {
      projectWorkers[i] =
          new Pool(people, la + "-v" + (i + 1) + "-w", projects[i], "Project Worker", 15, 30);
    }
    residentialHomes = new Pool(people, la + "-rh", null, "Residential Home Manager", 3, 6);
  }

  private Org org(String id, String name, Sector sector) {
    Org o = new Org(id, name, sector);
    agencies.add(o);
    return o;
  }

  /**
   * Professionals (or residential homes) of one role, handed out to children so that each holds a
   * caseload between a minimum and a maximum: a new one is created, and written to people.csv, when
   * the current one's caseload is full. Only counters are kept, so a national run stays small.
   */
  static final class Pool {
    private final CsvRows<PersonRow> people;
    private final String prefix;
    private final Org org;
    private final String role;
    private final int minLoad;
    private final int maxLoad;
    private int created;
    private int load;
    private int capacity;

    Pool(CsvRows<PersonRow> people, String prefix, Org org, String role, int minLoad, int maxLoad) {
      this.people = people;
      this.prefix = prefix;
      this.org = org;
      this.role = role;
      this.minLoad = minLoad;
      this.maxLoad = maxLoad;
    }

    /**
     * Returns the one who takes on {@code children} more children. The caseload is filled up to a
     * capacity drawn between the minimum and the maximum, so a whole sibling group stays with one
     * worker and only the last worker of a pool can hold fewer than the minimum.
     */
    Pro take(int children, Dice dice) throws IOException {
      if (created == 0 || load >= capacity) {
        created++;
        load = 0;
        int room = Math.max(1, maxLoad - 3);
        capacity = minLoad >= room ? minLoad : dice.between(minLoad, room);
        write(created);
      }
      load += children;
      return pro(created);
    }

    /** Returns any one already created (creating the first if there is none): a past worker. */
    Pro any(Dice dice) throws IOException {
      if (created == 0) {
        return take(0, dice);
      }
      return pro(1 + dice.below(created));
    }

    int created() {
      return created;
    }

    private Pro pro(int n) {
      return new Pro(prefix + n, org, role);
    }

    private void write(int n) throws IOException {
      if (org == null) {
        // Residential homes are people of kind OTHER: the registered manager the child lives with.
        people.add(
            new PersonRow(prefix + n, PersonKind.OTHER, "Residential Home " + n, null, role));
      } else {
        people.add(
            new PersonRow(
                prefix + n,
                PersonKind.PROFESSIONAL,
                role + " " + n + ", " + org.name(),
                org.id(),
                role));
      }
    }
  }
}
