package org.sgnet.graph;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicReference;
import org.sgnet.rules.RawFinding;
import org.sgnet.rules.Rule;
import org.sgnet.rules.RuleEngine;
import org.sgnet.rules.RuleOptions;
import org.sgnet.store.Store;

/**
 * The JGraphT engine: loads a {@link Projection} of the store in one pass and evaluates over it in
 * memory the rules whose type is a {@link GraphTwin}.
 *
 * <p>The evaluation runs on its own thread with a large stack, because JGraphT's {@code
 * BiconnectivityInspector} searches depth first by recursion and a long chain of professionals
 * would otherwise overflow a default stack.
 */
public final class JGraphTRuleEngine implements RuleEngine {

  /** Stack of the evaluation thread: deep enough for a path of about a million vertices. */
  private static final long STACK_BYTES = 512L * 1024 * 1024;

  /** The rules whose type is also a {@link GraphTwin}. */
  private static final Set<Rule> SUPPORTED =
      Set.copyOf(Rule.values().stream().filter(GraphTwin.class::isInstance).toList());

  private static final org.slf4j.Logger LOG =
      org.slf4j.LoggerFactory.getLogger(JGraphTRuleEngine.class);

  private final ProjectionLoader loader;

  /** The span's projection, loaded at its first run, or {@code null} for a projection a run. */
  private final Span span;

  /** Reads its projections from this store. */
  public JGraphTRuleEngine(Store store) {
    this(new ProjectionLoader(store), null);
  }

  private JGraphTRuleEngine(ProjectionLoader loader, Span span) {
    this.loader = loader;
    this.span = span;
  }

  /**
   * Returns an engine that loads one projection as of {@code last} with a window reaching back to
   * {@code first}'s, and answers each run of the span from the part of it that run's own projection
   * would hold ({@link Projection#within}); a run outside the span loads its own as before.
   */
  @Override
  public RuleEngine spanning(LocalDate first, LocalDate last, int windowDays) {
    if (first.isAfter(last) || windowDays < 1) {
      throw new IllegalArgumentException(
          "a span needs first <= last and a window of at least a day: "
              + first
              + ", "
              + last
              + ", "
              + windowDays);
    }
    return new JGraphTRuleEngine(loader, new Span(loader, first, last, windowDays));
  }

  @Override
  public Set<Rule> supported() {
    return SUPPORTED;
  }

  @Override
  public List<RawFinding> evaluate(Set<Rule> rules, RuleOptions options) {
    if (span != null && span.holds(options)) {
      return evaluate(
          span.projection().within(options.asOf(), options.windowDays()), rules, options);
    }
    return evaluate(load(loader, options.asOf(), options.windowDays()), rules, options);
  }

  private static Projection load(ProjectionLoader loader, LocalDate asOf, int windowDays) {
    long started = System.nanoTime();
    Projection projection = loader.load(asOf, windowDays);
    // Counts and times only, as the Cypher engine logs them: no personal data.
    LOG.debug(
        "Projection of {} events and {} ties loaded in {} ms",
        projection.events().size(),
        projection.ties().size(),
        (System.nanoTime() - started) / 1_000_000);
    return projection;
  }

  /** The runs of a trend, and the one projection that holds what each of them reads. */
  private static final class Span {
    private final ProjectionLoader loader;
    private final LocalDate first;
    private final LocalDate last;
    private final int windowDays;
    private Projection projection;

    Span(ProjectionLoader loader, LocalDate first, LocalDate last, int windowDays) {
      this.loader = loader;
      this.first = first;
      this.last = last;
      this.windowDays = windowDays;
    }

    /** Whether a run's projection is part of the span's: its date in the span, the same window. */
    boolean holds(RuleOptions options) {
      return options.windowDays() == windowDays
          && !options.asOf().isBefore(first)
          && !options.asOf().isAfter(last);
    }

    /**
     * Loads the span's projection at the first run: as of the last date, back to the first's
     * window.
     */
    synchronized Projection projection() {
      if (projection == null) {
        long days = java.time.temporal.ChronoUnit.DAYS.between(first, last) + windowDays;
        projection = load(loader, last, Math.toIntExact(days));
      }
      return projection;
    }
  }

  /** Evaluates rules over a projection already loaded (the benchmark times the two apart). */
  public static List<RawFinding> evaluate(
      Projection projection, Set<Rule> rules, RuleOptions options) {
    AtomicReference<List<RawFinding>> result = new AtomicReference<>();
    AtomicReference<Throwable> failure = new AtomicReference<>();
    Thread worker =
        new Thread(
            null,
            () -> {
              try {
                result.set(compute(projection, rules, options));
              } catch (Throwable t) {
                failure.set(t);
              }
            },
            "sgnet-jgrapht",
            STACK_BYTES);
    worker.start();
    try {
      worker.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while evaluating rules", e);
    }
    if (failure.get() instanceof RuntimeException r) {
      throw r;
    }
    if (failure.get() instanceof Error e) {
      throw e;
    }
    return result.get();
  }

  private static List<RawFinding> compute(
      Projection projection, Set<Rule> rules, RuleOptions options) {
    Involvement involvement = new Involvement(projection);
    List<RawFinding> findings = new ArrayList<>();
    for (Rule rule : new TreeSet<>(rules)) {
      if (!(rule instanceof GraphTwin twin)) {
        throw new IllegalArgumentException(rule + " has no JGraphT twin");
      }
      long started = System.nanoTime();
      List<RawFinding> found = twin.findings(projection, involvement, options);
      findings.addAll(found);
      LOG.debug(
          "{}: {} findings in {} ms in memory",
          rule,
          found.size(),
          (System.nanoTime() - started) / 1_000_000);
    }
    return findings;
  }
}
