package org.sgnet.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sgnet.runs.Change;

class PayloadTest {

  private static final Change TRIAGE =
      new Change(
          7,
          "SIBLING_CONTACT_GAP:c1,c2",
          "CHANGED",
          "DISMISSED",
          null,
          "SIBLING_CONTACT_GAP",
          List.of("c1", "c2"),
          "mother asked us not to",
          "see Jo Bloggs's note",
          "a.ali",
          "2026-12-06T05:00:00Z");

  private static final Delivery DELIVERY =
      new Delivery(
          "wh-1-7", "wh-1", 7, "CHANGED", "PENDING", 0, null, null, null, null, null, null,
          List.of());

  private static final ChildCodes CODES = ids -> Map.of("c1", "child-a", "c2", "child-b");

  @Test
  void shouldCodeTheChildrenAndLeaveOutTheTriagesFreeTextAndAuthor() {
    String body = new String(Payload.of(DELIVERY, TRIAGE, false, CODES), StandardCharsets.UTF_8);
    assertThat(body)
        .isEqualTo(
            "{\"delivery\":\"wh-1-7\",\"webhook\":\"wh-1\",\"seq\":7,\"event\":\"CHANGED\","
                + "\"key\":\"SIBLING_CONTACT_GAP:child-a,child-b\",\"rule\":\"SIBLING_CONTACT_GAP\","
                + "\"status\":\"DISMISSED\",\"runId\":null,\"at\":\"2026-12-06T05:00:00Z\","
                + "\"coded\":true,\"children\":[\"child-a\",\"child-b\"]}");
    assertThat(body).doesNotContain("mother", "Bloggs", "a.ali", "c1");
  }

  @Test
  void shouldSendTheStoresIdsWhenTheRegistrationAskedForThem() {
    String body = new String(Payload.of(DELIVERY, TRIAGE, true, CODES), StandardCharsets.UTF_8);
    assertThat(body)
        .contains("\"key\":\"SIBLING_CONTACT_GAP:c1,c2\"", "\"coded\":false")
        .contains("\"children\":[\"c1\",\"c2\"]")
        .doesNotContain("child-a", "mother", "Bloggs", "a.ali");
  }

  @Test
  void shouldSendAChildTheStoreNoLongerHoldsAsAPlaceholderNotItsId() {
    // c2 was merged into another child after the change: the key has no code for it.
    ChildCodes onlyC1 = ids -> Map.of("c1", "child-a");
    String body = new String(Payload.of(DELIVERY, TRIAGE, false, onlyC1), StandardCharsets.UTF_8);
    assertThat(body)
        .contains("\"key\":\"SIBLING_CONTACT_GAP:child-a,not-coded\"")
        .contains("\"children\":[\"child-a\",\"not-coded\"]")
        .doesNotContain("c2");
  }

  @Test
  void shouldCodeTheEventOfAFindingAboutOneEventWhoseIdHoldsTheSourcesChildId() {
    Change request =
        new Change(
            8,
            "CHILD_REQUEST_UNANSWERED:c1:cin-c1-request-3",
            "OPENED",
            "OPEN",
            "run-1",
            "CHILD_REQUEST_UNANSWERED",
            List.of("c1"),
            null,
            null,
            null,
            "2026-12-06T05:00:00Z");
    ChildCodes codes =
        new ChildCodes() {
          @Override
          public Map<String, String> codes(java.util.Collection<String> ids) {
            return Map.of("c1", "child-a");
          }

          @Override
          public Map<String, String> eventCodes(java.util.Collection<String> ids) {
            return Map.of("cin-c1-request-3", "event-12");
          }
        };

    String coded = new String(Payload.of(DELIVERY, request, false, codes), StandardCharsets.UTF_8);
    String uncoded =
        new String(Payload.of(DELIVERY, request, false, CODES), StandardCharsets.UTF_8);

    assertThat(coded)
        .contains("\"key\":\"CHILD_REQUEST_UNANSWERED:child-a:event-12\"")
        .doesNotContain("c1");
    // A source whose codes know no events: the event goes as a placeholder, never as its id.
    assertThat(uncoded)
        .contains("\"key\":\"CHILD_REQUEST_UNANSWERED:child-a:not-coded\"")
        .doesNotContain("c1");
  }
}
