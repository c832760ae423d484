package org.sgnet.rules;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.LongSupplier;
import org.sgnet.SgnetException;

/**
 * The analyses of one serving process, shared between the requests that ask for them, so that
 * readers asking again and again cannot pile the catalogue's work up on a few cores.
 *
 * <ul>
 *   <li><b>Kept by store version.</b> An analysis is kept under the options, the engine and the
 *       store's version (a number that changes with every commit, see {@code Store#version}); the
 *       same question about an unchanged store is answered from memory. Options without an as-of
 *       date also key on today's date (an empty store's analyses are as of today). When the version
 *       cannot be read (an external store), nothing is kept.
 *   <li><b>One child from the whole.</b> A one-child question is answered from a kept whole-network
 *       analysis with the same options and store version: by {@code rules.md}, a one-child run
 *       returns exactly the findings whose {@code childIds} include the child, in the same order,
 *       and the two engines return the same findings.
 *   <li><b>Asked together, computed once.</b> Requests that ask the same question while it is being
 *       computed wait for that one computation instead of starting their own.
 *   <li><b>Bounded.</b> At most {@link Limits#wholeAtOnce} whole-network and {@link
 *       Limits#childAtOnce} one-child computations run at once; a request waits at most {@link
 *       Limits#patience} for its turn or for the computation it shares, then is refused with {@link
 *       SgnetException.Kind#BUSY} naming the limit (it changed nothing and may ask again).
 * </ul>
 *
 * <p>Kept analyses are bounded by their number of findings ({@link Limits#keptFindings}), the least
 * recently used going first; only the newest store version's are kept. Looking an analysis up costs
 * a map access and, for a one-child question, the query that checks the child exists.
 */
public final class SharedAnalyses implements Analyses {

  /**
   * The limits of sharing.
   *
   * @param wholeAtOnce whole-network computations running at once, at least 1
   * @param childAtOnce one-child computations running at once, at least 1
   * @param patience how long a request waits for its turn or for a computation it shares
   * @param keptFindings the findings kept in memory over all kept analyses; 0 keeps none
   */
  public record Limits(int wholeAtOnce, int childAtOnce, Duration patience, int keptFindings) {

    /** Validates the limits. */
    public Limits {
      if (wholeAtOnce < 1 || childAtOnce < 1) {
        throw new IllegalArgumentException("at least one computation must be allowed at once");
      }
      if (patience == null || patience.isNegative()) {
        throw new IllegalArgumentException("patience must not be negative");
      }
      if (keptFindings < 0) {
        throw new IllegalArgumentException("keptFindings must not be negative");
      }
    }
  }

  /** What makes two questions the same. */
  private record Key(RuleOptions options, Engine engine, long version, LocalDate today) {}

  private final Analyses analyzer;
  private final LongSupplier version;
  private final Limits limits;
  private final Clock clock;
  private final Semaphore whole;
  private final Semaphore child;
  private final Map<Key, CompletableFuture<Analysis>> running = new ConcurrentHashMap<>();

  /** Least recently used first; guarded by itself. */
  private final LinkedHashMap<Key, Analysis> kept = new LinkedHashMap<>(16, 0.75f, true);

  private long keptCount;
  private long newestVersion = Long.MIN_VALUE;

  /**
   * @param analyzer computes what is not kept
   * @param version the store's version, or a negative number when it cannot be read
   * @param limits the limits
   * @param clock gives today's date for options without an as-of date
   */
  public SharedAnalyses(Analyses analyzer, LongSupplier version, Limits limits, Clock clock) {
    if (analyzer == null || version == null || limits == null || clock == null) {
      throw new IllegalArgumentException("analyzer, version, limits and clock are required");
    }
    this.analyzer = analyzer;
    this.version = version;
    this.limits = limits;
    this.clock = clock;
    this.whole = new Semaphore(limits.wholeAtOnce(), true);
    this.child = new Semaphore(limits.childAtOnce(), true);
  }

  /**
   * Answers as the analyses it shares do, from a kept analysis where one answers the question.
   *
   * @throws SgnetException of kind BUSY, naming the limit, when the request waited {@link
   *     Limits#patience} without its turn or without the computation it shares finishing; otherwise
   *     as {@link Analyses#analyse}
   */
  @Override
  public Analysis analyse(RuleOptions options, Engine engine) {
    long v = version.getAsLong();
    LocalDate today = options.asOf() == null ? LocalDate.now(clock) : null;
    if (v >= 0 && options.childId() != null) {
      RuleOptions all = options.toBuilder().childId(null).build();
      for (Engine e : Engine.values()) {
        Analysis found = keptAnalysis(new Key(all, e, v, today));
        if (found != null) {
          analyzer.requireChild(options.childId());
          return forChild(found, options.childId());
        }
      }
    }
    Key key = new Key(options, engine, v, today);
    if (v >= 0) {
      Analysis found = keptAnalysis(key);
      if (found != null) {
        return found;
      }
    }
    CompletableFuture<Analysis> mine = new CompletableFuture<>();
    CompletableFuture<Analysis> shared = running.putIfAbsent(key, mine);
    if (shared != null) {
      return await(shared);
    }
    try {
      Analysis computed = compute(key);
      mine.complete(computed);
      return computed;
    } catch (RuntimeException | Error e) {
      mine.completeExceptionally(e);
      throw e;
    } finally {
      running.remove(key, mine);
    }
  }

  @Override
  public void requireChild(String childId) {
    analyzer.requireChild(childId);
  }

  /** Returns the number of analyses kept now (for tests and metrics). */
  public int keptAnalyses() {
    synchronized (kept) {
      return kept.size();
    }
  }

  private Analysis compute(Key key) {
    boolean wholeNetwork = key.options().childId() == null;
    Semaphore gate = wholeNetwork ? whole : child;
    if (!admitted(gate)) {
      throw new SgnetException(
          SgnetException.Kind.BUSY,
          wholeNetwork
              ? "the server already runs the whole catalogue "
                  + limits.wholeAtOnce()
                  + " time(s) at once (sgnet.findings.max-running-whole); ask again shortly"
              : "the server already runs the catalogue for "
                  + limits.childAtOnce()
                  + " child(ren) at once (sgnet.findings.max-running-child); ask again shortly");
    }
    try {
      Analysis analysis = analyzer.analyse(key.options(), key.engine());
      if (key.version() >= 0) {
        keep(key, analysis);
      }
      return analysis;
    } finally {
      gate.release();
    }
  }

  private boolean admitted(Semaphore gate) {
    try {
      return gate.tryAcquire(limits.patience().toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  private Analysis await(CompletableFuture<Analysis> shared) {
    try {
      return shared.get(limits.patience().toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      throw new SgnetException(
          SgnetException.Kind.BUSY,
          "these findings are still being computed for an earlier request (waited "
              + limits.patience().toSeconds()
              + " s, sgnet.findings.wait); ask again shortly");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new SgnetException(SgnetException.Kind.BUSY, "the request was interrupted");
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException failure) {
        throw failure;
      }
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      throw new SgnetException(SgnetException.Kind.FAILURE, "the analysis failed", e.getCause());
    }
  }

  private Analysis keptAnalysis(Key key) {
    synchronized (kept) {
      return kept.get(key);
    }
  }

  private void keep(Key key, Analysis analysis) {
    int size = analysis.findings().size();
    synchronized (kept) {
      if (key.version() < newestVersion || size > limits.keptFindings()) {
        // Computed from a store that has changed since, or too big to keep.
        return;
      }
      if (key.version() > newestVersion) {
        kept.clear();
        keptCount = 0;
        newestVersion = key.version();
      }
      Analysis before = kept.put(key, analysis);
      keptCount += size - (before == null ? 0 : before.findings().size());
      Iterator<Analysis> eldest = kept.values().iterator();
      while (keptCount > limits.keptFindings() && eldest.hasNext()) {
        keptCount -= eldest.next().findings().size();
        eldest.remove();
      }
    }
  }

  private static Analysis forChild(Analysis all, String childId) {
    return new Analysis(
        all.asOf(),
        all.windowDays(),
        all.findings().stream().filter(f -> f.childIds().contains(childId)).toList());
  }
}
