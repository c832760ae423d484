package org.sgnet.generate;

import java.io.IOException;
import java.util.List;
import org.sgnet.bundle.LegalBasis;
import org.sgnet.generate.Authority.Pool;
import org.sgnet.generate.Authority.Pro;
import org.sgnet.generate.Child.Placed;

/**
 * Scenario: the professionals around each child, drawn from the authority's pools so that caseloads
 * stay realistic. A social worker (sometimes a previous one too, or only a past one when the case
 * has closed), a reviewing officer for a looked-after child, a children's guardian during care
 * proceedings, school or health visitor by age, and now and then police, CAMHS, youth justice, a
 * voluntary project, housing; probation works with a parent and so stays off the child's ties.
 *
 * <p>How many professionals and agencies a child has makes rule 1 (PROFESSIONAL_OVERLOAD) fire or
 * not; whether one of them is recorded as lead decides rule 2 (NO_SINGLE_POINT_OF_CONTACT); the
 * agencies they come from are what rules 3 (COORDINATION_GAP) and 5 (AGENCY_SILO) join up.
 */
final class Professionals extends Scenario<Odds.Involvement> {

  Professionals(Tools tools, Odds.Involvement odds) {
    super(tools, odds);
  }

  /** Gives every child of the family the professionals around them and writes the ties. */
  void involve(Family family, LegalBasis basis) throws IOException {
    Authority la = family.authority();
    int siblings = family.children().size();
    int dataStart = period.dataStart();
    int end = period.end();
    boolean closed = basis == null && dice.chance(odds.caseClosed());
    Pro sw = closed ? null : la.socialWorkers.take(siblings, dice);
    int school = dice.below(la.schools.length);
    Pro housing = dice.chance(odds.housing()) ? la.housingOfficers.take(siblings, dice) : null;
    Pro probation = dice.chance(odds.probation()) ? la.offenderManagers.take(siblings, dice) : null;
    Pro project = null;
    if (dice.chance(odds.project())) {
      Pool workers = la.projectWorkers[dice.below(la.projects.length)];
      project = workers.take(siblings, dice);
    }
    for (Child child : family.children()) {
      int from = child.openFrom;
      int since = from <= dataStart && dice.chance(odds.sinceBefore()) ? Days.NONE : from;
      if (closed && from + 60 < end - 120) {
        child.closed = true;
        child.openTo = dice.day(from + 60, end - 120);
        involve(child, la.socialWorkers.any(dice), since, child.openTo, socialWorkerLeads());
      } else {
        child.openTo = end;
        Pro current = sw != null ? sw : la.socialWorkers.take(1, dice);
        if (dice.chance(odds.socialWorkerChanged()) && from + 60 < end - 60) {
          int change = dice.day(from + 30, end - 30);
          Pro previous = la.socialWorkers.any(dice);
          if (!previous.equals(current)) {
            involve(child, previous, since, change - 1, socialWorkerLeads());
            since = change;
          }
        }
        involve(child, current, since, Days.OPEN, socialWorkerLeads());
      }
      lookedAfter(child, la);
      byAge(child, la, school, from);
      if (project != null && dice.chance(odds.projectChild())) {
        involve(child, project, dice.day(from, end - 10), Days.OPEN, false);
      }
      if (housing != null) {
        involve(child, housing, from, Days.OPEN, false);
      }
      if (probation != null) {
        // Probation works with a parent: it appears in the child's record, never as INVOLVED.
        child.sideline.add(probation);
      }
    }
  }

  /** The reviewing officer of a child looked after now, the guardian during proceedings. */
  private void lookedAfter(Child child, Authority la) throws IOException {
    List<Placed> now = child.placementsOn(period.end());
    Placed care = null;
    for (Placed p : child.placements) {
      if (p.lookedAfter() && care == null) {
        care = p;
      }
    }
    if (!now.isEmpty() && now.get(0).lookedAfter() && care != null) {
      involve(child, la.reviewingOfficers.take(1, dice), care.start(), Days.OPEN, false);
    }
    for (Placed p : child.placements) {
      if (p.basis() == LegalBasis.INTERIM_CARE_ORDER) {
        // The children's guardian stays for the proceedings, until the care order is made.
        int until = p.end() == Days.OPEN ? Days.OPEN : p.end() + 1;
        involve(child, la.guardians.take(1, dice), p.start(), until, false);
      }
    }
  }

  /** School or health visitor, police, CAMHS and youth justice, by the child's age. */
  private void byAge(Child child, Authority la, int school, int from) throws IOException {
    int end = period.end();
    int age = child.age;
    if (odds.schoolAge().contains(age)) {
      Pro dsl = la.safeguardingLeads[school].take(1, dice);
      involve(child, dsl, Days.NONE, Days.OPEN, dice.chance(odds.schoolLeads()));
      if (dice.chance(odds.teacher())) {
        involve(
            child, la.teachers[school].take(1, dice), period.schoolYearStart(), Days.OPEN, false);
      }
      if (dice.chance(odds.schoolNurse())) {
        involve(child, la.schoolNurses.take(1, dice), Days.NONE, Days.OPEN, false);
      }
    } else if (age < odds.schoolAge().min() && dice.chance(odds.healthVisitor())) {
      involve(
          child, la.healthVisitors.take(1, dice), Math.max(child.birth, from), Days.OPEN, false);
    }
    if (dice.chance(age >= odds.teenAge() ? odds.policeTeen() : odds.police())) {
      int start = dice.day(from, end - 20);
      int stop =
          start + 10 < end - 1 && dice.chance(odds.policeEnded())
              ? dice.day(start + 10, end - 1)
              : Days.OPEN;
      involve(child, la.officers.take(1, dice), start, stop, false);
    }
    if (age >= odds.camhsAge() && dice.chance(odds.camhs())) {
      Pro camhs = la.camhsWorkers.take(1, dice);
      involve(child, camhs, dice.day(from, end - 10), Days.OPEN, false);
    }
    if (age >= odds.youthJusticeAge() && dice.chance(odds.youthJustice())) {
      Pro yjs = la.youthWorkers.take(1, dice);
      involve(child, yjs, dice.day(from, end - 10), Days.OPEN, false);
    }
  }

  private boolean socialWorkerLeads() {
    return dice.chance(odds.socialWorkerLeads());
  }

  /**
   * Adds and writes an INVOLVED tie. One draw: whether a professional who does not lead is written
   * as not leading or left empty, as systems differ in that.
   */
  private void involve(Child child, Pro pro, int start, int stop, boolean lead) throws IOException {
    child.involved.add(new Child.Involved(pro, start, stop, lead));
    Boolean leadCell =
        lead ? Boolean.TRUE : dice.chance(odds.notLeadRecorded()) ? Boolean.FALSE : null;
    ties.add(TieRow.involved(pro.id(), child.id, start, stop, leadCell));
  }
}
