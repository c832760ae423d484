package org.sgnet.cli;

import io.micronaut.context.ApplicationContext;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.sgnet.graph.GraphTwin;
import org.sgnet.graph.JGraphTRuleEngine;
import org.sgnet.graph.Projection;
import org.sgnet.graph.ProjectionLoader;
import org.sgnet.network.CountsReader;
import org.sgnet.rules.Analysis;
import org.sgnet.rules.Analyzer;
import org.sgnet.rules.Engine;
import org.sgnet.rules.RawFinding;
import org.sgnet.rules.Rule;
import org.sgnet.rules.RuleOptions;
import org.sgnet.store.Store;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code sgnet bench-rules} (hidden): times the whole catalogue on both engines over a store, the
 * JGraphT projection's load time and memory apart, and one child. See {@code docs/performance.md}.
 */
@Command(
    name = "bench-rules",
    hidden = true,
    mixinStandardHelpOptions = true,
    description = {
      "Benchmark the rule catalogue on the store: each engine over every child (after one"
          + " warm-up run that pays Cypher planning), the JGraphT projection's load time and heap"
          + " apart, and one child with --child."
    })
final class BenchRulesCommand implements Callable<Integer> {

  private static final Set<Rule> TWINS =
      Rule.values().stream()
          .filter(GraphTwin.class::isInstance)
          .collect(Collectors.toCollection(TreeSet::new));

  @Mixin StoreOptions store;

  @Option(names = "--child", paramLabel = "ID", description = "The child of the one-child runs.")
  String child;

  @Option(
      names = "--runs",
      paramLabel = "N",
      description = "Timed runs per measurement (default: ${DEFAULT-VALUE}).",
      defaultValue = "2")
  int runs;

  @Option(
      names = "--child-only",
      description = "Only the one-child runs of --child, not the whole catalogue.")
  boolean childOnly;

  @Option(
      names = "--rule",
      paramLabel = "RULE",
      converter = RuleConverter.class,
      description =
          "Only time this rule over the whole network (on both engines where it has two).")
  Rule rule;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    try (ApplicationContext context = Contexts.start(store.properties())) {
      Store s = context.getBean(Store.class);
      Analyzer analyzer = context.getBean(Analyzer.class);
      out.println("store: " + new CountsReader(s).counts());
      RuleOptions all = RuleOptions.defaults();
      LocalDate asOf = analyzer.resolveAsOf(all);
      out.println("as of " + asOf + ", window " + all.windowDays() + " days");
      out.flush();
      if (rule != null) {
        perRule(out, analyzer, all, asOf, Set.of(rule));
        return Sgnet.OK;
      }
      if (!childOnly) {
        catalogue(out, s, analyzer, all, asOf);
      }
      if (child != null) {
        RuleOptions one = all.toBuilder().childId(child).build();
        for (Engine engine : Engine.values()) {
          long best = warmBest(() -> analyzer.analyse(one, engine));
          out.printf(
              Locale.ROOT, "%-8s one child (%s): %,d ms (best of %d)%n", engine, child, best, runs);
          out.flush();
        }
        for (Rule rule : Rule.values()) {
          RuleOptions oneRule = one.toBuilder().rules(Set.of(rule)).build();
          long best = warmBest(() -> analyzer.analyse(oneRule, Engine.CYPHER));
          out.printf(Locale.ROOT, "CYPHER   one child, %-30s %,6d ms%n", rule, best);
          out.flush();
        }
      }
    }
    return Sgnet.OK;
  }

  private void catalogue(
      PrintWriter out, Store s, Analyzer analyzer, RuleOptions all, LocalDate asOf) {
    for (Engine engine : Engine.values()) {
      long first = time(() -> analyzer.analyse(all, engine));
      out.printf(Locale.ROOT, "%-8s full catalogue, first run (planning): %,d ms%n", engine, first);
      out.flush();
      long best = Long.MAX_VALUE;
      int findings = 0;
      for (int i = 0; i < runs; i++) {
        long t = System.nanoTime();
        Analysis a = analyzer.analyse(all, engine);
        best = Math.min(best, (System.nanoTime() - t) / 1_000_000);
        findings = a.findings().size();
      }
      out.printf(
          Locale.ROOT,
          "%-8s full catalogue: %,d ms (best of %d), %,d findings%n",
          engine,
          best,
          runs,
          findings);
      out.flush();
    }
    perRule(out, analyzer, all, asOf, new TreeSet<>(Rule.values()));
    RuleOptions twinOptions = all.toBuilder().asOf(asOf).rules(TWINS).build();
    long cypherTwins = Long.MAX_VALUE;
    for (int i = 0; i < runs; i++) {
      cypherTwins = Math.min(cypherTwins, time(() -> analyzer.analyse(twinOptions, Engine.CYPHER)));
    }
    Runtime rt = Runtime.getRuntime();
    gc();
    long before = rt.totalMemory() - rt.freeMemory();
    long t0 = System.nanoTime();
    Projection projection = new ProjectionLoader(s).load(asOf, all.windowDays());
    long load = (System.nanoTime() - t0) / 1_000_000;
    gc();
    long heap = rt.totalMemory() - rt.freeMemory() - before;
    long t1 = System.nanoTime();
    List<RawFinding> raw = JGraphTRuleEngine.evaluate(projection, TWINS, twinOptions);
    long compute = (System.nanoTime() - t1) / 1_000_000;
    out.printf(
        Locale.ROOT,
        "twin rules: cypher %,d ms; jgrapht projection load %,d ms (%,d ties, %,d events),"
            + " projection heap %,d MB, graph computation %,d ms, %,d raw findings%n",
        cypherTwins,
        load,
        projection.ties().size(),
        projection.events().size(),
        heap / (1024 * 1024),
        compute,
        raw.size());
    out.flush();
  }

  /** Each rule of {@code rules} alone over the whole network, on both engines where it has two. */
  private void perRule(
      PrintWriter out, Analyzer analyzer, RuleOptions all, LocalDate asOf, Set<Rule> rules) {
    for (Rule r : rules) {
      RuleOptions oneRule = all.toBuilder().asOf(asOf).rules(Set.of(r)).build();
      for (Engine engine : TWINS.contains(r) ? Engine.values() : new Engine[] {Engine.CYPHER}) {
        long best = warmBest(() -> analyzer.analyse(oneRule, engine));
        out.printf(Locale.ROOT, "%-8s whole network, %-34s %,7d ms%n", engine, r, best);
        out.flush();
      }
    }
  }

  /** Runs {@code r} once to warm up (Neo4j plans on first use), then returns its best time. */
  private long warmBest(Runnable r) {
    r.run();
    long best = Long.MAX_VALUE;
    for (int i = 0; i < runs; i++) {
      best = Math.min(best, time(r));
    }
    return best;
  }

  private static long time(Runnable r) {
    long t = System.nanoTime();
    r.run();
    return (System.nanoTime() - t) / 1_000_000;
  }

  private static void gc() {
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
  }

  /** Reads a rule name as {@code analyse --rule} does. */
  static final class RuleConverter implements CommandLine.ITypeConverter<Rule> {
    @Override
    public Rule convert(String value) {
      return Rule.parse(value);
    }
  }
}
