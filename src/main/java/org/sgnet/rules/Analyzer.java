package org.sgnet.rules;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.neo4j.driver.Value;
import org.sgnet.SgnetException;
import org.sgnet.store.Store;

/**
 * Runs the catalogue: resolves the as-of date, sends each selected rule to the chosen engine (the
 * rules the JGraphT engine does not support always to Cypher), keeps the findings of the chosen
 * child, looks up names and returns the findings in the spec's order.
 */
public final class Analyzer implements Analyses {

  /** The fewest ids for which reading every name may be cheaper than looking ids up. */
  static final int READ_ALL_FROM = 10_000;

  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(Analyzer.class);

  /** Runs the JGraphT engine beside the Cypher engine; its threads end when idle. */
  private static final ExecutorService BESIDE =
      Executors.newCachedThreadPool(
          r -> {
            Thread t = new Thread(r, "sgnet-rules-beside");
            t.setDaemon(true);
            return t;
          });

  private final Store store;
  private final RuleEngine cypher;
  private final RuleEngine graph;
  private final Clock clock;

  /**
   * @param store the store the rules read
   * @param cypher the engine for every rule
   * @param graph the JGraphT engine for its twin rules, or {@code null} when there is none
   * @param clock gives today's date when the store holds no event
   */
  public Analyzer(Store store, RuleEngine cypher, RuleEngine graph, Clock clock) {
    this.store = store;
    this.cypher = cypher;
    this.graph = graph;
    this.clock = clock;
  }

  /**
   * Returns an analyzer for a series of runs as of dates from {@code first} to {@code last} with a
   * window of {@code windowDays} (a trend), whose engines may read once what the runs share ({@link
   * RuleEngine#spanning}). Each run answers as this analyzer would; keep it only for the series.
   */
  public Analyzer spanning(LocalDate first, LocalDate last, int windowDays) {
    return new Analyzer(
        store,
        cypher.spanning(first, last, windowDays),
        graph == null ? null : graph.spanning(first, last, windowDays),
        clock);
  }

  /** Returns the store's size and where it runs, which pick the standard engine. */
  public StoreSize storeSize() {
    return new StoreSize(CypherRuleEngine.events(store), !store.runsHere());
  }

  /** Returns the as-of date a run with these options uses. */
  public LocalDate resolveAsOf(RuleOptions options) {
    if (options.asOf() != null) {
      return options.asOf();
    }
    List<Value> latest = store.query("read/latest-event-date", Map.of(), r -> r.get("latest"));
    if (latest.isEmpty() || latest.get(0).isNull()) {
      return LocalDate.now(clock.withZone(java.time.ZoneOffset.UTC));
    }
    return latest.get(0).asLocalDate();
  }

  /**
   * Runs the selected rules.
   *
   * @throws SgnetException of kind INVALID_INPUT when the JGraphT engine is asked for but absent,
   *     of kind NOT_FOUND when the options name a child the store does not hold (a mistyped id must
   *     not read as a child with no findings)
   */
  @Override
  public Analysis analyse(RuleOptions options, Engine engine) {
    RuleOptions resolved = options.withAsOf(resolveAsOf(options));
    List<RawFinding> raw = unworded(resolved, engine);
    long named = System.nanoTime();
    Names names = names(raw);
    long assembled = System.nanoTime();
    List<Finding> findings = FindingAssembler.assemble(raw, names);
    // Counts and times only: where a large catalogue's last seconds go, no personal data.
    LOG.debug(
        "{} findings: names looked up in {} ms, assembled in {} ms",
        findings.size(),
        (assembled - named) / 1_000_000,
        (System.nanoTime() - assembled) / 1_000_000);
    return new Analysis(resolved.asOf(), resolved.windowDays(), findings);
  }

  /**
   * Runs the selected rules as {@link #analyse} does, as of the date it would resolve, and returns
   * the findings before they are named and worded: one for each finding {@code analyse} returns,
   * with the same rule, severity, children, agencies and people, in no particular order. For
   * counting (a trend's steps), which reads no name or message: at 16,000 children, looking the
   * names up and wording the findings took 0.3–0.9 s of each step's 1.0–2.2 s.
   *
   * @throws SgnetException as {@link #analyse} does
   */
  public List<RawFinding> unworded(RuleOptions options, Engine engine) {
    if (options.childId() != null) {
      requireChild(options.childId());
    }
    RuleOptions resolved = options.withAsOf(resolveAsOf(options));
    if (engine == Engine.JGRAPHT && graph == null) {
      throw new SgnetException(
          SgnetException.Kind.INVALID_INPUT, "the jgrapht engine is not available here");
    }
    Set<Rule> twins = engine == Engine.JGRAPHT ? graph.supported() : Set.of();
    Set<Rule> onGraph = new TreeSet<>();
    Set<Rule> onCypher = new TreeSet<>();
    for (Rule rule : resolved.rules()) {
      (twins.contains(rule) ? onGraph : onCypher).add(rule);
    }
    List<RawFinding> raw = new ArrayList<>();
    if (!onCypher.isEmpty() && !onGraph.isEmpty() && sideBySide()) {
      // The engines read the store apart and share nothing: the projection loads and the twins
      // compute on one core while the Cypher statements run on the others, instead of one engine
      // waiting for the other with a core idle (the JGraphT engine runs on one thread).
      CompletableFuture<List<RawFinding>> beside =
          CompletableFuture.supplyAsync(() -> graph.evaluate(onGraph, resolved), BESIDE);
      try {
        raw.addAll(cypher.evaluate(onCypher, resolved));
      } catch (RuntimeException e) {
        // Thrown once the engine beside has ended too: a retry must not find a projection of
        // gigabytes still loading beside its own.
        try {
          beside.join();
        } catch (RuntimeException besideFailure) {
          e.addSuppressed(besideFailure);
        }
        throw e;
      }
      raw.addAll(join(beside));
    } else {
      if (!onCypher.isEmpty()) {
        raw.addAll(cypher.evaluate(onCypher, resolved));
      }
      if (!onGraph.isEmpty()) {
        raw.addAll(graph.evaluate(onGraph, resolved));
      }
    }
    if (resolved.childId() != null) {
      raw.removeIf(f -> !f.childIds().contains(resolved.childId()));
    }
    return raw;
  }

  /**
   * Whether the two engines may run at once: while the heap holds the projection as well as the
   * Cypher engine's statements (see {@link CypherRuleEngine#besideMaxEvents}). With less, a
   * projection beside statements holding gigabytes of rows would risk the heap.
   */
  private boolean sideBySide() {
    return CypherRuleEngine.roomBeside(store);
  }

  /** Waits for the engine beside, passing on its failure as it was thrown. */
  private static List<RawFinding> join(CompletableFuture<List<RawFinding>> beside) {
    try {
      return beside.join();
    } catch (java.util.concurrent.CompletionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      if (e.getCause() instanceof Error err) {
        throw err;
      }
      throw e;
    }
  }

  /**
   * Checks that the store holds a child with this id.
   *
   * @throws SgnetException of kind NOT_FOUND when it does not (a mistyped id must not read as a
   *     child with no findings)
   */
  @Override
  public void requireChild(String childId) {
    if (!store
        .query("read/child-exists", Map.of("childId", childId), r -> r.get("found").asBoolean())
        .get(0)) {
      throw new SgnetException(SgnetException.Kind.NOT_FOUND, "no child has id " + childId);
    }
  }

  /** Returns the names of these people and agencies. */
  public Names names(Collection<String> people, Collection<String> agencies) {
    return new Names(
        lookup("people", new java.util.HashSet<>(people)),
        lookup("agencies", new java.util.HashSet<>(agencies)));
  }

  /** Returns the evidence of each finding (same order), for {@code --explain}. */
  public List<List<String>> explain(Analysis analysis) {
    List<List<String>> lines = new ArrayList<>();
    for (List<Evidence> evidence : evidence(analysis, null)) {
      lines.add(evidence.stream().map(Evidence::text).toList());
    }
    return lines;
  }

  /**
   * Returns the evidence of each finding (same order) with the date of each event it cites.
   *
   * @param codes the codes to write it in (a pseudonymised view), or {@code null} for names and ids
   */
  public List<List<Evidence>> evidence(Analysis analysis, Pseudonyms codes) {
    return Explainer.explain(store, this, codes, analysis);
  }

  private Names names(List<RawFinding> raw) {
    Set<String> people = new java.util.HashSet<>();
    Set<String> agencies = new java.util.HashSet<>();
    for (RawFinding f : raw) {
      people.addAll(f.childIds());
      people.addAll(f.personIds());
      agencies.addAll(f.agencyIds());
      agencies.addAll(f.rule().agencies(f.details()));
    }
    return new Names(lookup("people", people), lookup("agencies", agencies));
  }

  /**
   * Names of the people or agencies ({@code kind}) with these ids. From {@link #READ_ALL_FROM} ids,
   * when they are at least a third of all, every name is read instead: at 30,000 children, 40,713
   * of the 67,856 people took 471 ms by id and 254 ms all (warm; cold 2,962 and 744 ms), and the
   * whole catalogue at 400,000 children names most people.
   */
  private Map<String, String> lookup(String kind, Set<String> ids) {
    if (ids.size() >= READ_ALL_FROM) {
      long count =
          store.query("names/" + kind + "-count", Map.of(), r -> r.get("count").asLong()).get(0);
      if (ids.size() * 3L >= count) {
        Map<String, String> names = new java.util.HashMap<>();
        store
            .query(
                "names/all-" + kind,
                Map.of(),
                r -> Map.entry(r.get("id").asString(), r.get("name").asString("")))
            .forEach(
                e -> {
                  if (ids.contains(e.getKey())) {
                    names.put(e.getKey(), e.getValue());
                  }
                });
        return names;
      }
    }
    return lookupById("names/" + kind, ids);
  }

  private Map<String, String> lookupById(String file, Set<String> ids) {
    Map<String, String> names = new java.util.HashMap<>();
    if (!ids.isEmpty()) {
      store
          .query(
              file,
              Map.of("ids", List.copyOf(ids)),
              r -> Map.entry(r.get("id").asString(), r.get("name").asString("")))
          .forEach(e -> names.put(e.getKey(), e.getValue()));
    }
    return names;
  }
}
