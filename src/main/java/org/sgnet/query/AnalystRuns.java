package org.sgnet.query;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.neo4j.driver.Driver;
import org.sgnet.SgnetException;
import org.sgnet.query.Runaways.Outcome;
import org.sgnet.query.Runaways.ServerTransaction;
import org.sgnet.store.Store;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Admits analyst queries within the limits on how many run at once, and stops each one that is
 * still running at its hard deadline ({@link QueryLimits#hardDeadline()}).
 *
 * <p>Each running query has a connection of its own (a driver holding one connection), so that
 * closing it releases the request waiting on a query the server never finishes, and nobody else's.
 * A query counts against the limits until its transaction has ended on the server, not merely until
 * its request was answered: a query that could not be stopped keeps its place, so that such queries
 * can never take more cores than the limit allows.
 */
final class AnalystRuns implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(AnalystRuns.class);

  /** How often a stopped query's end on the server is checked. */
  private static final Duration POLL = Duration.ofMillis(50);

  /** How long a stop by force is tried before the query is left to end on its own. */
  private static final Duration FORCE_FOR = Duration.ofSeconds(2);

  /** How often a query that could not be stopped is checked for its end. */
  private static final Duration LINGER_POLL = Duration.ofMillis(250);

  private enum State {
    RUNNING,
    FINISHED,
    STOPPING
  }

  /** One admitted query. */
  static final class Run {
    private final String user;
    private final String tag = UUID.randomUUID().toString();
    private final Driver driver;
    private final AtomicReference<State> state = new AtomicReference<>(State.RUNNING);
    private volatile ScheduledFuture<?> deadline;

    private Run(String user, Driver driver) {
      this.user = user;
      this.driver = driver;
    }

    /** The driver the query runs on. */
    Driver driver() {
      return driver;
    }

    /** The transaction metadata that lets the server's transaction be found. */
    Map<String, Object> metadata() {
      return Map.of(Runaways.TAG, tag);
    }

    /** Returns whether the query was stopped at its hard deadline. */
    boolean stopped() {
      return state.get() == State.STOPPING;
    }
  }

  private final Store store;
  private final QueryLimits limits;
  private final Runaways runaways;
  private final ScheduledExecutorService timer;
  private final Deque<Driver> idle = new ArrayDeque<>();
  private final Map<String, Integer> perUser = new HashMap<>();
  private final Set<Run> running = ConcurrentHashMap.newKeySet();
  private int total;
  private boolean closed;

  AnalystRuns(Store store, QueryLimits limits) {
    this.store = store;
    this.limits = limits;
    this.runaways = new Runaways(store);
    ScheduledThreadPoolExecutor deadlines =
        new ScheduledThreadPoolExecutor(1, r -> daemon(r, "sgnet-query-deadlines"));
    // Closing stops every running query itself; deadlines still pending then have nothing to do.
    deadlines.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
    this.timer = deadlines;
  }

  private static Thread daemon(Runnable r, String name) {
    Thread t = new Thread(r, name);
    t.setDaemon(true);
    return t;
  }

  /**
   * Admits a query of the user, or refuses it.
   *
   * @throws SgnetException {@code BUSY}, naming the limit, when the user or everyone together
   *     already run as many analyst queries as allowed
   */
  Run admit(String user) {
    Driver driver;
    synchronized (this) {
      if (closed) {
        throw new SgnetException(SgnetException.Kind.BUSY, "the server is stopping");
      }
      int mine = perUser.getOrDefault(user, 0);
      if (mine >= limits.maxRunningPerUser()) {
        throw new SgnetException(
            SgnetException.Kind.BUSY,
            "you already run "
                + mine
                + " analyst "
                + (mine == 1 ? "query" : "queries")
                + ", the most one user may run at once (per-user limit); try again when "
                + (mine == 1 ? "it has" : "one has")
                + " finished");
      }
      if (total >= limits.maxRunning()) {
        throw new SgnetException(
            SgnetException.Kind.BUSY,
            total
                + " analyst "
                + (total == 1 ? "query runs" : "queries run")
                + ", the most the server runs at once (limit for all users); try again shortly");
      }
      perUser.merge(user, 1, Integer::sum);
      total++;
      driver = idle.pollFirst();
    }
    Run run = new Run(user, driver == null ? store.openSeparateDriver() : driver);
    running.add(run);
    run.deadline =
        timer.schedule(
            () -> stopInBackground(run, "ran past its time limit of " + limits.timeoutText()),
            limits.hardDeadline().toMillis(),
            TimeUnit.MILLISECONDS);
    return run;
  }

  /** Ends a query whose request is done; a query being stopped is released by its stop. */
  void finish(Run run) {
    if (run.state.compareAndSet(State.RUNNING, State.FINISHED)) {
      run.deadline.cancel(false);
      release(run, true);
    }
  }

  /** Stops a query on a thread of its own, so that one slow stop never delays another. */
  private Thread stopInBackground(Run run, String why) {
    Thread t = daemon(() -> stop(run, why), "sgnet-query-stop");
    t.start();
    return t;
  }

  /** Stops a query still running at its hard deadline, then releases it once it has ended. */
  private void stop(Run run, String why) {
    if (!run.state.compareAndSet(State.RUNNING, State.STOPPING)) {
      return;
    }
    long started = System.nanoTime();
    // Closing its own connection answers the request at once, whatever the server does; the
    // server's transaction lives on until its worker thread lets go of it.
    run.driver.closeAsync();
    Optional<ServerTransaction> tx = find(run);
    tx.ifPresent(runaways::terminate);
    Outcome outcome = Outcome.NOT_NOW;
    long until = System.nanoTime() + FORCE_FOR.toNanos();
    while (tx.isPresent() && System.nanoTime() < until) {
      if (outcome == Outcome.NOT_NOW) {
        outcome = runaways.stop(tx.get());
      }
      sleep(POLL);
      tx = find(run);
    }
    long millis = (System.nanoTime() - started) / 1_000_000;
    if (tx.isEmpty()) {
      LOG.warn(
          "An analyst query {}; it was stopped{} and had ended {} ms later",
          why,
          outcome == Outcome.STOPPED ? " by stopping its worker thread" : "",
          millis);
      release(run, false);
    } else {
      LOG.error(
          "An analyst query {} and could not be stopped ({}); it keeps its place among the"
              + " queries that may run at once until it ends",
          why,
          outcome == Outcome.NOT_HERE
              ? "the store is not embedded in this process"
              : "no safe point");
      checkLater(run);
    }
  }

  private void checkLater(Run run) {
    try {
      timer.schedule(() -> lingerUntilEnded(run), LINGER_POLL.toMillis(), TimeUnit.MILLISECONDS);
    } catch (RejectedExecutionException stopping) {
      // The server is stopping: the store's own shutdown ends what is left.
    }
  }

  private void lingerUntilEnded(Run run) {
    Optional<ServerTransaction> tx = find(run);
    if (tx.isEmpty()) {
      LOG.warn("An analyst query that could not be stopped has ended");
      release(run, false);
      return;
    }
    runaways.stop(tx.get());
    checkLater(run);
  }

  private Optional<ServerTransaction> find(Run run) {
    try {
      return runaways.find(run.tag);
    } catch (RuntimeException e) {
      // The server cannot list its transactions (stopping, or not allowed): nothing to wait for.
      return Optional.empty();
    }
  }

  private void release(Run run, boolean driverReusable) {
    running.remove(run);
    boolean keep;
    synchronized (this) {
      perUser.computeIfPresent(run.user, (u, n) -> n == 1 ? null : n - 1);
      total--;
      keep = driverReusable && !closed;
      if (keep) {
        idle.addFirst(run.driver);
      }
    }
    if (!keep) {
      run.driver.closeAsync();
    }
  }

  /**
   * Stops every running query at once and closes the connections: the server stops within {@link
   * #FORCE_FOR} of this, however its analysts' queries spend their time.
   */
  @Override
  public void close() {
    List<Driver> drivers;
    synchronized (this) {
      closed = true;
      drivers = List.copyOf(idle);
      idle.clear();
    }
    timer.shutdown();
    List<Thread> stops = new ArrayList<>();
    for (Run run : List.copyOf(running)) {
      stops.add(stopInBackground(run, "was running when the server stopped"));
    }
    long until = System.nanoTime() + FORCE_FOR.plusSeconds(1).toNanos();
    for (Thread t : stops) {
      try {
        t.join(Math.max(1, (until - System.nanoTime()) / 1_000_000));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
    }
    drivers.forEach(Driver::closeAsync);
  }

  private static void sleep(Duration d) {
    try {
      Thread.sleep(d.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
