package org.sgnet.graph;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.sgnet.rules.RawFinding;
import org.sgnet.rules.Rule;
import org.sgnet.rules.RuleEngine;
import org.sgnet.rules.RuleOptions;
import org.sgnet.store.Store;

/**
 * The JGraphT engine: loads a {@link Projection} of the store in one pass and evaluates the twin
 * rules over it in memory.
 *
 * <p>The evaluation runs on its own thread with a large stack, because JGraphT's {@code
 * BiconnectivityInspector} searches depth first by recursion and a long chain of professionals
 * would otherwise overflow a default stack.
 */
public final class JGraphTRuleEngine implements RuleEngine {

  /** Stack of the evaluation thread: deep enough for a path of about a million vertices. */
  private static final long STACK_BYTES = 512L * 1024 * 1024;

  private static final Set<Rule> SUPPORTED =
      Set.copyOf(
          EnumSet.of(
              Rule.PROFESSIONAL_OVERLOAD,
              Rule.COORDINATION_GAP,
              Rule.AGENCY_SILO,
              Rule.SIBLING_CONTACT_GAP));

  private final ProjectionLoader loader;

  /** Reads its projections from this store. */
  public JGraphTRuleEngine(Store store) {
    this.loader = new ProjectionLoader(store);
  }

  @Override
  public Set<Rule> supported() {
    return SUPPORTED;
  }

  @Override
  public List<RawFinding> evaluate(Set<Rule> rules, RuleOptions options) {
    Projection projection = loader.load(options.asOf(), options.windowDays());
    return evaluate(projection, rules, options);
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
    String child = options.childId();
    List<RawFinding> findings = new ArrayList<>();
    for (Rule rule : EnumSet.copyOf(rules)) {
      switch (rule) {
        case PROFESSIONAL_OVERLOAD ->
            findings.addAll(
                new ProfessionalOverload(
                        involvement,
                        options.overloadProfessionals(),
                        options.overloadAgencies(),
                        child)
                    .findings());
        case COORDINATION_GAP ->
            findings.addAll(new CoordinationGap(projection, involvement, child).findings());
        case AGENCY_SILO ->
            findings.addAll(
                new AgencySilo(projection, involvement, options.siloSharedChildren(), child)
                    .findings());
        case SIBLING_CONTACT_GAP ->
            findings.addAll(new SiblingContactGap(projection, child).findings());
        default -> throw new IllegalArgumentException(rule + " has no JGraphT twin");
      }
    }
    return findings;
  }
}
