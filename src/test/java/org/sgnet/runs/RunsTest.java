package org.sgnet.runs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sgnet.SgnetException;
import org.sgnet.SharedStore;
import org.sgnet.bundle.BundleReader;
import org.sgnet.demo.DemoBundle;
import org.sgnet.export.GraphSnapshot;
import org.sgnet.export.GraphSnapshotReader;
import org.sgnet.network.CountsReader;
import org.sgnet.rules.Analysis;
import org.sgnet.rules.Engine;
import org.sgnet.rules.Finding;
import org.sgnet.rules.Rule;
import org.sgnet.rules.RuleOptions;
import org.sgnet.store.BundleImporter;
import org.sgnet.store.ImportProgress;
import org.sgnet.store.Store;

/** Runs, triage and the feed on the shared embedded store. */
class RunsTest {

  private static final Finding A = Findings.of("NOT_SEEN_ALONE", List.of("c1"), Map.of());
  private static final Finding B = Findings.of("ETHNICITY_NOT_RECORDED", List.of("c2"), Map.of());
  private static final Finding C =
      Findings.of("SIBLING_CONTACT_GAP", List.of("c1", "c2"), Map.of());

  private Runs runs;

  @BeforeEach
  void clear() {
    runs = new Runs(SharedStore.clear(), Clock.systemUTC());
  }

  private RunRecord record(Finding... found) {
    return runs.record(
        new Analysis(LocalDate.of(2024, 1, 31), 90, List.of(found)),
        RuleOptions.defaults(),
        Engine.CYPHER,
        "tester");
  }

  @Test
  void shouldKeepOneFindingPerSituationAcrossRunsAndResolveAndReopenIt() {
    RunRecord first = record(A, B);
    RunRecord second = record(A, C);
    RunRecord third = record(A, B, C);

    assertThat(List.of(first.id(), second.id(), third.id()))
        .containsExactly("run-1", "run-2", "run-3");
    assertThat(first.opened()).isEqualTo(2);
    assertThat(second).extracting(RunRecord::opened, RunRecord::resolved).containsExactly(1, 1);
    assertThat(third.reopened()).isEqualTo(1);
    assertThat(runs.findings(null, null, null, null)).hasSize(3);
    FindingRecord a =
        runs.findings(null, null, null, null).stream()
            .filter(f -> f.key().equals("NOT_SEEN_ALONE:c1"))
            .findFirst()
            .orElseThrow();
    assertThat(a.firstSeenRun()).isEqualTo("run-1");
    assertThat(a.lastSeenRun()).isEqualTo("run-3");
    assertThat(runs.history(FindingKey.of(B)).stream().map(Change::kind))
        .containsExactly("OPENED", "RESOLVED", "REOPENED");
    assertThat(runs.findings(null, null, "run-2", null).stream().map(FindingRecord::key))
        .containsExactly(FindingKey.of(B));
    assertThat(runs.filter(List.of(A, B, C), "run-1", null)).containsExactly(C);
    assertThat(runs.findings(null, null, null, "c2").stream().map(FindingRecord::key))
        .containsExactlyInAnyOrder(FindingKey.of(B), FindingKey.of(C));
    assertThat(runs.runs()).extracting(RunRecord::id).containsExactly("run-1", "run-2", "run-3");
    assertThat(runs.runs().get(0).options()).containsEntry("overloadProfessionals", 8);
  }

  @Test
  void shouldKeepEveryTriageWithWhoAndWhenAndHonourADismissal() {
    record(A, B);
    runs.triage(FindingKey.of(A), Status.CONFIRMED, null, "seen at the meeting", "ann");
    runs.triage(FindingKey.of(B), Status.DISMISSED, "recorded on paper", null, "bob");
    record(A, B);

    assertThat(runs.findings(Status.DISMISSED, true, null, null))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.key()).isEqualTo(FindingKey.of(B));
              assertThat(f.reason()).isEqualTo("recorded on paper");
              assertThat(f.triagedBy()).isEqualTo("bob");
            });
    List<Change> history = runs.history(FindingKey.of(A));
    assertThat(history).extracting(Change::kind).containsExactly("OPENED", "CHANGED");
    assertThat(history.get(1))
        .extracting(Change::status, Change::note, Change::by)
        .containsExactly("CONFIRMED", "seen at the meeting", "ann");
    assertThat(history.get(1).at()).isNotBlank();
    assertThat(runs.filter(List.of(A, B), null, Status.CONFIRMED)).containsExactly(A);
  }

  @Test
  void shouldRefuseADismissalWithoutAReasonAndAnUnknownKey() {
    record(A);
    assertThatThrownBy(() -> runs.triage(FindingKey.of(A), Status.DISMISSED, " ", null, "ann"))
        .isInstanceOfSatisfying(
            SgnetException.class,
            e -> assertThat(e.kind()).isEqualTo(SgnetException.Kind.INVALID_INPUT));
    assertThatThrownBy(() -> runs.triage("NOT_SEEN_ALONE:c9", Status.CONFIRMED, null, null, "a"))
        .isInstanceOfSatisfying(
            SgnetException.class,
            e -> {
              assertThat(e.kind()).isEqualTo(SgnetException.Kind.NOT_FOUND);
              assertThat(e.getMessage()).doesNotContain("c9");
            });
    assertThatThrownBy(() -> runs.history("NOT_SEEN_ALONE:c9")).isInstanceOf(SgnetException.class);
  }

  @Test
  void shouldStayOutOfTheNetworkItsCountsAndItsExports(@TempDir Path dir) {
    Store store = SharedStore.clear();
    new BundleImporter(store, 10_000)
        .importBundle(
            new BundleReader().read(DemoBundle.extract(dir.resolve("demo"))), ImportProgress.NONE);
    GraphSnapshot network = new GraphSnapshotReader(store).snapshot();
    GraphSnapshot child = new GraphSnapshotReader(store).childSnapshot("child-j").orElseThrow();
    Map<String, Long> counts = new CountsReader(store).counts();

    record(A, B);
    runs.triage(FindingKey.of(A), Status.CONFIRMED, null, "a note", "ann");
    record(A);

    assertThat(new GraphSnapshotReader(store).snapshot()).isEqualTo(network);
    assertThat(new GraphSnapshotReader(store).childSnapshot("child-j")).contains(child);
    assertThat(new CountsReader(store).counts()).isEqualTo(counts);
  }

  @Test
  void shouldRefuseToRecordPartOfTheCatalogue() {
    RuleOptions oneRule =
        RuleOptions.builder().rules(List.of(Rule.valueOf("NOT_SEEN_ALONE"))).build();
    RuleOptions oneChild = RuleOptions.builder().childId("c1").build();
    for (RuleOptions options : List.of(oneRule, oneChild)) {
      assertThatThrownBy(() -> Runs.requireWholeCatalogue(options))
          .hasMessageContaining("--record cannot be combined with --child or --rule");
    }
  }

  @Test
  void shouldPageTheFeedInOrderOfItsSequenceNumbers() {
    record(A, B, C);
    runs.triage(FindingKey.of(C), Status.ACTIONED, null, null, "ann");
    record(A);

    ChangePage first = runs.changes(0, 2);
    ChangePage second = runs.changes(first.next(), 2);
    ChangePage third = runs.changes(second.next(), 2);
    ChangePage end = runs.changes(third.next(), 2);

    assertThat(first.changes()).extracting(Change::seq).containsExactly(1L, 2L);
    assertThat(first.more()).isTrue();
    assertThat(second.changes()).extracting(Change::seq).containsExactly(3L, 4L);
    assertThat(second.changes().get(1).kind()).isEqualTo("CHANGED");
    assertThat(third.changes()).extracting(Change::kind).containsExactly("RESOLVED", "RESOLVED");
    assertThat(third.more()).isFalse();
    assertThat(end.changes()).isEmpty();
    assertThat(end.next()).isEqualTo(end.after()).isEqualTo(6L);
    assertThatThrownBy(() -> runs.changes(-1, 10)).isInstanceOf(SgnetException.class);
    assertThatThrownBy(() -> runs.changes(0, 0)).isInstanceOf(SgnetException.class);
  }
}
