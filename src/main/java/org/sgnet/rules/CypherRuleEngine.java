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

  private static final org.slf4j.Logger LOG =
      org.slf4j.LoggerFactory.getLogger(CypherRuleEngine.class);

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
   * Heap bytes per event of the store from which the whole network's statements run two at a time:
   * with fewer they run one at a time, since each may hold gigabytes of intermediate rows.
   *
   * <p>Measured with {@code sgnet analyse} (2 cores): at 30,000 children (901,545 events) two at a
   * time took the catalogue in a running process from 20.1 s to 10.3 s; at 400,000 children (12.0 M
   * events) with a 16 GiB heap (1,430 bytes an event) from 145 s to 82 s for the statements, the
   * same 679,319 findings, 9.4 GB resident. Before AGENCY_SILO was rewritten, two at a time failed
   * there on Neo4j's memory limit for transactions (70 % of the heap); 1,300 bytes an event keeps
   * some room under what was measured to work.
   */
  static final long HEAP_BYTES_PER_EVENT = 1_300;

  /** Whole-network statements in flight at once when side by side. */
  private static final int SIDE_BY_SIDE = 2;

  private final Store store;
  private final long sideBySideMaxEvents;

  /** Evaluates rules in this store. */
  public CypherRuleEngine(Store store) {
    this(store, sideBySideMaxEvents(Runtime.getRuntime().maxMemory()));
  }

  /**
   * @param sideBySideMaxEvents the most events at which whole-network statements run two at a time
   *     (negative: always one at a time)
   */
  CypherRuleEngine(Store store, long sideBySideMaxEvents) {
    this.store = store;
    this.sideBySideMaxEvents = sideBySideMaxEvents;
  }

  /**
   * The most events of a store whose whole-network statements run two at a time with this heap: one
   * per {@link #HEAP_BYTES_PER_EVENT} bytes of it.
   */
  static long sideBySideMaxEvents(long maxHeapBytes) {
    return maxHeapBytes / HEAP_BYTES_PER_EVENT;
  }

  /**
   * The most events of a store at which the JGraphT engine's projection loads beside the whole
   * network's statements (see {@code Analyzer}) with this heap: half of {@link
   * #sideBySideMaxEvents}, since the projection takes about as much again as the two statements
   * (the JGraphT catalogue alone took 7.6–15 GB resident at 400,000 children). Not measured beside
   * at that size: a bound on the safe side, where the engines then run one after the other.
   */
  static long besideMaxEvents(long maxHeapBytes) {
    return sideBySideMaxEvents(maxHeapBytes) / 2;
  }

  /** Whether the JGraphT engine may run beside this engine on this store with this heap. */
  static boolean roomBeside(Store store) {
    return events(store) <= besideMaxEvents(Runtime.getRuntime().maxMemory());
  }

  @Override
  public Set<Rule> supported() {
    return Set.copyOf(Rule.values());
  }

  /**
   * Runs the rules' statements, one read transaction each; the findings come in rule order
   * whichever ends first. For one child they all run side by side: they are independent and small,
   * so the latency is that of the slowest rule rather than the sum of fifteen round trips. Over the
   * whole network two run at a time while the heap holds {@link #HEAP_BYTES_PER_EVENT} bytes per
   * event of the store, and one at a time below: each may hold gigabytes of intermediate rows.
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
    long started = System.nanoTime();
    try {
      List<RawFinding> found = store.query(rule.cypherFile(oneChild), params, r -> map(rule, r));
      // Rule names and counts only: where a slow catalogue spends its seconds, no personal data.
      LOG.debug(
          "{}: {} findings in {} ms",
          rule,
          found.size(),
          (System.nanoTime() - started) / 1_000_000);
      return found;
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
