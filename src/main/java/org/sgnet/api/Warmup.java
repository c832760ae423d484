package org.sgnet.api;

import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.LocalDate;
import org.sgnet.network.BoardReader;
import org.sgnet.network.ChildNetworkReader;
import org.sgnet.network.ChildPage;
import org.sgnet.network.ChildPageReader;
import org.sgnet.network.LatestEventDateReader;
import org.sgnet.rules.Analyzer;
import org.sgnet.rules.Engine;
import org.sgnet.rules.FindingsJson;
import org.sgnet.rules.RuleDefaults;
import org.sgnet.rules.RuleOptions;
import org.sgnet.store.Store;
import org.sgnet.timeline.TimelineReader;

/**
 * Asks, before the server says it is ready, what a reviewer's first pages ask: the children list,
 * one child's findings, network and timeline, and the whole catalogue and one child's on both
 * engines. Their statements are then planned and their code loaded and compiled while nobody waits,
 * so the first real request is as quick as the later ones (issue 20).
 *
 * <p>The whole catalogue runs as of a day before any data ({@link #BEFORE_ANY_DATA}): every
 * statement and the JGraphT projection are planned alike, and there is nothing to find, so the cost
 * does not grow with the store the way a real run does. Nothing is written or returned; no result
 * leaves this class.
 */
@Singleton
public final class Warmup {

  /** A day before any safeguarding record sgnet will hold. */
  static final LocalDate BEFORE_ANY_DATA = LocalDate.of(1900, 1, 1);

  private final Store store;
  private final Analyzer analyzer;
  private final RuleDefaults defaults;
  private final LatestEventDateReader latest;
  private final BoardReader board;

  Warmup(
      Store store,
      Analyzer analyzer,
      RuleDefaults defaults,
      LatestEventDateReader latest,
      BoardReader board) {
    this.store = store;
    this.board = board;
    this.analyzer = analyzer;
    this.defaults = defaults;
    this.latest = latest;
  }

  /** Runs the reads once; returns how long they took. */
  public Duration run() {
    long start = System.nanoTime();
    RuleOptions empty = defaults.options().toBuilder().asOf(BEFORE_ANY_DATA).build();
    for (Engine engine : Engine.values()) {
      FindingsJson.bytes(analyzer.analyse(empty, engine), null);
    }
    ChildPage first = new ChildPageReader(store).children("", "", 0, 50);
    if (!first.items().isEmpty()) {
      String id = first.items().get(0).id();
      LocalDate date = latest.latestEventDate().orElse(LocalDate.now());
      RuleOptions one = defaults.options().toBuilder().childId(id).build();
      // Both engines: the server's own pages take the in-memory one on a small store, while a
      // command that reaches this server takes Cypher for one child (Engine.standard), whose
      // one-child plans differ from the whole catalogue's.
      for (Engine engine : Engine.values()) {
        FindingsJson.bytes(analyzer.analyse(one, engine), null);
      }
      new ChildNetworkReader(store).childNetwork(id, date, 1);
      new TimelineReader(store).timeline(id, date, one.windowDays(), "");
      // The board's agency network as /network first asks for it: every child's involvement is
      // read here and kept until the store changes, so the page's first answer does not wait.
      board.network(date, one.windowDays(), one.siloSharedChildren(), 0);
    }
    return Duration.ofNanos(System.nanoTime() - start);
  }
}
