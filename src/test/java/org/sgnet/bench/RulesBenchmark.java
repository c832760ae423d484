package org.sgnet.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jgrapht.Graph;
import org.jgrapht.alg.connectivity.ConnectivityInspector;
import org.jgrapht.graph.DefaultEdge;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.sgnet.bundle.Bundle;
import org.sgnet.graph.JGraphTRuleEngine;
import org.sgnet.graph.Projection;
import org.sgnet.rules.RawFinding;
import org.sgnet.rules.Rule;
import org.sgnet.rules.RuleOptions;
import org.sgnet.rules.Rules;

/**
 * The JGraphT engine's computation per twin rule on a generated network (the projection's load from
 * the store is measured by {@code sgnet bench-rules}), and the projection's tie graph built and
 * searched in JGraphT's default representation and in a CSR one.
 *
 * <p>Run by {@code bench/jmh.sh}, e.g. {@code bench/jmh.sh -p children=30000}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xmx8g", "-Xss64m"})
public class RulesBenchmark {

  /** Children in the generated network. */
  @Param({"3000"})
  public int children;

  private Projection projection;
  private RuleOptions options;
  private Graph<String, DefaultEdge> jgrapht;
  private CsrGraph csr;

  @Setup(Level.Trial)
  public void generate() {
    Bundle bundle = GeneratedNetwork.bundle(children);
    projection = GeneratedNetwork.projection(bundle);
    options =
        RuleOptions.builder()
            .asOf(GeneratedNetwork.AS_OF)
            .windowDays(GeneratedNetwork.WINDOW_DAYS)
            .build();
    jgrapht = TieGraphs.jgrapht(projection.ties());
    csr = CsrGraph.of(projection.ties());
  }

  private List<RawFinding> run(Rule rule) {
    return JGraphTRuleEngine.evaluate(projection, java.util.Set.of(rule), options);
  }

  @Benchmark
  public List<RawFinding> professionalOverload() {
    return run(Rules.PROFESSIONAL_OVERLOAD);
  }

  @Benchmark
  public List<RawFinding> coordinationGap() {
    return run(Rules.COORDINATION_GAP);
  }

  @Benchmark
  public List<RawFinding> agencySilo() {
    return run(Rules.AGENCY_SILO);
  }

  @Benchmark
  public List<RawFinding> siblingContactGap() {
    return run(Rules.SIBLING_CONTACT_GAP);
  }

  @Benchmark
  public Graph<String, DefaultEdge> buildTieGraphJGraphT() {
    return TieGraphs.jgrapht(projection.ties());
  }

  @Benchmark
  public CsrGraph buildTieGraphCsr() {
    return CsrGraph.of(projection.ties());
  }

  @Benchmark
  public int componentsJGraphT() {
    return new ConnectivityInspector<>(jgrapht).connectedSets().size();
  }

  @Benchmark
  public int componentsCsr() {
    return csr.components();
  }
}
