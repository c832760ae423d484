package org.sgnet.generate;

import java.util.List;
import java.util.Objects;
import org.sgnet.bundle.LegalBasis;

/**
 * Every probability and tuning number of the generator, in one value passed to the scenarios.
 * {@link #DEFAULT} is what {@code sgnet generate} uses; the numbers are chosen so that each rule of
 * the catalogue finds something in some children and nothing in others.
 *
 * <p>The components are grouped by the scenario that reads them, so a scenario is handed only its
 * own part. A probability is the chance of one draw; where two thresholds share one draw (such as
 * {@code Window.answeredAsChild} and {@code Window.answeredAsChildOrService}) they are cumulative,
 * as the draw compares against both. Margins that only keep a drawn date inside the data (a tie
 * that must end a few days before the end date) stay with the code that needs them.
 *
 * <p>Changing a number changes every bundle generated after it, and {@code GeneratorOutputPinTest}
 * fails until its digests are taken again.
 *
 * @param household who the children live with before anything happens
 * @param placement care placements and time away from home
 * @param involvement the professionals around each child
 * @param siblings what happens between brothers and sisters
 * @param window the scenarios of the last days before the end date, the rules' default window
 * @param ethnicity how agencies record a child's ethnicity
 * @param routine the rest of a child's chronology
 * @param unrecorded the chance that an entry names no professional as its recorder
 */
record Odds(
    Household household,
    Placement placement,
    Involvement involvement,
    Siblings siblings,
    Window window,
    Ethnicity ethnicity,
    Routine routine,
    double unrecorded) {

  Odds {
    Objects.requireNonNull(household, "household");
    Objects.requireNonNull(placement, "placement");
    Objects.requireNonNull(involvement, "involvement");
    Objects.requireNonNull(siblings, "siblings");
    Objects.requireNonNull(window, "window");
    Objects.requireNonNull(ethnicity, "ethnicity");
    Objects.requireNonNull(routine, "routine");
    probability(unrecorded, "unrecorded");
  }

  /** The generator's own numbers: about ten entries a child a year, every rule firing somewhere. */
  static final Odds DEFAULT =
      new Odds(
          new Household(
              new Weighted<>(List.of(1, 2, 3, 4), new int[] {4, 3, 2, 1}),
              17,
              new Span(1, 3),
              0.93,
              new Span(17, 38),
              0.97,
              0.6,
              new Span(18, 45),
              0.7,
              0.1,
              0.12),
          new Placement(
              0.36,
              new Weighted<>(
                  List.of(
                      LegalBasis.S20_VOLUNTARY,
                      LegalBasis.CARE_ORDER,
                      LegalBasis.INTERIM_CARE_ORDER,
                      LegalBasis.KINSHIP,
                      LegalBasis.RESIDENTIAL,
                      LegalBasis.PRIVATE_FOSTERING),
                  new int[] {30, 28, 14, 16, 6, 6}),
              0.5,
              new Span(30, 1499),
              90,
              700,
              20,
              0.4,
              0.5,
              0.4,
              List.of(
                  LegalBasis.KINSHIP,
                  LegalBasis.CARE_ORDER,
                  LegalBasis.S20_VOLUNTARY,
                  LegalBasis.RESIDENTIAL),
              6,
              11,
              new Span(60, 299),
              0.7,
              0.15,
              0.03,
              0.08,
              new Span(20, 300),
              new Span(50, 75),
              new Span(25, 50)),
          new Involvement(
              0.08,
              0.1,
              0.07,
              0.25,
              0.5,
              0.6,
              0.3,
              0.25,
              new Span(5, 16),
              0.05,
              0.85,
              0.35,
              0.7,
              0.2,
              12,
              0.45,
              0.3,
              6,
              0.18,
              10,
              0.12,
              0.8),
          new Siblings(0.5, 0.5, 0.5, 0.3, 0.5),
          new Window(
              90,
              0.7,
              new Span(1, 3),
              0.7,
              0.65,
              0.18,
              new Span(2, 3),
              0.2,
              0.5,
              0.5,
              0.5,
              0.5,
              0.5,
              0.5,
              0.35,
              0.5,
              2,
              0.3,
              0.15,
              0.8,
              28,
              0.7,
              0.55,
              new Span(0, 40),
              0.6,
              0.9,
              0.75,
              0.45),
          new Ethnicity(0.08, 0.12, new Span(1, 3), 0.3, 0.15),
          new Routine(
              new Weighted<>(
                  List.of(Routine.Entry.values()), new int[] {20, 12, 18, 12, 6, 7, 6, 6, 3}),
              0.6,
              0.8,
              0.6,
              0.6,
              0.4,
              0.8,
              2,
              0.5,
              0.3,
              0.3,
              0.6,
              0.3,
              0.4,
              0.3,
              0.3,
              0.7,
              0.2),
          0.03);

  /**
   * Families, parents and partners.
   *
   * @param siblingGroup how many children a family has: one to four, 40, 30, 20 and 10 in a hundred
   * @param maxAge the eldest child's age is drawn up to this, in whole years
   * @param ageGap years between one child and the next younger
   * @param mother the chance that the family has a mother on record
   * @param motherAge the mother's age in years when the eldest child was born
   * @param motherResponsibility the chance that the mother holds parental responsibility, drawn for
   *     each child
   * @param fatherWithMother the chance that a family with a mother also has a father on record (a
   *     family without one always has a father)
   * @param fatherAge the father's age in years when the eldest child was born
   * @param fatherResponsibility the chance that the father holds parental responsibility for all
   *     the children
   * @param fatherLater the chance that the father's tie starts after the eldest child's birth
   * @param partner the chance that the mother has a partner in the household, not a parent
   */
  record Household(
      Weighted<Integer> siblingGroup,
      int maxAge,
      Span ageGap,
      double mother,
      Span motherAge,
      double motherResponsibility,
      double fatherWithMother,
      Span fatherAge,
      double fatherResponsibility,
      double fatherLater,
      double partner) {

    Household {
      Objects.requireNonNull(siblingGroup, "siblingGroup");
      if (maxAge < siblingGroup.options().size()) {
        throw new IllegalArgumentException("maxAge too small for the largest sibling group");
      }
      probability(mother, "mother");
      probability(motherResponsibility, "motherResponsibility");
      probability(fatherWithMother, "fatherWithMother");
      probability(fatherResponsibility, "fatherResponsibility");
      probability(fatherLater, "fatherLater");
      probability(partner, "partner");
    }
  }

  /**
   * Where children live: at home, looked after on a legal basis, or away for a while.
   *
   * @param lookedAfter the chance that a family's children are looked after rather than at home
   * @param basis the family's legal basis when looked after, in proportion to the weights
   * @param caseOpenBefore the chance that the case opened before the data starts
   * @param caseOpenedDaysBefore how many days before the data such a case opened
   * @param caseOpensBy otherwise the case opens in the data, at least this many days before the end
   * @param entryLookback the children came into care at most this many days before the data
   * @param entryBy and at least this many days before the end date
   * @param split the chance that siblings looked after are not all placed together
   * @param apart in a split family, the chance for each younger child to be placed on its own
   * @param otherBasis the chance that a child placed on its own has another legal basis
   * @param otherBases the bases a child placed on its own may have, drawn evenly
   * @param privateFosteringAge the youngest age of a privately fostered child
   * @param residentialAge the youngest age of a child in a residential home
   * @param interimDays the days an interim care order lasts before a decision
   * @param careOrderMade the chance that the interim order became a care order within the data
   * @param breakdown the chance that a placement broke down and the child moved on
   * @param homeUnrecorded the chance that nobody recorded where a child at home lives
   * @param awhileAway the chance that a child at home was accommodated for a while
   * @param awayDays how many days such a child was away
   * @param grandmotherAge a grandmother's age in years at the end date, when she becomes a carer
   * @param auntAge an aunt's age in years at the end date, when she becomes a carer
   */
  record Placement(
      double lookedAfter,
      Weighted<LegalBasis> basis,
      double caseOpenBefore,
      Span caseOpenedDaysBefore,
      int caseOpensBy,
      int entryLookback,
      int entryBy,
      double split,
      double apart,
      double otherBasis,
      List<LegalBasis> otherBases,
      int privateFosteringAge,
      int residentialAge,
      Span interimDays,
      double careOrderMade,
      double breakdown,
      double homeUnrecorded,
      double awhileAway,
      Span awayDays,
      Span grandmotherAge,
      Span auntAge) {

    Placement {
      Objects.requireNonNull(basis, "basis");
      otherBases = List.copyOf(otherBases);
      probability(lookedAfter, "lookedAfter");
      probability(caseOpenBefore, "caseOpenBefore");
      probability(split, "split");
      probability(apart, "apart");
      probability(otherBasis, "otherBasis");
      probability(careOrderMade, "careOrderMade");
      probability(breakdown, "breakdown");
      probability(homeUnrecorded, "homeUnrecorded");
      probability(awhileAway, "awhileAway");
    }
  }

  /**
   * The professionals around each child, which rules 1 (overload), 2 (no single point of contact),
   * 3 (coordination gap) and 5 (agency silo) look at.
   *
   * @param caseClosed the chance that a family at home has had its case closed
   * @param housing the chance that a housing officer works with the family
   * @param probation the chance that a probation officer works with a parent
   * @param project the chance that a voluntary project works with the family
   * @param sinceBefore the chance that a tie held since before the data has no start date
   * @param socialWorkerLeads the chance that a social worker is recorded as lead
   * @param notLeadRecorded the chance that a professional who does not lead is recorded as such,
   *     rather than left empty
   * @param socialWorkerChanged the chance that the child's social worker changed in the data
   * @param schoolAge the ages at school, known to its safeguarding lead
   * @param schoolLeads the chance that the school's safeguarding lead is recorded as lead
   * @param teacher the chance that a class teacher is involved with a child at school
   * @param schoolNurse the chance that a school nurse is involved with a child at school
   * @param healthVisitor the chance that a health visitor is involved with a child under school age
   * @param police the chance that the police are involved with a child under {@code teenAge}
   * @param teenAge from this age the police are involved more often
   * @param policeTeen the chance that the police are involved with a child of {@code teenAge}
   * @param policeEnded the chance that the police's involvement ended in the data
   * @param camhsAge the youngest age CAMHS works with
   * @param camhs the chance that CAMHS is involved with a child of that age
   * @param youthJusticeAge the youngest age youth justice works with
   * @param youthJustice the chance that youth justice is involved with a child of that age
   * @param projectChild the chance that the family's project works with each child
   */
  record Involvement(
      double caseClosed,
      double housing,
      double probation,
      double project,
      double sinceBefore,
      double socialWorkerLeads,
      double notLeadRecorded,
      double socialWorkerChanged,
      Span schoolAge,
      double schoolLeads,
      double teacher,
      double schoolNurse,
      double healthVisitor,
      double police,
      int teenAge,
      double policeTeen,
      double policeEnded,
      int camhsAge,
      double camhs,
      int youthJusticeAge,
      double youthJustice,
      double projectChild) {

    Involvement {
      Objects.requireNonNull(schoolAge, "schoolAge");
      probabilities(
          "involvement",
          caseClosed,
          housing,
          probation,
          project,
          sinceBefore,
          socialWorkerLeads,
          notLeadRecorded,
          socialWorkerChanged,
          schoolLeads,
          teacher,
          schoolNurse,
          healthVisitor,
          police,
          policeTeen,
          policeEnded,
          camhs,
          youthJustice,
          projectChild);
    }
  }

  /**
   * Brothers and sisters: rules 6 (sibling contact gap), 7 (request unanswered) and 9 (siblings
   * treated differently).
   *
   * @param tieFromElder the chance that a sibling tie is written from the elder to the younger (the
   *     format reads both ways round as one tie)
   * @param elderFirst the chance that the elder of a pair is the one whose record holds the pair's
   *     contact and decision, the younger then making the request
   * @param contactApart the chance that siblings living apart had contact in the window
   * @param requestApart the chance that one of siblings living apart asked to see the other
   * @param decisionTogether the chance that siblings on different bases have a decision about both
   */
  record Siblings(
      double tieFromElder,
      double elderFirst,
      double contactApart,
      double requestApart,
      double decisionTogether) {

    Siblings {
      probability(tieFromElder, "tieFromElder");
      probability(elderFirst, "elderFirst");
      probability(contactApart, "contactApart");
      probability(requestApart, "requestApart");
      probability(decisionTogether, "decisionTogether");
    }
  }

  /**
   * The scenarios of the last days before the end date, the rules' default window.
   *
   * @param days the length of the window in days, up to and including the end date
   * @param visits the chance that a child was visited in the window (rule 12, not seen alone)
   * @param visitCount how many visits then
   * @param visitBySocialWorker the chance that the social worker, not another, visited
   * @param seenAlone the chance that a visit saw the child alone
   * @param risks the chance that risks were raised in the window (rule 4, uncoordinated risk)
   * @param riskCount how many risks then
   * @param raisedBySocialWorker the chance that the social worker, not another agency, raised one
   * @param riskMeeting the chance that a strategy or risk management meeting followed
   * @param strategy the chance that such a meeting was a strategy meeting
   * @param networkMeeting the chance that everyone round the child met in the window (rules 3, 5)
   * @param coreGroup the chance that such a meeting of a child not looked after was a core group
   * @param parentAttends the chance that a parent with parental responsibility attended
   * @param informationShared without a meeting, the chance that information was shared
   * @param assessment the chance of an assessment in the window (rule 10, single agency)
   * @param otherAgencies the chance that other agencies contributed to it
   * @param maxContributors the most agencies' professionals that contribute
   * @param familyContributes the chance that a family member contributed
   * @param request the chance that the child asked to see someone (rules 7 and 8)
   * @param requestEarly the chance that the request came early enough to be answered in time
   * @param responseDays the days before the end date from which a request is still in time
   * @param requestBySocialWorker the chance that the social worker recorded the request
   * @param answered the chance that a contact followed the request
   * @param answerDays the days from the request to the contact
   * @param answeredAsChild the draw below which the contact is recorded as the child's request
   * @param answeredAsChildOrService and below which as the service's; above, the family's
   * @param parentsReviewed for a child accommodated by agreement, the draw below which a review
   *     with a parent is on record (rule 15, parental responsibility unexercised)
   * @param reviewedInWindow and below which that review was in the window
   */
  record Window(
      int days,
      double visits,
      Span visitCount,
      double visitBySocialWorker,
      double seenAlone,
      double risks,
      Span riskCount,
      double raisedBySocialWorker,
      double riskMeeting,
      double strategy,
      double networkMeeting,
      double coreGroup,
      double parentAttends,
      double informationShared,
      double assessment,
      double otherAgencies,
      int maxContributors,
      double familyContributes,
      double request,
      double requestEarly,
      int responseDays,
      double requestBySocialWorker,
      double answered,
      Span answerDays,
      double answeredAsChild,
      double answeredAsChildOrService,
      double parentsReviewed,
      double reviewedInWindow) {

    Window {
      if (days < 1 || responseDays < 1 || responseDays >= days) {
        throw new IllegalArgumentException("responseDays must lie within the window");
      }
      Objects.requireNonNull(visitCount, "visitCount");
      Objects.requireNonNull(riskCount, "riskCount");
      Objects.requireNonNull(answerDays, "answerDays");
      probabilities(
          "window",
          visits,
          visitBySocialWorker,
          seenAlone,
          risks,
          raisedBySocialWorker,
          riskMeeting,
          strategy,
          networkMeeting,
          coreGroup,
          parentAttends,
          informationShared,
          assessment,
          otherAgencies,
          familyContributes,
          request,
          requestEarly,
          requestBySocialWorker,
          answered,
          answeredAsChild,
          answeredAsChildOrService,
          parentsReviewed,
          reviewedInWindow);
      if (answeredAsChildOrService < answeredAsChild || parentsReviewed < reviewedInWindow) {
        throw new IllegalArgumentException("cumulative thresholds must not decrease");
      }
    }
  }

  /**
   * Ethnicity records: rules 13 (conflict) and 14 (not recorded).
   *
   * @param notRecorded the chance that no agency recorded the child's ethnicity
   * @param conflict the chance that one record says another ethnicity
   * @param records how many records there are, one more with a conflict
   * @param sameRecorder the chance that a later record is by the first recorder again
   * @param variant the chance that a record writes the value in other case or spacing
   */
  record Ethnicity(
      double notRecorded, double conflict, Span records, double sameRecorder, double variant) {

    Ethnicity {
      Objects.requireNonNull(records, "records");
      probability(notRecorded, "notRecorded");
      probability(conflict, "conflict");
      probability(sameRecorder, "sameRecorder");
      probability(variant, "variant");
    }
  }

  /**
   * The routine record that fills each chronology up to its length: the background against which
   * the window's scenarios stand out, and the circumstances that rule 11 looks for.
   *
   * @param entries how often each kind of entry occurs
   * @param spreadFrom a child's number of entries is the average times a factor from this
   * @param spreadWidth up to this much more
   * @param visitBySocialWorker the chance that the social worker, not another, visited
   * @param seenAlone the chance that a visit saw the child alone
   * @param siblingJoins the chance that a sibling joins a family member's contact
   * @param requestedByRecorded the chance that a contact says who asked for it
   * @param maxSharedWith the most professionals information is shared with
   * @param attends the chance that each professional around the child attends a meeting
   * @param sidelineAttends the chance that a professional working with a parent attends
   * @param parentAttends the chance that a parent with parental responsibility attends
   * @param assessedBySocialWorker the chance that the social worker, not another, assessed
   * @param contributes the chance that each other professional contributes to an assessment
   * @param familyContributes the chance that a family member contributes
   * @param decisionSibling the chance that a decision considers a sibling
   * @param decisionParent otherwise the chance that it involves a parent with responsibility
   * @param askSibling the chance that a child's request is to see a sibling
   * @param raisedBySocialWorker the chance that the social worker, not another agency, raised a
   *     risk
   */
  record Routine(
      Weighted<Entry> entries,
      double spreadFrom,
      double spreadWidth,
      double visitBySocialWorker,
      double seenAlone,
      double siblingJoins,
      double requestedByRecorded,
      int maxSharedWith,
      double attends,
      double sidelineAttends,
      double parentAttends,
      double assessedBySocialWorker,
      double contributes,
      double familyContributes,
      double decisionSibling,
      double decisionParent,
      double askSibling,
      double raisedBySocialWorker) {

    /** The kinds of routine entry, in the order their weights are walked. */
    enum Entry {
      VISIT,
      CONTACT,
      INFORMATION_SHARED,
      MEETING,
      ASSESSMENT,
      RISK,
      CIRCUMSTANCES_CHANGED,
      DECISION,
      REQUEST
    }

    Routine {
      Objects.requireNonNull(entries, "entries");
      probabilities(
          "routine",
          visitBySocialWorker,
          seenAlone,
          siblingJoins,
          requestedByRecorded,
          attends,
          sidelineAttends,
          parentAttends,
          assessedBySocialWorker,
          contributes,
          familyContributes,
          decisionSibling,
          decisionParent,
          askSibling,
          raisedBySocialWorker);
      if (maxSharedWith < 1) {
        throw new IllegalArgumentException("maxSharedWith must be at least 1");
      }
    }
  }

  /** Checks several chances at once; an error names the group, as one record holds them all. */
  private static void probabilities(String group, double... ps) {
    for (double p : ps) {
      probability(p, group);
    }
  }

  private static void probability(double p, String name) {
    if (!(p >= 0 && p <= 1)) {
      throw new IllegalArgumentException(name + " must be a probability, was " + p);
    }
  }
}
