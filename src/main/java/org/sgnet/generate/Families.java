package org.sgnet.generate;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.sgnet.bundle.LegalBasis;
import org.sgnet.bundle.PersonKind;

/**
 * Generates one family at a time and writes it out before the next is started: the children, then
 * each scenario in turn ({@link Parents}, {@link Placements}, {@link Professionals}, {@link
 * SiblingPairs}), then every child's chronology (the {@link WindowScenario}s, {@link
 * EthnicityRecords}, the {@link RoutineRecord} up to its length).
 *
 * <p>Everything of a family lives in objects made fresh for it ({@link Family}, {@link Household},
 * {@link Child}); what lasts the whole run is only the dice, the files, the carers' numbering and
 * whether any entry has fallen on the end date yet. The order of the calls here is the order of the
 * draws, so it is fixed: changing it changes every bundle.
 */
final class Families {

  private final Dice dice;
  private final Odds odds;
  private final Period period;
  private final CsvRows<PersonRow> people;
  private final CsvRows<EventRow> events;
  private final double eventsPerChild;
  private final Authors authors;
  private final Parents parents;
  private final Placements placements;
  private final Professionals professionals;
  private final SiblingPairs siblingPairs;
  private final List<WindowScenario> window;
  private final EthnicityRecords ethnicity;
  private final RoutineRecord routine;

  /** Chronologies are written by date; a stable sort keeps the drawing order within a day. */
  private static final Comparator<EventRow> BY_DATE = Comparator.comparingInt(EventRow::date);

  /** Whether an entry on the end date has been written, so the data reach the end date. */
  private boolean endCovered;

  /**
   * @param eventsPerChild chronology entries per child on average, over the whole period
   */
  Families(
      Dice dice,
      Odds odds,
      Period period,
      CsvRows<PersonRow> people,
      CsvRows<TieRow> ties,
      CsvRows<EventRow> events,
      double eventsPerChild) {
    this.dice = dice;
    this.odds = odds;
    this.period = period;
    this.people = people;
    this.events = events;
    this.eventsPerChild = eventsPerChild;
    this.authors = new Authors(dice, odds.unrecorded());
    Tools tools = new Tools(dice, period, authors, people, ties);
    Carers carers = new Carers(dice, odds.placement(), period, people);
    this.parents = new Parents(tools, odds.household());
    this.placements =
        new Placements(
            tools, odds.placement(), carers, new AtHome(tools, odds.placement(), carers));
    this.professionals = new Professionals(tools, odds.involvement());
    this.siblingPairs = new SiblingPairs(tools, odds.siblings());
    Odds.Window w = odds.window();
    this.window =
        List.of(
            new RecentVisits(tools, w),
            new RisksRaised(tools, w),
            new NetworkMeeting(tools, w),
            new RecentAssessment(tools, w),
            new ChildRequest(tools, w),
            new AccommodatedByAgreement(tools, w));
    this.ethnicity = new EthnicityRecords(tools, odds.ethnicity());
    this.routine = new RoutineRecord(tools, odds.routine());
  }

  /** Generates and writes one family of {@code count} children numbered from {@code firstChild}. */
  void generate(Authority authority, int familyNo, int firstChild, int count) throws IOException {
    Family family = new Family(authority, "f" + familyNo, children(firstChild, count));
    Household household = parents.draw(family);
    LegalBasis basis = placements.place(family, household);
    professionals.involve(family, basis);
    siblingPairs.draw(family);
    List<String> relatives = household.relatives();
    for (Child child : family.children()) {
      chronology(child, family, relatives);
      write(child);
    }
  }

  /** The children, eldest first, a year or more apart; written to people.csv. */
  private List<Child> children(int firstChild, int count) throws IOException {
    Odds.Household o = odds.household();
    List<Child> children = new ArrayList<>(count);
    int age = dice.between(count - 1, o.maxAge());
    for (int i = 0; i < count; i++) {
      int birth = period.end() - age * 365 - dice.below(365);
      Child child = new Child("c" + (firstChild + i), birth, age);
      children.add(child);
      people.add(
          new PersonRow(
              child.id,
              PersonKind.CHILD,
              "Child " + (firstChild + i),
              birth,
              null,
              i == 0 ? "Child" : "Sibling"));
      age = Math.max(0, age - dice.in(o.ageGap()));
    }
    return children;
  }

  /** Adds the child's window scenarios, ethnicity records and the routine record. */
  private void chronology(Child child, Family family, List<String> relatives) {
    int end = period.end();
    List<String> siblings = family.siblingsOf(child);
    if (!child.closed) {
      boolean voluntary = false;
      for (Child.Placed p : child.placementsOn(end)) {
        voluntary |= p.basis() == LegalBasis.S20_VOLUNTARY;
      }
      Circle circle =
          new Circle(
              child.activeOn(end), child.socialWorkerOn(end), siblings, relatives, voluntary);
      for (int i = 0; i < window.size(); i++) {
        window.get(i).addTo(child, circle);
      }
    }
    ethnicity.addTo(child);
    Odds.Routine o = odds.routine();
    int target =
        (int) Math.round(eventsPerChild * (o.spreadFrom() + o.spreadWidth() * dice.fraction()));
    for (int n = child.chronology.size(); n < target; n++) {
      routine.addOne(child, dice.day(child.openFrom, child.openTo), siblings, relatives);
    }
    if (!endCovered && !child.closed) {
      // Until some entry falls on the end date, an open case gets a visit on it, so that every
      // bundle's data reach the end date.
      child.add(
          EventRow.visit(
              end, child.id, authors.of(child.socialWorkerOn(end)), true, "Routine visit."));
    }
  }

  private void write(Child child) throws IOException {
    child.chronology.sort(BY_DATE);
    for (EventRow e : child.chronology) {
      endCovered |= e.date() == period.end();
      events.add(e);
    }
  }
}
