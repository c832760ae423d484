package org.sgnet.generate;

import java.util.ArrayList;
import java.util.List;
import org.sgnet.bundle.MeetingSubtype;
import org.sgnet.bundle.RiskCategory;
import org.sgnet.bundle.Sector;
import org.sgnet.generate.Authority.Pro;

/**
 * Window scenario: two or three risks raised, mostly by the agencies that see them (police, school,
 * health), followed by a strategy or risk management meeting of those who raised them, or by
 * nothing. Risks from several agencies or of several kinds with no such meeting make rule 4
 * (UNCOORDINATED_RISK) fire; the meeting keeps it quiet.
 */
final class RisksRaised extends WindowScenario {

  RisksRaised(Tools tools, Odds.Window odds) {
    super(tools, odds);
  }

  @Override
  public void addTo(Child child, Circle circle) {
    if (!dice.chance(odds.risks())) {
      return;
    }
    Pro sw = circle.socialWorker();
    List<Pro> raisers = new ArrayList<>();
    int risks = dice.in(odds.riskCount());
    for (int r = 0; r < risks; r++) {
      Pro by = raiser(dice, odds.raisedBySocialWorker(), circle.active(), sw);
      int date = dice.day(period.windowStart(), period.end());
      EventRow.Author author = authors.of(by);
      String category = category(dice, by.org().sector());
      child.add(EventRow.risk(date, child.id, author, category, dice.any(Text.RISKS)));
      if (!raisers.contains(by)) {
        raisers.add(by);
      }
    }
    if (dice.chance(odds.riskMeeting())) {
      int date = dice.day(period.windowStart(), period.end());
      EventRow.Author author = authors.of(sw);
      MeetingSubtype subtype =
          dice.chance(odds.strategy()) ? MeetingSubtype.STRATEGY : MeetingSubtype.RISK_MANAGEMENT;
      List<String> attended = ids(raisers, sw);
      child.add(
          EventRow.meeting(date, child.id, author, subtype, attended, dice.any(Text.MEETINGS)));
    }
  }

  /**
   * Who raises a risk: any of the professionals whose agency sees risks first, or the social
   * worker, by chance or when there is none. At most two draws.
   */
  static Pro raiser(Dice dice, double bySocialWorker, List<Pro> active, Pro sw) {
    List<Pro> raisers = new ArrayList<>();
    for (Pro p : active) {
      Sector s = p.org().sector();
      if (s != Sector.SOCIAL_CARE && s != Sector.HOUSING && s != Sector.OTHER) {
        raisers.add(p);
      }
    }
    return raisers.isEmpty() || dice.chance(bySocialWorker) ? sw : dice.any(raisers);
  }

  /** A category of risk that the raiser's sector would see. One draw. */
  static String category(Dice dice, Sector sector) {
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
    return dice.any(options).name();
  }

  /** The ids of the professionals but one, in order. */
  static List<String> ids(List<Pro> pros, Pro without) {
    List<String> ids = new ArrayList<>();
    for (Pro p : pros) {
      if (!p.equals(without)) {
        ids.add(p.id());
      }
    }
    return ids;
  }
}
