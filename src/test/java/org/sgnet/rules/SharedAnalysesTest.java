package org.sgnet.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.sgnet.SgnetException;

class SharedAnalysesTest {

  private static final LocalDate D = LocalDate.of(2025, 3, 1);
  private static final RuleOptions WHOLE = RuleOptions.builder().asOf(D).build();
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-12-06T10:00:00Z"), ZoneOffset.UTC);

  private final AtomicLong version = new AtomicLong(7);
  private final Fake computed = new Fake();
  private final ExecutorService threads = Executors.newCachedThreadPool();

  @AfterEach
  void stop() {
    computed.release.countDown();
    threads.shutdownNow();
  }

  private SharedAnalyses shared(int whole, int child, Duration patience, int kept) {
    return new SharedAnalyses(
        computed, version::get, new SharedAnalyses.Limits(whole, child, patience, kept), CLOCK);
  }

  private SharedAnalyses shared() {
    return shared(1, 2, Duration.ofSeconds(10), 1_000);
  }

  @Test
  void shouldAnswerTheSameQuestionAboutAnUnchangedStoreFromMemory() {
    SharedAnalyses shared = shared();

    Analysis first = shared.analyse(WHOLE, Engine.JGRAPHT);
    Analysis second = shared.analyse(WHOLE, Engine.JGRAPHT);

    assertThat(second).isSameAs(first);
    assertThat(computed.calls).hasValue(1);
  }

  @Test
  void shouldComputeAgainOnceTheStoreHasChanged() {
    SharedAnalyses shared = shared();
    shared.analyse(WHOLE, Engine.JGRAPHT);

    version.incrementAndGet();
    shared.analyse(WHOLE, Engine.JGRAPHT);

    assertThat(computed.calls).hasValue(2);
    assertThat(shared.keptAnalyses()).isOne();
  }

  @Test
  void shouldKeepNothingWhenTheStoreVersionCannotBeRead() {
    version.set(-1);
    SharedAnalyses shared = shared();

    shared.analyse(WHOLE, Engine.JGRAPHT);
    shared.analyse(WHOLE, Engine.JGRAPHT);

    assertThat(computed.calls).hasValue(2);
    assertThat(shared.keptAnalyses()).isZero();
  }

  @Test
  void shouldTellOtherOptionsAndEnginesApart() {
    SharedAnalyses shared = shared();

    shared.analyse(WHOLE, Engine.JGRAPHT);
    shared.analyse(WHOLE, Engine.CYPHER);
    shared.analyse(WHOLE.toBuilder().windowDays(30).build(), Engine.JGRAPHT);

    assertThat(computed.calls).hasValue(3);
  }

  @Test
  void shouldAnswerOneChildFromAKeptWholeNetworkAnalysis() {
    SharedAnalyses shared = shared();
    Analysis all = shared.analyse(WHOLE, Engine.JGRAPHT);

    Analysis one = shared.analyse(WHOLE.toBuilder().childId("c2").build(), Engine.CYPHER);

    assertThat(computed.calls).hasValue(1);
    assertThat(one.findings())
        .containsExactly(all.findings().get(1), all.findings().get(2))
        .allSatisfy(f -> assertThat(f.childIds()).contains("c2"));
    assertThat(one.asOf()).isEqualTo(all.asOf());
    assertThat(computed.checkedChildren).containsExactly("c2");
  }

  @Test
  void shouldStillRefuseAChildTheStoreDoesNotHoldWhenTheWholeNetworkIsKept() {
    SharedAnalyses shared = shared();
    shared.analyse(WHOLE, Engine.JGRAPHT);

    assertThatThrownBy(
            () -> shared.analyse(WHOLE.toBuilder().childId("typo").build(), Engine.CYPHER))
        .isInstanceOf(SgnetException.class)
        .hasMessageContaining("typo");
  }

  @Test
  void shouldComputeOnceForRequestsThatAskTogether() throws Exception {
    SharedAnalyses shared = shared();
    computed.block();
    List<Future<Analysis>> answers = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      answers.add(threads.submit(() -> shared.analyse(WHOLE, Engine.JGRAPHT)));
    }
    assertThat(computed.started.await(5, TimeUnit.SECONDS)).isTrue();
    Thread.sleep(200); // the others reach the shared computation meanwhile
    computed.release.countDown();

    Analysis first = answers.get(0).get(5, TimeUnit.SECONDS);
    for (Future<Analysis> answer : answers) {
      assertThat(answer.get(5, TimeUnit.SECONDS)).isSameAs(first);
    }
    assertThat(computed.calls).hasValue(1);
  }

  @Test
  void shouldRefuseAWholeCatalogueBeyondTheLimitNamingIt() throws Exception {
    SharedAnalyses shared = shared(1, 2, Duration.ofMillis(200), 1_000);
    computed.block();
    Future<Analysis> running = threads.submit(() -> shared.analyse(WHOLE, Engine.JGRAPHT));
    assertThat(computed.started.await(5, TimeUnit.SECONDS)).isTrue();

    assertThatThrownBy(
            () -> shared.analyse(WHOLE.toBuilder().windowDays(30).build(), Engine.JGRAPHT))
        .isInstanceOfSatisfying(
            SgnetException.class, e -> assertThat(e.kind()).isEqualTo(SgnetException.Kind.BUSY))
        .hasMessageContaining("sgnet.findings.max-running-whole");

    computed.release.countDown();
    assertThat(running.get(5, TimeUnit.SECONDS).findings()).hasSize(3);
  }

  @Test
  void shouldLetOneChildRunWhileTheWholeCatalogueRuns() throws Exception {
    SharedAnalyses shared = shared(1, 2, Duration.ofMillis(200), 1_000);
    computed.blockWhole();
    threads.submit(() -> shared.analyse(WHOLE, Engine.JGRAPHT));
    assertThat(computed.started.await(5, TimeUnit.SECONDS)).isTrue();

    Analysis one = shared.analyse(WHOLE.toBuilder().childId("c1").build(), Engine.CYPHER);

    assertThat(one.findings()).hasSize(1);
  }

  @Test
  void shouldRefuseAWaitForASharedComputationThatLastsTooLong() throws Exception {
    SharedAnalyses shared = shared(1, 2, Duration.ofMillis(200), 1_000);
    computed.block();
    threads.submit(() -> shared.analyse(WHOLE, Engine.JGRAPHT));
    assertThat(computed.started.await(5, TimeUnit.SECONDS)).isTrue();

    assertThatThrownBy(() -> shared.analyse(WHOLE, Engine.JGRAPHT))
        .isInstanceOfSatisfying(
            SgnetException.class, e -> assertThat(e.kind()).isEqualTo(SgnetException.Kind.BUSY))
        .hasMessageContaining("sgnet.findings.wait");
  }

  @Test
  void shouldPassAFailureOnToEveryRequestThatSharedTheComputation() throws Exception {
    SharedAnalyses shared = shared();
    computed.block();
    computed.fail = true;
    Future<Analysis> first = threads.submit(() -> shared.analyse(WHOLE, Engine.JGRAPHT));
    assertThat(computed.started.await(5, TimeUnit.SECONDS)).isTrue();
    Future<Analysis> second = threads.submit(() -> shared.analyse(WHOLE, Engine.JGRAPHT));
    Thread.sleep(200);
    computed.release.countDown();

    for (Future<Analysis> answer : List.of(first, second)) {
      assertThatThrownBy(() -> answer.get(5, TimeUnit.SECONDS))
          .hasCauseInstanceOf(SgnetException.class)
          .hasMessageContaining("the store failed");
    }
    computed.fail = false;
    assertThat(shared.analyse(WHOLE, Engine.JGRAPHT).findings()).hasSize(3);
    assertThat(shared.keptAnalyses()).isOne();
  }

  @Test
  void shouldKeepNoMoreFindingsThanAllowedDroppingTheLeastRecentlyUsed() {
    SharedAnalyses shared = shared(1, 2, Duration.ofSeconds(10), 5);
    RuleOptions window30 = WHOLE.toBuilder().windowDays(30).build();
    shared.analyse(WHOLE, Engine.JGRAPHT); // 3 findings
    shared.analyse(window30, Engine.JGRAPHT); // 3 more: the first goes

    shared.analyse(window30, Engine.JGRAPHT);
    shared.analyse(WHOLE, Engine.JGRAPHT);

    assertThat(computed.calls).hasValue(3);
    assertThat(shared.keptAnalyses()).isOne();
  }

  @Test
  void shouldKeyAnalysesWithoutAnAsOfDateOnToday() {
    RuleOptions latest = RuleOptions.builder().build();
    AtomicLong day = new AtomicLong(0);
    Clock moving =
        new Clock() {
          @Override
          public ZoneOffset getZone() {
            return ZoneOffset.UTC;
          }

          @Override
          public Clock withZone(java.time.ZoneId zone) {
            return this;
          }

          @Override
          public Instant instant() {
            return Instant.parse("2026-12-06T10:00:00Z").plus(Duration.ofDays(day.get()));
          }
        };
    SharedAnalyses shared =
        new SharedAnalyses(
            computed,
            version::get,
            new SharedAnalyses.Limits(1, 2, Duration.ofSeconds(1), 1_000),
            moving);

    shared.analyse(latest, Engine.JGRAPHT);
    shared.analyse(latest, Engine.JGRAPHT);
    day.incrementAndGet();
    shared.analyse(latest, Engine.JGRAPHT);

    assertThat(computed.calls).hasValue(2);
  }

  @Test
  void shouldRefuseLimitsThatAllowNothing() {
    assertThatThrownBy(() -> new SharedAnalyses.Limits(0, 1, Duration.ZERO, 0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new SharedAnalyses.Limits(1, 1, Duration.ofSeconds(-1), 0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  /**
   * Three findings over children c1, c2, c3 (c2 in two of them), as of the options' date; a whole
   * run can be made to wait.
   */
  private static final class Fake implements Analyses {
    final AtomicInteger calls = new AtomicInteger();
    final CountDownLatch started = new CountDownLatch(1);
    final CountDownLatch release = new CountDownLatch(1);
    final List<String> checkedChildren = new java.util.concurrent.CopyOnWriteArrayList<>();
    volatile boolean blockAll;
    volatile boolean blockWhole;
    volatile boolean fail;

    void block() {
      blockAll = true;
    }

    void blockWhole() {
      blockWhole = true;
    }

    @Override
    public Analysis analyse(RuleOptions options, Engine engine) {
      calls.incrementAndGet();
      boolean whole = options.childId() == null;
      if (blockAll || (blockWhole && whole)) {
        started.countDown();
        try {
          release.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
      if (fail) {
        throw new SgnetException(SgnetException.Kind.FAILURE, "the store failed");
      }
      List<Finding> all = List.of(finding("c1"), finding("c2"), finding("c2", "c3"));
      return new Analysis(
          options.asOf() == null ? D : options.asOf(),
          options.windowDays(),
          whole
              ? all
              : all.stream().filter(f -> f.childIds().contains(options.childId())).toList());
    }

    @Override
    public void requireChild(String childId) {
      checkedChildren.add(childId);
      if (!List.of("c1", "c2", "c3").contains(childId)) {
        throw new SgnetException(SgnetException.Kind.NOT_FOUND, "no child has id " + childId);
      }
    }

    private static Finding finding(String... children) {
      return new Finding(
          Rule.values().get(0),
          Severity.MEDIUM,
          List.of(children),
          List.of(),
          List.of(),
          "message",
          "recommendation",
          Map.of());
    }
  }
}
