package org.sgnet.runs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sgnet.rules.Finding;

class LifecycleTest {

  private static final Finding SEEN = Findings.of("NOT_SEEN_ALONE", List.of("c1"), Map.of());
  private static final String KEY = FindingKey.of(SEEN);
  private static final String HASH = EvidenceHash.of(SEEN);

  private static Lifecycle.Step only(Map<String, Lifecycle.Kept> kept, List<Finding> found) {
    List<Lifecycle.Step> steps = Lifecycle.plan(kept, found);
    assertThat(steps).hasSize(1);
    return steps.get(0);
  }

  private static Map<String, Lifecycle.Kept> kept(Status status, String hash, boolean open) {
    return Map.of(
        KEY, new Lifecycle.Kept(KEY, status, hash, open, "NOT_SEEN_ALONE", List.of("c1")));
  }

  @Test
  void shouldOpenAFindingNeverSeenAsNew() {
    Lifecycle.Step s = only(Map.of(), List.of(SEEN));
    assertThat(s.change()).isEqualTo(ChangeKind.OPENED);
    assertThat(s.status()).isEqualTo(Status.NEW);
  }

  @Test
  void shouldKeepATriagedFindingFoundAgainAsItWasWithNoChange() {
    for (Status status : Status.values()) {
      Lifecycle.Step s = only(kept(status, HASH, true), List.of(SEEN));
      assertThat(s.change()).isNull();
      assertThat(s.status()).isEqualTo(status);
    }
  }

  @Test
  void shouldResolveAnOpenFindingNoLongerFoundKeepingItsStatus() {
    Lifecycle.Step s = only(kept(Status.CONFIRMED, HASH, true), List.of());
    assertThat(s.change()).isEqualTo(ChangeKind.RESOLVED);
    assertThat(s.status()).isEqualTo(Status.CONFIRMED);
    assertThat(s.finding()).isNull();
  }

  @Test
  void shouldLeaveAResolvedFindingNotFoundAlone() {
    assertThat(Lifecycle.plan(kept(Status.NEW, HASH, false), List.of())).isEmpty();
  }

  @Test
  void shouldReopenAResolvedFindingFoundAgainAsNew() {
    for (Status status : List.of(Status.NEW, Status.CONFIRMED, Status.ACTIONED)) {
      Lifecycle.Step s = only(kept(status, HASH, false), List.of(SEEN));
      assertThat(s.change()).isEqualTo(ChangeKind.REOPENED);
      assertThat(s.status()).isEqualTo(Status.NEW);
    }
  }

  @Test
  void shouldKeepADismissalWhileTheEvidenceIsTheSame() {
    Lifecycle.Step open = only(kept(Status.DISMISSED, HASH, true), List.of(SEEN));
    assertThat(open.status()).isEqualTo(Status.DISMISSED);
    assertThat(open.change()).isNull();
    Lifecycle.Step back = only(kept(Status.DISMISSED, HASH, false), List.of(SEEN));
    assertThat(back.status()).isEqualTo(Status.DISMISSED);
    assertThat(back.change()).isEqualTo(ChangeKind.REOPENED);
  }

  @Test
  void shouldMakeADismissedFindingNewAgainWhenItsEvidenceChanges() {
    Lifecycle.Step s = only(kept(Status.DISMISSED, "another hash", true), List.of(SEEN));
    assertThat(s.status()).isEqualTo(Status.NEW);
    assertThat(s.change()).isEqualTo(ChangeKind.REOPENED);
    assertThat(s.hash()).isEqualTo(HASH);
  }
}
