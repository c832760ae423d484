package org.sgnet.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sgnet.rules.Net.net;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sgnet.bundle.EventType;
import org.sgnet.bundle.LegalBasis;
import org.sgnet.bundle.MeetingSubtype;
import org.sgnet.bundle.RequestedBy;

/**
 * Small networks with known answers, one or more per rule, at the edges of the spec. Every case is
 * also checked against the reference evaluation and, for the twin rules, the JGraphT engine.
 */
class HandMadeRulesIT {

  private static final String D = "2024-03-31";

  private static RuleOptions.Builder at(String asOf, Rule... rules) {
    return RuleOptions.builder().asOf(Net.date(asOf)).rules(List.of(rules));
  }

  private static List<Finding> run(Net net, RuleOptions.Builder options) {
    return RulesTesting.runEverywhere(net.bundle(), options.build());
  }

  @ParameterizedTest(name = "visit on {0} seen alone={1}: finding={2}")
  @CsvSource({
    // D - W = 2024-03-21 is outside the window, D inside, after D ignored.
    "2024-03-21, false, false",
    "2024-03-22, false, true",
    "2024-03-31, false, true",
    "2024-04-01, false, false",
    "2024-03-31, true, false",
  })
  void shouldSeeOnlyTheWindowUpToD(String date, boolean alone, boolean expected) {
    Net n = net().child("c").visit("v1", date, "c", alone);
    List<Finding> f = run(n, at(D, Rules.NOT_SEEN_ALONE).windowDays(10));
    assertThat(f).hasSize(expected ? 1 : 0);
  }

  @Test
  void shouldNotCallAVisitedChildUnseenWhenOneVisitInTheWindowWasAlone() {
    Net n =
        net()
            .child("c")
            .visit("v1", "2024-03-30", "c", false)
            .visit("v2", "2024-03-25", "c", true)
            .visit("v3", "2024-04-02", "c", false);
    assertThat(run(n, at(D, Rules.NOT_SEEN_ALONE).windowDays(10))).isEmpty();
  }

  @ParameterizedTest(name = "INVOLVED {0}..{1}: active on D={2}")
  @CsvSource({
    "2024-03-31, , true",
    ", 2024-03-31, true",
    "2024-03-31, 2024-03-31, true",
    ", 2024-03-30, false",
    "2024-04-01, , false",
    ", , true",
  })
  void shouldCountTiesActiveExactlyOnD(String start, String end, boolean active) {
    Net n = net().child("c").pro("p1", "ag1").involved("p1", "c", false, start, end);
    List<Finding> f =
        run(n, at(D, Rules.PROFESSIONAL_OVERLOAD).overloadProfessionals(1).overloadAgencies(9));
    assertThat(f).hasSize(active ? 1 : 0);
    if (active) {
      assertThat(f.get(0).personIds()).containsExactly("p1");
      assertThat(f.get(0).agencyIds()).containsExactly("ag1");
      assertThat(f.get(0).severity()).isEqualTo(Severity.MEDIUM);
    }
  }

  @Test
  void shouldCountProfessionalsOfEventsInTheWindowAndTheEventsAgencies() {
    Net n =
        net()
            .child("c")
            .pro("p1", "ag1")
            .pro("p2", "ag2")
            .pro("p3", "ag3")
            .involved("p1", "c")
            .plain("e1", "2024-03-01", EventType.VISIT, "c", "ag4", "p2")
            .plain("e2", "2023-01-01", EventType.VISIT, "c", "ag5", "p3");
    List<Finding> f =
        run(n, at(D, Rules.PROFESSIONAL_OVERLOAD).overloadProfessionals(2).overloadAgencies(3));
    assertThat(f)
        .singleElement()
        .satisfies(
            x -> {
              assertThat(x.severity()).isEqualTo(Severity.HIGH);
              assertThat(x.personIds()).containsExactly("p1", "p2");
              assertThat(x.agencyIds()).containsExactly("ag1", "ag2", "ag4");
            });
  }

  @Test
  void shouldReportNoSinglePointOfContactOnlyWithoutAnActiveLead() {
    Net n =
        net()
            .child("a", "b")
            .pro("p1", "ag1")
            .pro("p2", "ag2")
            .pro("p3", "ag3")
            .pro("p4", "ag4")
            .involved("p1", "a")
            .involved("p2", "a")
            .involved("p4", "a")
            .involved("p3", "a", true, null, "2024-03-30")
            .involved("p1", "b")
            .involved("p2", "b")
            .involved("p3", "b", true, "2024-03-31", null);
    List<Finding> f = run(n, at(D, Rules.NO_SINGLE_POINT_OF_CONTACT));
    assertThat(f)
        .singleElement()
        .satisfies(
            x -> {
              assertThat(x.childIds()).containsExactly("a");
              assertThat(x.agencyIds()).containsExactly("ag1", "ag2", "ag4");
            });
  }

  @Test
  void shouldSplitTheCoordinationGraphAndNameItsBrokers() {
    // p1 - p2 - p3 joined by two meetings (p2 the only link), p4 and p5 share an agency,
    // p6 is alone; a meeting before the window joins nobody.
    Net n =
        net()
            .child("c")
            .pro("p1", "ag1")
            .pro("p2", "ag2")
            .pro("p3", "ag3")
            .pro("p4", "ag4")
            .pro("p5", "ag4")
            .pro("p6", "ag6")
            .involved("p1", "c")
            .involved("p4", "c")
            .involved("p5", "c")
            .involved("p6", "c")
            .meeting("m1", "2024-03-01", "c", "ag9", MeetingSubtype.CORE_GROUP, "p1", "p2")
            .shared("i1", "2024-03-02", "c", "p3", "p2")
            .meeting("m0", "2023-01-01", "c", "ag9", MeetingSubtype.OTHER, null, "p6", "p1");
    List<Finding> f = run(n, at(D, Rules.COORDINATION_GAP));
    assertThat(f)
        .singleElement()
        .satisfies(
            x -> {
              assertThat(x.severity()).isEqualTo(Severity.HIGH);
              assertThat(x.personIds()).containsExactly("p1", "p2", "p3", "p4", "p5", "p6");
              assertThat(x.details())
                  .isEqualTo(
                      Map.of(
                          "components",
                          List.of(List.of("p1", "p2", "p3"), List.of("p4", "p5"), List.of("p6")),
                          "brokers",
                          List.of("p2")));
            });
  }

  @Test
  void shouldNotReportACoordinationGapForOneProfessionalOrOneComponent() {
    Net one = net().child("c").pro("p1", "ag1").involved("p1", "c");
    assertThat(run(one, at(D, Rules.COORDINATION_GAP))).isEmpty();
    Net joined =
        net()
            .child("c")
            .pro("p1", "ag1")
            .pro("p2", "ag2")
            .involved("p1", "c")
            .involved("p2", "c")
            .shared("i1", D, "c", "p1", "p2");
    assertThat(run(joined, at(D, Rules.COORDINATION_GAP))).isEmpty();
  }

  @Test
  void shouldFindUncoordinatedRiskUnlessAMultiAgencyMeetingManagesIt() {
    Net base =
        net()
            .child("c")
            .pro("p1", "ag1")
            .pro("p2", "ag2")
            .pro("p3", "ag1")
            .risk("r1", "2024-03-01", "c", "ag1", "CSE")
            .risk("r2", "2024-03-02", "c", "ag2", "CSE");
    List<Finding> f = run(base, at(D, Rules.UNCOORDINATED_RISK));
    assertThat(f)
        .singleElement()
        .satisfies(
            x -> {
              assertThat(x.agencyIds()).containsExactly("ag1", "ag2");
              assertThat(x.details()).isEqualTo(Map.of("risks", List.of("CSE")));
            });
    // The meeting's own agency (ag2) does not count: its people are all of ag1.
    Net sameAgency =
        base.meeting("m1", "2024-03-03", "c", "ag2", MeetingSubtype.STRATEGY, "p1", "p3");
    assertThat(run(sameAgency, at(D, Rules.UNCOORDINATED_RISK))).hasSize(1);
    Net twoAgencies =
        base.meeting("m2", "2024-03-04", "c", "ag1", MeetingSubtype.RISK_MANAGEMENT, "p1", "p2");
    assertThat(run(twoAgencies, at(D, Rules.UNCOORDINATED_RISK))).isEmpty();
  }

  @Test
  void shouldNotCountACoreGroupAsRiskManagement() {
    Net n =
        net()
            .child("c")
            .pro("p1", "ag1")
            .pro("p2", "ag2")
            .risk("r1", "2024-03-01", "c", "ag1", "CSE")
            .risk("r2", "2024-03-02", "c", "ag1", "MISSING")
            .meeting("m1", "2024-03-03", "c", "ag1", MeetingSubtype.CORE_GROUP, "p1", "p2");
    assertThat(run(n, at(D, Rules.UNCOORDINATED_RISK)))
        .singleElement()
        .satisfies(x -> assertThat(x.details()).containsEntry("risks", List.of("CSE", "MISSING")));
  }

  @Test
  void shouldFindASiloOfTwoAgenciesSharingChildrenWithoutTalking() {
    Net n = net().child("a", "b", "c", "d").pro("x1", "agx").pro("y1", "agy").pro("z1", "agz");
    for (String c : List.of("a", "b", "c")) {
      n.involved("x1", c).involved("y1", c).involved("z1", c);
    }
    // x and z talked (about child d, which makes d a fourth child they share).
    n.shared("i1", "2024-03-01", "d", "x1", "z1");
    List<Finding> f = run(n, at(D, Rules.AGENCY_SILO));
    assertThat(f)
        .extracting(x -> x.agencyIds() + " " + x.childIds())
        .containsExactly("[agx, agy] [a, b, c]", "[agy, agz] [a, b, c]");
    assertThat(run(n, at(D, Rules.AGENCY_SILO).siloSharedChildren(4))).isEmpty();
    assertThat(run(n, at(D, Rules.AGENCY_SILO).childId("d"))).isEmpty();
    assertThat(run(n, at(D, Rules.AGENCY_SILO).childId("b"))).hasSize(2);
  }

  @Test
  void shouldFindSiblingsLivingApartWithoutContactListedEitherWayRound() {
    Net n =
        net()
            .child("a", "b", "c", "d")
            .carer("h1", "h2", "h3")
            .sibling("b", "a")
            .sibling("c", "d")
            .sibling("d", "c", "2020-01-01", null)
            .placed("a", "h1", LegalBasis.CARE_ORDER)
            .placed("b", "h2", LegalBasis.CARE_ORDER)
            .placed("c", "h3", LegalBasis.KINSHIP)
            .placed("d", "h1", LegalBasis.CARE_ORDER);
    List<Finding> f = run(n, at(D, Rules.SIBLING_CONTACT_GAP));
    assertThat(f)
        .extracting(x -> x.childIds() + " " + x.severity())
        .containsExactly("[a, b] MEDIUM", "[c, d] MEDIUM");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "contact about a with b in the window, contact, a, b, 2024-03-31, 0",
    "contact about b with a in the window, contact, b, a, 2024-03-22, 0",
    "contact on D - W, contact, a, b, 2024-03-21, 1",
    "contact after D, contact, a, b, 2024-04-01, 1",
    "request of b for a makes it HIGH, request, b, a, 2024-03-25, 2",
  })
  void shouldWeighSiblingContact(
      String name, String kind, String subject, String other, String date, int expected) {
    Net n =
        net()
            .child("a", "b")
            .carer("h1", "h2")
            .sibling("a", "b")
            .placed("a", "h1", LegalBasis.CARE_ORDER)
            .placed("b", "h2", LegalBasis.KINSHIP);
    if (kind.equals("contact")) {
      n.contact("k1", date, subject, null, other);
    } else {
      n.request("r1", date, subject, other);
    }
    List<Finding> f = run(n, at(D, Rules.SIBLING_CONTACT_GAP).windowDays(10));
    // 0: none, 1: MEDIUM, 2: HIGH
    assertThat(f).hasSize(expected == 0 ? 0 : 1);
    if (expected > 0) {
      assertThat(f.get(0).severity()).isEqualTo(expected == 2 ? Severity.HIGH : Severity.MEDIUM);
    }
  }

  @Test
  void shouldNotCallSiblingsApartWhenOneHasNoPlacementOrTheyShareAHome() {
    Net n =
        net()
            .child("a", "b", "c")
            .carer("h1", "h2")
            .sibling("a", "b")
            .sibling("a", "c")
            .placed("a", "h1", LegalBasis.CARE_ORDER)
            .placed("a", "h2", LegalBasis.PRIVATE_FOSTERING, "2024-03-31", null)
            .placed("c", "h2", LegalBasis.PRIVATE_FOSTERING);
    assertThat(run(n, at(D, Rules.SIBLING_CONTACT_GAP))).isEmpty();
    assertThat(run(n, at("2024-03-30", Rules.SIBLING_CONTACT_GAP)))
        .extracting(x -> x.childIds() + " " + x.severity())
        .containsExactly("[a, c] HIGH");
  }

  @ParameterizedTest(name = "request on {0}, contact on {1} with {2}: unanswered={3}")
  @CsvSource({
    // D - 28 = 2024-03-03: a request on that day is due, one a day later is not yet.
    "2024-03-03, , x, true",
    "2024-03-04, , x, false",
    "2024-03-03, 2024-03-03, x, false",
    "2024-03-03, 2024-03-31, x, false",
    "2024-03-03, 2024-03-02, x, true",
    "2024-03-03, 2024-04-01, x, true",
    "2024-03-03, 2024-03-10, z, true",
    // outside the window (W = 90: D - W = 2024-01-01)
    "2024-01-01, , x, false",
  })
  void shouldFindUnansweredRequests(
      String requested, String contacted, String with, boolean unanswered) {
    Net n = net().child("c").family("x", "y", "z").request("r1", requested, "c", "x", "y");
    if (contacted != null) {
      n.contact("k1", contacted, "c", RequestedBy.CHILD, with);
    }
    List<Finding> f = run(n, at(D, Rules.CHILD_REQUEST_UNANSWERED));
    assertThat(f).hasSize(unanswered ? 1 : 0);
    if (unanswered) {
      assertThat(f.get(0).personIds()).containsExactly("x", "y");
      assertThat(f.get(0).details()).isEqualTo(Map.of("eventId", "r1"));
    }
  }

  @ParameterizedTest(name = "first contact ids {0}/{1}: misattributed={2}")
  @CsvSource({
    "k1, k2, true",
    "k2, k1, false",
  })
  void shouldBreakTiesOfAnsweringContactsByTheSmallerEventId(
      String serviceId, String childId, boolean misattributed) {
    Net n =
        net()
            .child("c")
            .family("x")
            .request("r1", "2024-03-01", "c", "x")
            .contact(serviceId, "2024-03-05", "c", RequestedBy.SERVICE, "x")
            .contact(childId, "2024-03-05", "c", RequestedBy.CHILD, "x")
            .contact("k0", "2024-02-28", "c", RequestedBy.CHILD, "x");
    List<Finding> f = run(n, at(D, Rules.CHILD_REQUEST_MISATTRIBUTED));
    assertThat(f).hasSize(misattributed ? 1 : 0);
    if (misattributed) {
      assertThat(f.get(0).details()).isEqualTo(Map.of("eventId", "k1", "requestEventId", "r1"));
      assertThat(f.get(0).severity()).isEqualTo(Severity.LOW);
    }
  }

  @ParameterizedTest(name = "service contact on {0}: misattributed={1}")
  @CsvSource({
    // the answer must come within responseDays (28) of the request and by D
    "2024-03-29, true",
    "2024-03-30, false",
  })
  void shouldLookForTheAnswerOnlyWithinTheResponseTime(String date, boolean misattributed) {
    Net n =
        net()
            .child("c")
            .family("x")
            .request("r1", "2024-03-01", "c", "x")
            .contact("k1", date, "c", RequestedBy.SERVICE, "x");
    assertThat(run(n, at(D, Rules.CHILD_REQUEST_MISATTRIBUTED))).hasSize(misattributed ? 1 : 0);
  }

  @Test
  void shouldFindSiblingsOnDifferentBasesWithoutAJointDecision() {
    Net n =
        net()
            .child("a", "b", "c")
            .carer("h1", "h2", "h3")
            .sibling("b", "a")
            .sibling("a", "c")
            .placed("a", "h1", LegalBasis.S20_VOLUNTARY)
            .placed("b", "h2", LegalBasis.PRIVATE_FOSTERING)
            .placed("c", "h3", LegalBasis.S20_VOLUNTARY)
            .decision("d1", "2024-04-01", "b", "a");
    assertThat(run(n, at(D, Rules.SIBLINGS_TREATED_DIFFERENTLY)))
        .extracting(x -> x.childIds().toString())
        .containsExactly("[a, b]");
    assertThat(run(n, at("2024-04-01", Rules.SIBLINGS_TREATED_DIFFERENTLY))).isEmpty();
  }

  @Test
  void shouldCompareSetsOfLegalBasesAndIgnoreAChildWithoutPlacement() {
    Net n =
        net()
            .child("a", "b", "c")
            .carer("h1", "h2")
            .sibling("a", "b")
            .sibling("a", "c")
            .placed("a", "h1", LegalBasis.CARE_ORDER)
            .placed("a", "h2", LegalBasis.CARE_ORDER, "2024-01-01", null)
            .placed("b", "h2", LegalBasis.CARE_ORDER);
    assertThat(run(n, at(D, Rules.SIBLINGS_TREATED_DIFFERENTLY))).isEmpty();
  }

  @ParameterizedTest(name = "assessments {0} and {1} on one day: latest={2}")
  @CsvSource({
    "s1, s2, s2",
    "s2, s1, s2",
  })
  void shouldTakeTheAssessmentWithTheGreaterIdOnTheSameDay(
      String single, String multi, String latest) {
    Net n =
        net()
            .child("c")
            .pro("p1", "ag1")
            .pro("p2", "ag2")
            .involved("p2", "c")
            .assessment(single, "2024-03-10", "c", "ag1", "p1")
            .assessment(multi, "2024-03-10", "c", "ag1", "p2");
    List<Finding> f = run(n, at(D, Rules.SINGLE_AGENCY_ASSESSMENT));
    assertThat(f).hasSize(latest.equals(single) ? 1 : 0);
  }

  @Test
  void shouldNotCountTheRecorderAsAContributorToAnAssessment() {
    Net n =
        net()
            .child("c")
            .pro("p1", "ag1")
            .pro("p2", "ag2")
            .event(
                "s1",
                "2024-03-10",
                EventType.ASSESSMENT,
                "c",
                "ag1",
                "p2",
                List.of("p1"),
                null,
                null,
                null,
                null);
    assertThat(run(n, at(D, Rules.SINGLE_AGENCY_ASSESSMENT)))
        .singleElement()
        .satisfies(x -> assertThat(x.details()).isEqualTo(Map.of("eventId", "s1")));
  }

  @ParameterizedTest(name = "assessment {0}, changes {1} and {2}: {3}")
  @CsvSource({
    // D - 45 = 2024-02-15
    "2024-01-01, 2024-01-01, 2024-02-15, c2",
    "2024-01-01, 2024-01-02, 2024-02-16, c1",
    ", 2023-01-01, 2024-02-15, c1 c2",
    "2024-02-20, 2024-01-02, 2024-02-15, ''",
    "2024-04-01, 2024-01-02, 2024-01-03, c1 c2",
  })
  void shouldListChangesSinceTheLatestAssessment(
      String assessed, String first, String second, String expected) {
    Net n = net().child("c").changed("c2", second, "c").changed("c1", first, "c");
    if (assessed != null) {
      n.assessment("a1", assessed, "c", "ag1");
    }
    List<Finding> f = run(n, at(D, Rules.ASSESSMENT_NOT_REVISITED));
    if (expected.isEmpty()) {
      assertThat(f).isEmpty();
    } else {
      assertThat(f)
          .singleElement()
          .satisfies(
              x ->
                  assertThat(x.details())
                      .isEqualTo(Map.of("eventIds", List.of(expected.split(" ")))));
    }
  }

  @ParameterizedTest(name = "''{0}'' and ''{1}'': conflict={2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "White British|white british|false",
        "White British|'  WHITE \t\t british\t'|false",
        "White\tBritish|white  british|false",
        "White British|White\u00a0British|true",
        "Weiß|weiss|true",
        "White British|White Irish|true",
      })
  void shouldNormaliseEthnicityBeforeComparing(String first, String second, boolean conflict) {
    Net n =
        net()
            .child("c")
            .ethnicity("e1", "2024-01-01", "c", "ag1", first)
            .ethnicity("e2", "2024-01-02", "c", "ag2", second);
    List<Finding> f = run(n, at(D, Rules.ETHNICITY_CONFLICT));
    assertThat(f).hasSize(conflict ? 1 : 0);
    if (conflict) {
      assertThat(f.get(0).severity()).isEqualTo(Severity.MEDIUM);
      assertThat(f.get(0).agencyIds()).containsExactly("ag1", "ag2");
      assertThat(f.get(0).details())
          .isEqualTo(
              Map.of(
                  "values",
                  List.of(ReferenceRules.trim(first), ReferenceRules.trim(second)).stream()
                      .sorted()
                      .toList(),
                  "withinAgency",
                  List.of()));
    }
  }

  @Test
  void shouldKeepTheFirstWrittenValueAndFlagAnAgencyDisagreeingWithItself() {
    Net n =
        net()
            .child("c")
            .ethnicity("e3", "2024-01-01", "c", "ag2", "\twhite  BRITISH ")
            .ethnicity("e2", "2024-01-01", "c", "ag1", "White  British")
            .ethnicity("e4", "2024-01-05", "c", "ag1", "Black British")
            .ethnicity("e5", "2024-04-05", "c", "ag3", "Other");
    assertThat(run(n, at(D, Rules.ETHNICITY_CONFLICT)))
        .singleElement()
        .satisfies(
            x -> {
              assertThat(x.severity()).isEqualTo(Severity.HIGH);
              assertThat(x.agencyIds()).containsExactly("ag1", "ag2");
              assertThat(x.details())
                  .isEqualTo(
                      Map.of(
                          "values",
                          List.of("Black British", "White  British"),
                          "withinAgency",
                          List.of("ag1")));
            });
  }

  @Test
  void shouldFindAssessedChildrenWithoutEthnicityUpToD() {
    Net n =
        net()
            .child("a", "b", "c")
            .assessment("s1", "2020-01-01", "a", "ag1")
            .assessment("s2", "2024-03-01", "b", "ag1")
            .ethnicity("e1", "2024-04-01", "b", "ag1", "Any")
            .assessment("s3", "2024-04-01", "c", "ag1");
    assertThat(run(n, at(D, Rules.ETHNICITY_NOT_RECORDED)))
        .extracting(x -> x.childIds().get(0))
        .containsExactly("a", "b");
  }

  @Test
  void shouldFindParentalResponsibilityUnexercisedWithDaysSinceTheLastEngagement() {
    Net n =
        net()
            .child("c")
            .family("m", "f", "s")
            .carer("h")
            .placed("c", "h", LegalBasis.S20_VOLUNTARY)
            .parent("m", "c", true, null, null)
            .parent("f", "c", true, null, "2024-03-30")
            .parent("s", "c", false, null, null)
            .meeting("m1", "2024-03-20", "c", "ag1", MeetingSubtype.LOOKED_AFTER_REVIEW, null, "s")
            .contact("k1", "2024-03-20", "c", null, "m")
            .decision("d1", "2023-12-22", "c", "m")
            .assessment("a1", "2024-03-25", "c", "ag1", "f");
    assertThat(run(n, at(D, Rules.PARENTAL_RESPONSIBILITY_UNEXERCISED)))
        .singleElement()
        .satisfies(
            x -> {
              assertThat(x.personIds()).containsExactly("m");
              assertThat(x.details()).containsEntry("daysSinceEngagement", 100L);
            });
  }

  @Test
  void shouldReportNullDaysWhenNobodyHoldsParentalResponsibility() {
    Net n =
        net()
            .child("c", "d")
            .carer("h")
            .placed("c", "h", LegalBasis.S20_VOLUNTARY)
            .placed("d", "h", LegalBasis.CARE_ORDER);
    List<Finding> f = run(n, at(D, Rules.PARENTAL_RESPONSIBILITY_UNEXERCISED));
    assertThat(f)
        .singleElement()
        .satisfies(
            x -> {
              assertThat(x.childIds()).containsExactly("c");
              assertThat(x.personIds()).isEmpty();
              assertThat(x.details()).containsEntry("daysSinceEngagement", null);
              assertThat(x.message()).contains("Child c");
            });
  }
}
