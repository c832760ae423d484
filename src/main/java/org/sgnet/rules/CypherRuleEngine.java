package org.sgnet.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.sgnet.SgnetException;
import org.sgnet.store.Store;

/**
 * Evaluates every rule as the single statement of its file {@code cypher/rules/<rule>.cypher}, set
 * based over all children (or the one of {@code $childId}).
 *
 * <p>Every file returns the same columns: {@code childIds, agencyIds, personIds, severity,
 * details}; a rule may return more and read it into its details itself ({@link
 * RuleDefinition#detailsOf}), as COORDINATION_GAP does with the coordination graph's edges.
 */
public final class CypherRuleEngine implements RuleEngine {

  /** Threads for the rules' statements: one per core, at least two. */
  private static final int THREADS = Math.max(2, Runtime.getRuntime().availableProcessors());

  private static final ExecutorService POOL =
      Executors.newFixedThreadPool(
          THREADS,
          r -> {
            Thread t = new Thread(r, "sgnet-rules");
            t.setDaemon(true);
            return t;
          });

  /**
   * Stores with at most this many events run the whole network's statements two at a time. At
   * 30,000 children (901,545 events, 2 cores) that took the catalogue in a running process from
   * 20.1 s to 10.3 s ({@code sgnet bench-rules}); a fresh process, busy compiling, gains little. At
   * 400,000 children (12 M events) two statements at once exceeded Neo4j's memory limit for
   * transactions, so there they run one after the other.
   */
  static final long SIDE_BY_SIDE_MAX_EVENTS = 2_000_000;

  /** Whole-network statements in flight at once when side by side. */
  private static final int SIDE_BY_SIDE = 2;

  private final Store store;
  private final long sideBySideMaxEvents;

  /** Evaluates rules in this store. */
  public CypherRuleEngine(Store store) {
    this(store, SIDE_BY_SIDE_MAX_EVENTS);
  }

  /**
   * @param sideBySideMaxEvents the most events at which whole-network statements run two at a time
   *     (negative: always one at a time)
   */
  CypherRuleEngine(Store store, long sideBySideMaxEvents) {
    this.store = store;
    this.sideBySideMaxEvents = sideBySideMaxEvents;
  }

  @Override
  public Set<Rule> supported() {
    return Set.copyOf(Rule.values());
  }

  /**
   * Runs the rules' statements, one read transaction each; the findings come in rule order
   * whichever ends first. For one child they all run side by side: they are independent and small,
   * so the latency is that of the slowest rule rather than the sum of fifteen round trips. Over the
   * whole network two run at a time up to {@link #SIDE_BY_SIDE_MAX_EVENTS} events, and one at a
   * time above: each may then hold gigabytes of intermediate rows.
   */
  @Override
  public List<RawFinding> evaluate(Set<Rule> rules, RuleOptions options) {
    Map<String, Object> params = parameters(options);
    boolean oneChild = options.childId() != null;
    int lanes =
        oneChild
            ? Math.min(rules.size(), THREADS)
            : rules.size() > 1 && events(store) <= sideBySideMaxEvents ? SIDE_BY_SIDE : 1;
    Map<Rule, List<RawFinding>> byRule = new java.util.concurrent.ConcurrentHashMap<>();
    if (lanes <= 1) {
      for (Rule rule : rules) {
        byRule.put(rule, evaluate(rule, params, oneChild));
      }
    } else {
      // Each lane takes the next rule when its last one ends, so a slow rule holds up no other.
      java.util.Queue<Rule> next = new java.util.concurrent.ConcurrentLinkedQueue<>(rules);
      List<Future<?>> running = new ArrayList<>();
      for (int lane = 0; lane < lanes; lane++) {
        running.add(
            POOL.submit(
                () -> {
                  for (Rule rule = next.poll(); rule != null; rule = next.poll()) {
                    byRule.put(rule, evaluate(rule, params, oneChild));
                  }
                }));
      }
      awaitAll(running, next);
    }
    List<RawFinding> findings = new ArrayList<>();
    for (Rule rule : new java.util.TreeSet<>(rules)) {
      findings.addAll(byRule.get(rule));
    }
    return findings;
  }

  /** The number of events in the store, which decides how many statements run at once. */
  static long events(Store store) {
    return store.query("read/event-count", Map.of(), r -> r.get("events").asLong()).get(0);
  }

  private static void awaitAll(List<Future<?>> running, java.util.Queue<Rule> next) {
    try {
      for (Future<?> f : running) {
        f.get();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new SgnetException(SgnetException.Kind.FAILURE, "rule evaluation interrupted");
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw new SgnetException(SgnetException.Kind.FAILURE, "rule evaluation failed", e.getCause());
    } finally {
      next.clear(); // the other lanes take no further rule
      running.forEach(f -> f.cancel(true));
    }
  }

  private List<RawFinding> evaluate(Rule rule, Map<String, Object> params, boolean oneChild) {
    try {
      return store.query(rule.cypherFile(oneChild), params, r -> map(rule, r));
    } catch (org.neo4j.driver.exceptions.Neo4jException e) {
      // Say which rule: at national scale a statement can hit the store's memory limit.
      throw new SgnetException(
          SgnetException.Kind.FAILURE,
          "rule " + rule + " failed in the store: " + e.getMessage(),
          e);
    }
  }

  /** The parameters every rule file may use. */
  static Map<String, Object> parameters(RuleOptions o) {
    Map<String, Object> p = new HashMap<>();
    p.put("asOf", o.asOf());
    p.put("windowStart", o.asOf().minusDays(o.windowDays()));
    p.put("childId", o.childId());
    p.put("overloadProfessionals", o.overloadProfessionals());
    p.put("overloadAgencies", o.overloadAgencies());
    p.put("spocAgencies", o.spocAgencies());
    p.put("siloSharedChildren", o.siloSharedChildren());
    p.put("requestResponseDays", o.requestResponseDays());
    p.put("reassessmentDays", o.reassessmentDays());
    return p;
  }

  private static RawFinding map(Rule rule, Record r) {
    return new RawFinding(
        rule,
        Severity.valueOf(r.get("severity").asString()),
        r.get("childIds").asList(Value::asString),
        r.get("agencyIds").asList(Value::asString),
        r.get("personIds").asList(Value::asString),
        rule.details(r));
  }
}
