package org.sgnet.runs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sgnet.rules.Finding;

class FindingKeyTest {

  @Test
  void shouldGiveTheSameSituationTheSameKeyWhateverItsMessageOrDaysSince() {
    Map<String, Object> monday = new HashMap<>();
    monday.put("daysSinceEngagement", 10);
    Map<String, Object> tuesday = new HashMap<>();
    tuesday.put("daysSinceEngagement", 11);
    Finding a = Findings.of("PARENTAL_RESPONSIBILITY_UNEXERCISED", List.of("c1"), monday);
    Finding b = Findings.of("PARENTAL_RESPONSIBILITY_UNEXERCISED", List.of("c1"), tuesday);

    assertThat(FindingKey.of(a)).isEqualTo("PARENTAL_RESPONSIBILITY_UNEXERCISED:c1");
    assertThat(FindingKey.of(b)).isEqualTo(FindingKey.of(a));
    assertThat(EvidenceHash.of(b)).isEqualTo(EvidenceHash.of(a)).hasSize(64);
  }

  @Test
  void shouldTellDifferentChildrenRulesAndEventsApart() {
    Finding c1 = Findings.of("NOT_SEEN_ALONE", List.of("c1"), Map.of());
    Finding c2 = Findings.of("NOT_SEEN_ALONE", List.of("c2"), Map.of());
    Finding other = Findings.of("ETHNICITY_NOT_RECORDED", List.of("c1"), Map.of());
    Finding r1 = Findings.of("CHILD_REQUEST_UNANSWERED", List.of("c1"), Map.of("eventId", "r1"));
    Finding r2 = Findings.of("CHILD_REQUEST_UNANSWERED", List.of("c1"), Map.of("eventId", "r2"));
    Finding siblings = Findings.of("SIBLING_CONTACT_GAP", List.of("a", "b"), Map.of());

    assertThat(
            List.of(c1, c2, other, r1, r2, siblings).stream()
                .map(FindingKey::of)
                .distinct()
                .count())
        .isEqualTo(6);
    assertThat(FindingKey.of(r1)).isEqualTo("CHILD_REQUEST_UNANSWERED:c1:r1");
    assertThat(FindingKey.of(siblings)).isEqualTo("SIBLING_CONTACT_GAP:a,b");
  }

  @Test
  void shouldKeyAMisattributedRequestByTheRequestNotTheContact() {
    Finding a =
        Findings.of(
            "CHILD_REQUEST_MISATTRIBUTED",
            List.of("c1"),
            Map.of("eventId", "contact-1", "requestEventId", "r1"));
    Finding b =
        Findings.of(
            "CHILD_REQUEST_MISATTRIBUTED",
            List.of("c1"),
            Map.of("eventId", "contact-2", "requestEventId", "r1"));

    assertThat(FindingKey.of(a)).isEqualTo("CHILD_REQUEST_MISATTRIBUTED:c1:r1");
    assertThat(FindingKey.of(b)).isEqualTo(FindingKey.of(a));
    assertThat(EvidenceHash.of(b)).isNotEqualTo(EvidenceHash.of(a));
  }

  @Test
  void shouldKeyAnAgencySiloByItsAgenciesWhicheverChildrenTheyShare() {
    Finding monday =
        Findings.of("AGENCY_SILO", List.of("c1", "c2", "c3"), List.of("x", "y"), Map.of());
    Finding tuesday =
        Findings.of("AGENCY_SILO", List.of("c1", "c2", "c4"), List.of("x", "y"), Map.of());

    assertThat(FindingKey.of(monday))
        .isEqualTo("AGENCY_SILO:x,y")
        .isEqualTo(FindingKey.of(tuesday));
  }

  @ParameterizedTest
  @CsvSource({
    "'SIBLING_CONTACT_GAP:a,b', 'SIBLING_CONTACT_GAP:A,B'",
    "CHILD_REQUEST_UNANSWERED:c1:r1, CHILD_REQUEST_UNANSWERED:C1:event-R1",
    "CHILD_REQUEST_MISATTRIBUTED:c1:cin-123-r1, CHILD_REQUEST_MISATTRIBUTED:C1:event-CIN-123-R1",
    "NOT_SEEN_ALONE:c:1, NOT_SEEN_ALONE:C:1",
    "'AGENCY_SILO:x,y', 'AGENCY_SILO:x,y'",
  })
  void shouldCodeTheChildrenAndTheEventOfAKeyAndLeaveItsRule(String key, String coded) {
    assertThat(FindingKey.map(key, String::toUpperCase, e -> "event-" + e.toUpperCase()))
        .isEqualTo(coded);
  }

  @ParameterizedTest
  @CsvSource({
    "NOT_SEEN_ALONE:child-a, true",
    "SINGLE_AGENCY_ASSESSMENT:c1:a1, true",
    "HTTP:abc, false",
    "NOT_SEEN_ALONE, false",
    "NOT_SEEN_ALONE:child a, false",
    "12:30, false",
  })
  void shouldTellAKeyFromOtherTextWithAColon(String text, boolean key) {
    assertThat(FindingKey.isKey(text)).isEqualTo(key);
  }
}
