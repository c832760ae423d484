package org.sgnet.generate;

import java.util.ArrayList;
import java.util.List;
import org.sgnet.bundle.MeetingSubtype;
import org.sgnet.bundle.RequestedBy;
import org.sgnet.generate.Authority.Pro;

/**
 * Scenario: the routine record that fills a chronology up to its length, spread over the time the
 * case was open. Each entry's type is drawn by how often it occurs (visits, contact, information
 * shared, meetings, assessments, risks, changes of circumstances, decisions, requests) and takes
 * part-takers from whoever is around the child on its date.
 *
 * <p>It is the background against which the window's scenarios stand out, so it must not make the
 * window's rules fire on its own more than real records would. Changes of circumstances after the
 * latest assessment are what rule 11 (ASSESSMENT_NOT_REVISITED) looks for.
 */
final class RoutineRecord extends Scenario<Odds.Routine> {

  RoutineRecord(Tools tools, Odds.Routine odds) {
    super(tools, odds);
  }

  /** Adds one entry on {@code date}, of a type drawn by how often each occurs. */
  void addOne(Child child, int date, List<String> siblings, List<String> relatives) {
    List<Pro> active = child.activeOn(date);
    Pro sw = child.socialWorkerOn(date);
    Odds.Routine.Entry kind = dice.any(odds.entries());
    child.add(
        switch (kind) {
          case VISIT -> visit(child, date, active, sw);
          case CONTACT -> contact(child, date, sw, siblings, relatives);
          case INFORMATION_SHARED -> shared(child, date, active);
          case MEETING -> meeting(child, date, active, sw);
          case ASSESSMENT -> assessment(child, date, active, sw, relatives);
          case RISK -> risk(child, date, active, sw);
          case CIRCUMSTANCES_CHANGED ->
              EventRow.change(
                  date,
                  child.id,
                  authors.of(dice.anyOr(active, child.firstInvolved())),
                  dice.any(Text.CHANGES));
          case DECISION -> decision(child, date, sw, siblings);
          case REQUEST -> request(child, date, sw, siblings, relatives);
        });
  }

  private EventRow visit(Child child, int date, List<Pro> active, Pro sw) {
    EventRow.Author author =
        authors.of(
            dice.chance(odds.visitBySocialWorker())
                ? sw
                : dice.anyOr(active, child.firstInvolved()));
    boolean alone = dice.chance(odds.seenAlone());
    return EventRow.visit(date, child.id, author, alone, dice.any(Text.VISITS));
  }

  private EventRow contact(
      Child child, int date, Pro sw, List<String> siblings, List<String> relatives) {
    EventRow.Author author = authors.of(sw);
    List<String> with = new ArrayList<>();
    if (!relatives.isEmpty()) {
      with.add(dice.any(relatives));
    }
    if (!siblings.isEmpty() && (with.isEmpty() || dice.chance(odds.siblingJoins()))) {
      with.add(dice.any(siblings));
    }
    if (with.isEmpty()) {
      with.add(sw.id());
    }
    RequestedBy asked =
        dice.chance(odds.requestedByRecorded()) ? dice.any(RequestedBy.values()) : null;
    return EventRow.contact(date, child.id, author, with, asked, dice.any(Text.CONTACTS));
  }

  private EventRow shared(Child child, int date, List<Pro> active) {
    Pro by = dice.anyOr(active, child.firstInvolved());
    EventRow.Author author = authors.of(by);
    List<Pro> others = new ArrayList<>(active);
    others.addAll(child.sideline);
    others.remove(by);
    List<String> to = new ArrayList<>();
    int n = others.isEmpty() ? 0 : dice.between(1, Math.min(odds.maxSharedWith(), others.size()));
    for (int i = 0; i < n; i++) {
      to.add(others.remove(dice.below(others.size())).id());
    }
    return EventRow.shared(date, child.id, author, to, dice.any(Text.SHARED));
  }

  private EventRow meeting(Child child, int date, List<Pro> active, Pro sw) {
    MeetingSubtype subtype = dice.any(MeetingSubtype.values());
    EventRow.Author author = authors.of(sw);
    List<String> attended = new ArrayList<>();
    for (Pro p : active) {
      // The draw comes first: it is made for the social worker too.
      if (dice.chance(odds.attends()) && !p.equals(sw)) {
        attended.add(p.id());
      }
    }
    if (!child.sideline.isEmpty() && dice.chance(odds.sidelineAttends())) {
      attended.add(child.sideline.get(0).id());
    }
    if (!child.parentsWithResponsibility.isEmpty() && dice.chance(odds.parentAttends())) {
      attended.add(dice.any(child.parentsWithResponsibility));
    }
    return EventRow.meeting(date, child.id, author, subtype, attended, dice.any(Text.MEETINGS));
  }

  private EventRow assessment(
      Child child, int date, List<Pro> active, Pro sw, List<String> relatives) {
    Pro by =
        dice.chance(odds.assessedBySocialWorker()) ? sw : dice.anyOr(active, child.firstInvolved());
    EventRow.Author author = authors.of(by);
    List<String> contributors = new ArrayList<>();
    for (Pro p : active) {
      if (!p.equals(by) && dice.chance(odds.contributes())) {
        contributors.add(p.id());
      }
    }
    if (!relatives.isEmpty() && dice.chance(odds.familyContributes())) {
      contributors.add(dice.any(relatives));
    }
    return EventRow.assessment(date, child.id, author, contributors, dice.any(Text.ASSESSMENTS));
  }

  private EventRow risk(Child child, int date, List<Pro> active, Pro sw) {
    Pro by = RisksRaised.raiser(dice, odds.raisedBySocialWorker(), active, sw);
    EventRow.Author author = authors.of(by);
    String category = RisksRaised.category(dice, by.org().sector());
    return EventRow.risk(date, child.id, author, category, dice.any(Text.RISKS));
  }

  private EventRow decision(Child child, int date, Pro sw, List<String> siblings) {
    EventRow.Author author = authors.of(sw);
    String value = dice.any(Text.DECISIONS);
    List<String> about = List.of();
    if (!siblings.isEmpty() && dice.chance(odds.decisionSibling())) {
      about = List.of(dice.any(siblings));
    } else if (!child.parentsWithResponsibility.isEmpty() && dice.chance(odds.decisionParent())) {
      about = List.of(dice.any(child.parentsWithResponsibility));
    }
    return EventRow.decision(date, child.id, author, about, value);
  }

  private EventRow request(
      Child child, int date, Pro sw, List<String> siblings, List<String> relatives) {
    String asked =
        !siblings.isEmpty() && dice.chance(odds.askSibling())
            ? dice.any(siblings)
            : relatives.isEmpty()
                ? dice.any(siblings.isEmpty() ? List.of(sw.id()) : siblings)
                : dice.any(relatives);
    EventRow.Author author = authors.of(sw);
    return EventRow.request(date, child.id, author, List.of(asked), dice.any(Text.REQUESTS));
  }
}
