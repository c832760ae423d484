package org.sgnet.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sgnet.SgnetException;
import org.sgnet.store.CypherFile;

/** The catalogue as the rule types on the class path make it. */
class RuleCatalogueTest {

  @Test
  void shouldFindTheFifteenRulesOfTheSpecInTheirOrder() {
    List<Rule> rules = Rule.values();
    assertThat(rules)
        .extracting(Rule::number)
        .containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15);
    assertThat(rules)
        .extracting(Rule::name)
        .containsExactly(
            "PROFESSIONAL_OVERLOAD",
            "NO_SINGLE_POINT_OF_CONTACT",
            "COORDINATION_GAP",
            "UNCOORDINATED_RISK",
            "AGENCY_SILO",
            "SIBLING_CONTACT_GAP",
            "CHILD_REQUEST_UNANSWERED",
            "CHILD_REQUEST_MISATTRIBUTED",
            "SIBLINGS_TREATED_DIFFERENTLY",
            "SINGLE_AGENCY_ASSESSMENT",
            "ASSESSMENT_NOT_REVISITED",
            "NOT_SEEN_ALONE",
            "ETHNICITY_CONFLICT",
            "ETHNICITY_NOT_RECORDED",
            "PARENTAL_RESPONSIBILITY_UNEXERCISED");
  }

  @Test
  void shouldGiveEveryRuleAStatementFile() {
    for (Rule rule : Rule.values()) {
      assertThat(CypherFile.exists(rule.cypherFile())).as(rule.name()).isTrue();
      assertThat(rule.cypherFile(true)).startsWith("rules/");
    }
  }

  @Test
  void shouldPutEveryThemeToUse() {
    assertThat(Rule.values().stream().map(Rule::theme).distinct())
        .containsExactlyInAnyOrder(Theme.values());
  }

  @ParameterizedTest
  @CsvSource({
    "professional-overload, PROFESSIONAL_OVERLOAD",
    "' Agency_Silo ', AGENCY_SILO",
    "not_seen_alone, NOT_SEEN_ALONE"
  })
  void shouldParseRuleNamesLeniently(String written, String name) {
    assertThat(Rule.parse(written)).isSameAs(Rule.valueOf(name));
  }

  @Test
  void shouldNameTheRulesWhenAskedForAnUnknownOne() {
    assertThatThrownBy(() -> Rule.parse("overload"))
        .isInstanceOf(SgnetException.class)
        .hasMessageContaining("unknown rule 'overload'")
        .hasMessageContaining("NOT_SEEN_ALONE");
    assertThatThrownBy(() -> Rule.valueOf("overload")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void shouldRefuseADetailTheRuleDoesNotHaveNamingRuleAndKey() {
    Map<String, Object> details = Map.of("eventId", "ev-1", "typo", "x");
    assertThatThrownBy(() -> Rules.SINGLE_AGENCY_ASSESSMENT.canonical(details))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("SINGLE_AGENCY_ASSESSMENT")
        .hasMessageContaining("'typo'");
  }

  @Test
  void shouldRefuseADetailOfTheWrongType() {
    Map<String, Object> details = Map.of("risks", "NEGLECT");
    assertThatThrownBy(() -> Rules.UNCOORDINATED_RISK.canonical(details))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("UNCOORDINATED_RISK")
        .hasMessageContaining("'risks'");
  }

  @Test
  void shouldPutDetailsInTheSpecsCanonicalForm() {
    Map<String, Object> gap = new HashMap<>();
    gap.put("components", List.of(List.of("p9"), List.of("p3", "p1"), List.of("p2", "p8", "p4")));
    gap.put("brokers", List.of("p8", "p2"));
    assertThat(Rules.COORDINATION_GAP.canonical(gap))
        .containsEntry(
            "components", List.of(List.of("p2", "p4", "p8"), List.of("p1", "p3"), List.of("p9")))
        .containsEntry("brokers", List.of("p2", "p8"));
    Map<String, Object> days = new HashMap<>();
    days.put("daysSinceEngagement", 12);
    assertThat(Rules.PARENTAL_RESPONSIBILITY_UNEXERCISED.canonical(days))
        .containsEntry("daysSinceEngagement", 12L);
    days.put("daysSinceEngagement", null);
    assertThat(Rules.PARENTAL_RESPONSIBILITY_UNEXERCISED.canonical(days))
        .containsEntry("daysSinceEngagement", null);
    assertThat(
            Rules.ASSESSMENT_NOT_REVISITED.canonical(Map.of("eventIds", List.of("ev-9", "ev-2"))))
        .as("changes keep the statement's date order")
        .containsEntry("eventIds", List.of("ev-9", "ev-2"));
  }

  /**
   * Backs the SpotBugs exclusion for the details records (spotbugs-exclude.xml): whatever lists a
   * details record is built with, the lists it hands out cannot be changed, by its reader or by
   * whoever built it.
   */
  @Test
  void shouldKeepEveryDetailsListFromBeingChanged() throws ReflectiveOperationException {
    for (Rule rule : Rule.values()) {
      Class<?> type = ((RuleDefinition<?>) rule).detailsType();
      RecordComponent[] components = type.getRecordComponents();
      Object[] args = new Object[components.length];
      List<List<?>> given = new ArrayList<>();
      for (int i = 0; i < components.length; i++) {
        args[i] = sample(components[i]);
        if (args[i] instanceof List<?> list) {
          given.add(list);
        }
      }
      Class<?>[] parameterTypes =
          Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
      Object details = type.getDeclaredConstructor(parameterTypes).newInstance(args);
      Object before = details.toString();
      given.forEach(list -> list.clear());
      assertThat(details.toString()).as(rule.name()).isEqualTo(before);
      for (RecordComponent c : components) {
        if (c.getAccessor().invoke(details) instanceof List<?> list) {
          assertThatThrownBy(list::clear)
              .as(rule.name() + "." + c.getName())
              .isInstanceOf(UnsupportedOperationException.class);
          for (Object element : list) {
            if (element instanceof List<?> inner) {
              assertThatThrownBy(inner::clear)
                  .as(rule.name() + "." + c.getName())
                  .isInstanceOf(UnsupportedOperationException.class);
            }
          }
        }
      }
    }
  }

  private static Object sample(RecordComponent component) {
    Class<?> type = component.getType();
    if (type == List.class) {
      boolean nested =
          component.getGenericType() instanceof ParameterizedType p
              && p.getActualTypeArguments()[0] instanceof ParameterizedType;
      return nested
          ? new ArrayList<>(List.of(new ArrayList<>(List.of("p2", "p1"))))
          : new ArrayList<>(List.of("p2", "p1"));
    }
    if (type == String.class) {
      return "ev-1";
    }
    if (type == long.class || type == Long.class) {
      return 1L;
    }
    if (type == int.class || type == Integer.class) {
      return 1;
    }
    if (type == double.class || type == Double.class) {
      return 1.0;
    }
    if (type == boolean.class || type == Boolean.class) {
      return true;
    }
    throw new AssertionError("no sample for " + component);
  }

  @Test
  void shouldFindEveryIdTheDetailsName() {
    Map<String, Object> conflict =
        Map.of("values", List.of("b", "a"), "withinAgency", List.of("ag-2"));
    assertThat(Rules.ETHNICITY_CONFLICT.agencies(conflict)).containsExactly("ag-2");
    Map<String, Object> gap =
        Map.of("components", List.of(List.of("p1"), List.of("p2")), "brokers", List.of());
    assertThat(Rules.COORDINATION_GAP.people(gap)).containsExactlyInAnyOrder("p1", "p2");
    Map<String, Object> misattributed = Map.of("eventId", "ev-2", "requestEventId", "ev-1");
    assertThat(Rules.CHILD_REQUEST_MISATTRIBUTED.events(misattributed))
        .containsExactlyInAnyOrder("ev-1", "ev-2");
    assertThat(Rules.CHILD_REQUEST_MISATTRIBUTED.recoded(misattributed, id -> "Event " + id))
        .containsEntry("eventId", "Event ev-2")
        .containsEntry("requestEventId", "Event ev-1");
  }

  @Test
  void shouldWriteEveryRulesWordsFromItsOwnType() {
    List<String> seen = new ArrayList<>();
    for (Rule rule : Rule.values()) {
      RawFinding f =
          new RawFinding(
              rule,
              Severity.MEDIUM,
              List.of("c1", "c2"),
              List.of("a1", "a2"),
              List.of("p1"),
              sample(rule));
      Wording w =
          rule.wording(
              new RawFinding(
                  rule,
                  f.severity(),
                  f.childIds(),
                  f.agencyIds(),
                  f.personIds(),
                  rule.canonical(f.details())),
              new Names(Map.of("c1", "Amy", "c2", "Ben", "p1", "Pat"), Map.of("a1", "School")));
      assertThat(w.message()).as(rule.name()).isNotBlank().doesNotContain("null");
      assertThat(w.recommendation()).as(rule.name()).isNotBlank();
      seen.add(w.message());
    }
    assertThat(seen).doesNotHaveDuplicates();
  }

  @Test
  void shouldSayPlainlyWhenNobodyOnRecordHoldsParentalResponsibility() {
    Rule rule = Rule.valueOf("PARENTAL_RESPONSIBILITY_UNEXERCISED");
    Map<String, Object> none = new java.util.HashMap<>();
    none.put("daysSinceEngagement", null);
    Wording w =
        rule.wording(
            new RawFinding(
                rule, Severity.HIGH, List.of("c1"), List.of(), List.of(), rule.canonical(none)),
            new Names(Map.of("c1", "Amy"), Map.of()));

    assertThat(w.message())
        .isEqualTo(
            "Amy is accommodated under section 20 and nobody on record holds parental"
                + " responsibility for them, so nobody with it takes part in meetings,"
                + " assessments or decisions.")
        .doesNotContain(" no meeting");
    assertThat(w.recommendation()).startsWith("Find out who holds parental responsibility for Amy");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "NO_SINGLE_POINT_OF_CONTACT | Amy is known to 1 agency (School) and none has a lead"
            + " professional for Amy.",
        "PROFESSIONAL_OVERLOAD      | Amy has 1 involved professional from 1 agency (School).",
      })
  void shouldWriteOneInTheSingularWhenAThresholdIsSetToOne(String name, String message) {
    Rule rule = Rule.valueOf(name);
    Wording w =
        rule.wording(
            new RawFinding(
                rule, Severity.MEDIUM, List.of("c1"), List.of("a1"), List.of("p1"), Map.of()),
            new Names(Map.of("c1", "Amy", "p1", "Pat"), Map.of("a1", "School")));

    assertThat(w.message()).isEqualTo(message);
  }

  private static Map<String, Object> sample(Rule rule) {
    return switch (rule.name()) {
      case "COORDINATION_GAP" ->
          Map.of("components", List.of(List.of("p1"), List.of("p2")), "brokers", List.of());
      case "UNCOORDINATED_RISK" -> Map.of("risks", List.of("NEGLECT", "CSE"));
      case "CHILD_REQUEST_UNANSWERED", "SINGLE_AGENCY_ASSESSMENT" -> Map.of("eventId", "ev-1");
      case "CHILD_REQUEST_MISATTRIBUTED" -> Map.of("eventId", "ev-2", "requestEventId", "ev-1");
      case "ASSESSMENT_NOT_REVISITED" -> Map.of("eventIds", List.of("ev-1"));
      case "ETHNICITY_CONFLICT" -> Map.of("values", List.of("a", "b"), "withinAgency", List.of());
      case "PARENTAL_RESPONSIBILITY_UNEXERCISED" -> Map.of("daysSinceEngagement", 40L);
      default -> Map.of();
    };
  }
}
