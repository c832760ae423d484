package org.sgnet.runs;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;
import org.sgnet.SgnetException;
import org.sgnet.rules.Analysis;
import org.sgnet.rules.Engine;
import org.sgnet.rules.Finding;
import org.sgnet.rules.FindingsJson;
import org.sgnet.rules.Rule;
import org.sgnet.rules.RuleOptions;
import org.sgnet.store.CypherFile;
import org.sgnet.store.Store;

/**
 * Recorded runs, the findings kept across them, their triage and the change feed, in the store
 * ({@code SgnetRun}, {@code SgnetFinding}, {@code SgnetFindingChange} and one {@code SgnetCounter}
 * node; none of them is part of the network, its counts or its exports).
 *
 * <p>Every write (a run, a triage) takes the counter first, in its own transaction, so writes are
 * numbered in the order they commit and a feed reader who saw change n has seen every change before
 * it.
 */
public final class Runs {

  /** The version of the rule catalogue ({@code rules.md}) the engines implement. */
  public static final String CATALOGUE = "rules.md version 1";

  /** Most changes one page of the feed answers. */
  public static final int MAX_PAGE = 1000;

  private final Store store;
  private final Clock clock;

  public Runs(Store store, Clock clock) {
    this.store = Objects.requireNonNull(store, "store");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /**
   * Records a run of the whole catalogue: the run, its findings under their stable keys, and a
   * change for every finding opened, reopened or resolved.
   *
   * @param analysis what the run found
   * @param options the options it ran with: the whole catalogue, no child
   * @param engine the engine it ran on
   * @param by who records it
   * @throws SgnetException of kind INVALID_INPUT when the options select rules or a child (a run of
   *     part of the catalogue would resolve every finding it did not look for), CONFLICT while an
   *     import runs
   */
  public RunRecord record(Analysis analysis, RuleOptions options, Engine engine, String by) {
    requireWholeCatalogue(options);
    String who = who(by);
    String at = now();
    return store.whileNoImportRuns(
        () ->
            store.write(
                tx -> {
                  Counter counter = lock(tx, at);
                  long number = counter.runs() + 1;
                  String runId = "run-" + number;
                  Map<String, Lifecycle.Kept> kept = new HashMap<>();
                  tx.run(cypher("runs/state"))
                      .forEachRemaining(
                          r ->
                              kept.put(
                                  r.get("key").asString(),
                                  new Lifecycle.Kept(
                                      r.get("key").asString(),
                                      Status.valueOf(r.get("status").asString()),
                                      r.get("hash").asString(),
                                      r.get("open").asBoolean(),
                                      r.get("rule").asString(),
                                      r.get("childIds").asList(Value::asString))));
                  List<Lifecycle.Step> steps = Lifecycle.plan(kept, analysis.findings());
                  List<Map<String, Object>> rows = new ArrayList<>();
                  List<Map<String, Object>> changes = new ArrayList<>();
                  Map<ChangeKind, Integer> tally = new HashMap<>();
                  long seq = counter.seq();
                  for (Lifecycle.Step step : steps) {
                    rows.add(Map.of("key", step.key(), "props", props(step, runId, at)));
                    if (step.change() != null) {
                      tally.merge(step.change(), 1, Integer::sum);
                      Lifecycle.Kept before = kept.get(step.key());
                      Map<String, Object> change = new HashMap<>();
                      change.put("seq", ++seq);
                      change.put("key", step.key());
                      change.put("kind", step.change().name());
                      change.put("status", step.status().name());
                      change.put("runId", runId);
                      change.put(
                          "rule",
                          step.finding() == null ? before.rule() : step.finding().rule().name());
                      change.put(
                          "childIds",
                          step.finding() == null ? before.childIds() : step.finding().childIds());
                      change.put("hash", step.hash());
                      change.put("by", who);
                      change.put("at", at);
                      changes.add(change);
                    }
                  }
                  RunRecord run =
                      new RunRecord(
                          runId,
                          number,
                          at,
                          analysis.asOf().toString(),
                          analysis.windowDays(),
                          thresholds(options),
                          engine.name(),
                          CATALOGUE,
                          version(),
                          who,
                          analysis.findings().size(),
                          tally.getOrDefault(ChangeKind.OPENED, 0),
                          tally.getOrDefault(ChangeKind.REOPENED, 0),
                          tally.getOrDefault(ChangeKind.RESOLVED, 0));
                  Map<String, Object> node = new HashMap<>(runProps(run));
                  node.put(
                      "keys",
                      steps.stream().filter(s -> s.finding() != null).map(s -> s.key()).toList());
                  tx.run(cypher("runs/save-findings"), Map.of("rows", rows)).consume();
                  tx.run(cypher("runs/add-changes"), Map.of("changes", changes)).consume();
                  tx.run(cypher("runs/create-run"), Map.of("run", node)).consume();
                  advance(tx, seq, number);
                  return run;
                }));
  }

  /**
   * Triages a finding.
   *
   * @param status the new status, or {@code null} to keep it (a note alone)
   * @param reason why; required for a dismissal
   * @param note a note, or {@code null}
   * @param by who triages
   * @return the change kept
   * @throws SgnetException of kind NOT_FOUND when no finding has the key, INVALID_INPUT when a
   *     dismissal has no reason or nothing is given
   */
  public Change triage(String key, Status status, String reason, String note, String by) {
    checkTriage(status, reason, note);
    String why = text(reason);
    String what = text(note);
    String who = who(by);
    String at = now();
    return store.write(
        tx -> {
          Counter counter = lock(tx, at);
          FindingRecord f = finding(tx, key);
          Status after = status == null ? Status.valueOf(f.status()) : status;
          Map<String, Object> params = new HashMap<>();
          params.put("key", key);
          params.put("status", after.name());
          params.put("reason", why);
          params.put("note", what);
          params.put("by", who);
          params.put("at", at);
          tx.run(cypher("runs/triage"), params).consume();
          Change change =
              new Change(
                  counter.seq() + 1,
                  key,
                  ChangeKind.CHANGED.name(),
                  after.name(),
                  null,
                  f.rule(),
                  f.childIds(),
                  why,
                  what,
                  who,
                  at);
          Map<String, Object> node = new HashMap<>(changeProps(change));
          node.put("hash", f.hash());
          tx.run(cypher("runs/add-changes"), Map.of("changes", List.of(node))).consume();
          advance(tx, change.seq(), counter.runs());
          return change;
        });
  }

  /**
   * Checks a triage before it is made (the command line checks before it opens the store).
   *
   * @throws SgnetException of kind INVALID_INPUT when a dismissal has no reason or nothing is given
   */
  public static void checkTriage(Status status, String reason, String note) {
    if (status == Status.DISMISSED && text(reason) == null) {
      throw new SgnetException(
          SgnetException.Kind.INVALID_INPUT, "a dismissal needs a reason (--reason, reason)");
    }
    if (status == null && text(reason) == null && text(note) == null) {
      throw new SgnetException(
          SgnetException.Kind.INVALID_INPUT, "give a status, a reason or a note");
    }
  }

  /** Returns every recorded run, oldest first. */
  public List<RunRecord> runs() {
    return store.query("runs/runs", Map.of(), r -> run(r.get("run").asMap()));
  }

  /**
   * Returns the findings kept.
   *
   * @param status only those with this status, or {@code null} for any
   * @param open only those found (true) or resolved (false) by the last run, or {@code null}
   * @param newSince only those the named run did not find, or {@code null}
   * @param childId only those about this child, or {@code null} for any
   * @throws SgnetException of kind NOT_FOUND when {@code newSince} names no run
   */
  public List<FindingRecord> findings(
      Status status, Boolean open, String newSince, String childId) {
    Set<String> before = newSince == null ? Set.of() : keysOf(newSince);
    Map<String, Object> params = new HashMap<>();
    params.put("status", status == null ? null : status.name());
    params.put("open", open);
    params.put("child", childId);
    return store.query("runs/findings", params, r -> finding(r.get("finding").asMap())).stream()
        .filter(f -> !before.contains(f.key()))
        .toList();
  }

  /**
   * Narrows an analysis's findings: to those the named run did not find, and to those whose kept
   * status is the one given (a finding never recorded counts as NEW).
   *
   * @throws SgnetException of kind NOT_FOUND when {@code newSince} names no run
   */
  public List<Finding> filter(List<Finding> found, String newSince, Status status) {
    if (newSince == null && status == null) {
      return found;
    }
    Set<String> before = newSince == null ? Set.of() : keysOf(newSince);
    Map<String, String> statuses = new HashMap<>();
    if (status != null) {
      findings(null, null, null, null).forEach(f -> statuses.put(f.key(), f.status()));
    }
    return found.stream()
        .filter(f -> !before.contains(FindingKey.of(f)))
        .filter(
            f ->
                status == null
                    || statuses
                        .getOrDefault(FindingKey.of(f), Status.NEW.name())
                        .equals(status.name()))
        .toList();
  }

  /**
   * Returns every change to a finding, oldest first.
   *
   * @throws SgnetException of kind NOT_FOUND when no finding has the key
   */
  public List<Change> history(String key) {
    store.read(tx -> finding(tx, key));
    return store.query("runs/history", Map.of("key", key), r -> change(r.get("change").asMap()));
  }

  /**
   * Returns the changes after a cursor, in order.
   *
   * @param after the last change already read (0 for the start)
   * @param limit at most this many, 1 to {@link #MAX_PAGE}
   * @throws SgnetException of kind INVALID_INPUT for a negative cursor or a limit out of range
   */
  public ChangePage changes(long after, int limit) {
    if (after < 0) {
      throw new SgnetException(SgnetException.Kind.INVALID_INPUT, "after must be 0 or more");
    }
    if (limit < 1 || limit > MAX_PAGE) {
      throw new SgnetException(
          SgnetException.Kind.INVALID_INPUT, "limit must be from 1 to " + MAX_PAGE);
    }
    List<Change> page =
        store.query(
            "runs/changes",
            Map.of("after", after, "limit", limit + 1L),
            r -> change(r.get("change").asMap()));
    boolean more = page.size() > limit;
    List<Change> changes = more ? page.subList(0, limit) : page;
    long next = changes.isEmpty() ? after : changes.get(changes.size() - 1).seq();
    return new ChangePage(after, next, more, List.copyOf(changes));
  }

  /** Refuses a run of part of the catalogue, before it runs. */
  public static void requireWholeCatalogue(RuleOptions options) {
    if (options.childId() != null || !options.rules().containsAll(Rule.values())) {
      throw new SgnetException(
          SgnetException.Kind.INVALID_INPUT,
          "a recorded run is of the whole catalogue for every child: --record cannot be combined"
              + " with --child or --rule");
    }
  }

  private record Counter(long seq, long runs) {}

  private static Counter lock(TransactionContext tx, String at) {
    var r = tx.run(cypher("runs/lock"), Map.of("at", at)).single();
    return new Counter(r.get("seq").asLong(), r.get("runs").asLong());
  }

  private static void advance(TransactionContext tx, long seq, long runs) {
    tx.run(cypher("runs/advance"), Map.of("seq", seq, "runs", runs)).consume();
  }

  private static FindingRecord finding(TransactionContext tx, String key) {
    var rows = tx.run(cypher("runs/finding"), Map.of("key", key == null ? "" : key)).list();
    if (rows.isEmpty()) {
      // The key names children: an error body does not repeat it.
      throw new SgnetException(SgnetException.Kind.NOT_FOUND, "no finding has this key");
    }
    return finding(rows.get(0).get("finding").asMap());
  }

  private Set<String> keysOf(String runId) {
    List<RunRecord> found = new ArrayList<>();
    List<List<String>> keys = new ArrayList<>();
    store.query(
        "runs/run",
        Map.of("id", runId),
        r -> {
          Map<String, Object> m = r.get("run").asMap();
          found.add(run(m));
          keys.add(strings(m.get("keys")));
          return m;
        });
    if (found.isEmpty()) {
      throw new SgnetException(SgnetException.Kind.NOT_FOUND, "no run has id " + runId);
    }
    return new HashSet<>(keys.get(0));
  }

  private static Map<String, Object> props(Lifecycle.Step step, String runId, String at) {
    Map<String, Object> p = new HashMap<>();
    p.put("status", step.status().name());
    p.put("hash", step.hash());
    if (step.finding() == null) {
      p.put("open", false);
      p.put("resolvedRun", runId);
      p.put("resolvedAt", at);
      return p;
    }
    Finding f = step.finding();
    p.put("open", true);
    p.put("rule", f.rule().name());
    p.put("severity", f.severity().name());
    p.put("childIds", f.childIds());
    p.put("agencyIds", f.agencyIds());
    p.put("personIds", f.personIds());
    p.put("eventId", FindingKey.eventId(f));
    p.put("message", f.message());
    p.put("recommendation", f.recommendation());
    p.put("details", FindingsJson.details(f.details()));
    p.put("lastSeenRun", runId);
    p.put("lastSeenAt", at);
    if (step.change() == ChangeKind.OPENED) {
      p.put("firstSeenRun", runId);
      p.put("firstSeenAt", at);
    }
    if (step.change() == ChangeKind.REOPENED && step.status() == Status.NEW) {
      // A dismissal's reason no longer holds once the finding is new again.
      p.put("reason", null);
    }
    return p;
  }

  private static Map<String, Integer> thresholds(RuleOptions o) {
    Map<String, Integer> m = new LinkedHashMap<>();
    m.put("overloadProfessionals", o.overloadProfessionals());
    m.put("overloadAgencies", o.overloadAgencies());
    m.put("spocAgencies", o.spocAgencies());
    m.put("siloSharedChildren", o.siloSharedChildren());
    m.put("requestResponseDays", o.requestResponseDays());
    m.put("reassessmentDays", o.reassessmentDays());
    return m;
  }

  private static Map<String, Object> runProps(RunRecord run) {
    Map<String, Object> m = new HashMap<>();
    m.put("id", run.id());
    m.put("number", run.number());
    m.put("at", run.at());
    m.put("asOf", run.asOf());
    m.put("windowDays", run.windowDays());
    run.options().forEach((k, v) -> m.put("option." + k, v));
    m.put("engine", run.engine());
    m.put("catalogue", run.catalogue());
    m.put("version", run.version());
    m.put("by", run.by());
    m.put("findings", run.findings());
    m.put("opened", run.opened());
    m.put("reopened", run.reopened());
    m.put("resolved", run.resolved());
    return m;
  }

  private static RunRecord run(Map<String, Object> m) {
    Map<String, Integer> options = new LinkedHashMap<>();
    m.keySet().stream()
        .filter(k -> k.startsWith("option."))
        .sorted()
        .forEach(k -> options.put(k.substring("option.".length()), number(m.get(k))));
    return new RunRecord(
        (String) m.get("id"),
        ((Number) m.get("number")).longValue(),
        (String) m.get("at"),
        (String) m.get("asOf"),
        number(m.get("windowDays")),
        options,
        (String) m.get("engine"),
        (String) m.get("catalogue"),
        (String) m.get("version"),
        (String) m.get("by"),
        number(m.get("findings")),
        number(m.get("opened")),
        number(m.get("reopened")),
        number(m.get("resolved")));
  }

  private static FindingRecord finding(Map<String, Object> m) {
    return new FindingRecord(
        (String) m.get("key"),
        (String) m.get("rule"),
        (String) m.get("severity"),
        strings(m.get("childIds")),
        strings(m.get("agencyIds")),
        strings(m.get("personIds")),
        (String) m.get("eventId"),
        (String) m.get("message"),
        (String) m.get("status"),
        Boolean.TRUE.equals(m.get("open")),
        (String) m.get("firstSeenRun"),
        (String) m.get("lastSeenRun"),
        (String) m.get("resolvedRun"),
        (String) m.get("hash"),
        (String) m.get("reason"),
        (String) m.get("note"),
        (String) m.get("triagedBy"),
        (String) m.get("triagedAt"));
  }

  private static Map<String, Object> changeProps(Change c) {
    Map<String, Object> m = new HashMap<>();
    m.put("seq", c.seq());
    m.put("key", c.key());
    m.put("kind", c.kind());
    m.put("status", c.status());
    m.put("runId", c.runId());
    m.put("rule", c.rule());
    m.put("childIds", c.childIds());
    m.put("reason", c.reason());
    m.put("note", c.note());
    m.put("by", c.by());
    m.put("at", c.at());
    return m;
  }

  /** Reads a change as the feed's statements return it ({@code c {.*}}). */
  public static Change change(Map<String, Object> m) {
    return new Change(
        ((Number) m.get("seq")).longValue(),
        (String) m.get("key"),
        (String) m.get("kind"),
        (String) m.get("status"),
        (String) m.get("runId"),
        (String) m.get("rule"),
        strings(m.get("childIds")),
        (String) m.get("reason"),
        (String) m.get("note"),
        (String) m.get("by"),
        (String) m.get("at"));
  }

  private static int number(Object o) {
    return o == null ? 0 : ((Number) o).intValue();
  }

  private static List<String> strings(Object o) {
    if (o == null) {
      return List.of();
    }
    List<String> out = new ArrayList<>();
    for (Object item : (List<?>) o) {
      out.add(String.valueOf(item));
    }
    return List.copyOf(out);
  }

  private static String text(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  private static String who(String by) {
    return by == null || by.isBlank() ? "unknown" : by.strip();
  }

  private String now() {
    return Instant.now(clock).toString();
  }

  private static String version() {
    String v = Runs.class.getPackage().getImplementationVersion();
    return v == null ? "dev" : v;
  }

  private static String cypher(String name) {
    return CypherFile.load(name).statement();
  }
}
