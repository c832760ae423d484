package org.sgnet.rules;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
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
 * details}; COORDINATION_GAP adds {@code edges}, the coordination graph's edges, from which the
 * brokers (cut vertices) are computed here in Java: Cypher without plugins has no articulation
 * point algorithm, and a per-vertex recomputation of components in Cypher would cost O(V²·E) per
 * child.
 */
public final class CypherRuleEngine implements RuleEngine {

  /** Threads for the rules' statements: one per core, at least two. */
  private static final ExecutorService POOL =
      Executors.newFixedThreadPool(
          Math.max(2, Runtime.getRuntime().availableProcessors()),
          r -> {
            Thread t = new Thread(r, "sgnet-rules");
            t.setDaemon(true);
            return t;
          });

  private final Store store;

  /** Evaluates rules in this store. */
  public CypherRuleEngine(Store store) {
    this.store = store;
  }

  @Override
  public Set<Rule> supported() {
    return EnumSet.allOf(Rule.class);
  }

  /**
   * Runs the rules' statements, one read transaction each. For one child they run side by side:
   * they are independent and small, so the latency is that of the slowest rule rather than the sum
   * of fifteen round trips. Over the whole network they run one after the other: each may hold
   * gigabytes of intermediate rows at national scale, and two at once can exceed Neo4j's memory
   * limit for transactions (measured at 400,000 children).
   */
  @Override
  public List<RawFinding> evaluate(Set<Rule> rules, RuleOptions options) {
    Map<String, Object> params = parameters(options);
    List<RawFinding> findings = new ArrayList<>();
    if (options.childId() == null) {
      for (Rule rule : EnumSet.copyOf(rules)) {
        findings.addAll(evaluate(rule, params, false));
      }
      return findings;
    }
    List<Future<List<RawFinding>>> running = new ArrayList<>();
    for (Rule rule : EnumSet.copyOf(rules)) {
      running.add(POOL.submit(() -> evaluate(rule, params, true)));
    }
    try {
      for (Future<List<RawFinding>> f : running) {
        findings.addAll(f.get());
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
      running.forEach(f -> f.cancel(true));
    }
    return findings;
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
    Map<String, Object> details = new LinkedHashMap<>(r.get("details").asMap(Value::asObject));
    if (rule == Rule.COORDINATION_GAP) {
      List<String> vertices = r.get("personIds").asList(Value::asString);
      List<List<String>> edges = r.get("edges").asList(e -> e.asList(Value::asString));
      details.put("brokers", CutVertices.of(vertices, edges));
    }
    return new RawFinding(
        rule,
        Severity.valueOf(r.get("severity").asString()),
        r.get("childIds").asList(Value::asString),
        r.get("agencyIds").asList(Value::asString),
        r.get("personIds").asList(Value::asString),
        details);
  }
}
