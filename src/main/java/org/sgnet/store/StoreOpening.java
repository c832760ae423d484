package org.sgnet.store;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * A store being opened on a thread of its own, and every store handed out by it until they are
 * owned elsewhere.
 *
 * <p>A fresh command spends about a second starting the embedded DBMS and another half second
 * connecting and planning the first statement, while its Micronaut context takes as long again to
 * start on the other core. So a command's context begins opening its store as soon as the
 * configuration names it, and the store bean takes that store instead of opening one: see {@link
 * #take}. A store whose settings differ from the bean's is closed and the bean opens its own, as
 * without an early start.
 *
 * <p>Whoever begins an opening closes it ({@link #close}): that stops the early store unless it was
 * taken. If the process fails to start after the store was taken (a later bean fails), {@link
 * #abandon} closes whatever it handed out too, so that no DBMS is left running, with non-daemon
 * threads that would keep the JVM alive, when nobody owns it.
 */
public final class StoreOpening implements AutoCloseable {

  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(StoreOpening.class);

  private final StoreSettings settings;
  private final boolean useRunning;
  private final FutureTask<Store> early;

  /** Stores handed out by {@link #take}; guarded by {@code this}. */
  private final List<Store> handedOut = new ArrayList<>();

  /** Whether the early store has been taken or closed; guarded by {@code this}. */
  private boolean settled;

  private StoreOpening(StoreSettings settings, boolean useRunning) {
    this.settings = settings;
    this.useRunning = useRunning;
    this.early = new FutureTask<>(() -> Store.open(settings, useRunning));
  }

  /**
   * Begins opening the store on a thread of its own; returns at once.
   *
   * @param useRunning as for {@link Store#open(StoreSettings, boolean)}: a store that {@code sgnet
   *     serve} holds is then reached through that server, and no DBMS is started
   */
  public static StoreOpening begin(StoreSettings settings, boolean useRunning) {
    StoreOpening opening = new StoreOpening(settings, useRunning);
    Thread thread = new Thread(opening.early, "sgnet-store-opening");
    // Not a daemon: Neo4j's threads take that from the thread that starts them, and the DBMS runs
    // as one opened on the main thread would, until its owner stops it. The thread ends as soon
    // as the store is open or has failed to open.
    thread.setDaemon(false);
    thread.start();
    return opening;
  }

  /**
   * Returns the store opened early when it was opened with these settings, waiting for it; else
   * closes that one and opens the store here. Either way the caller owns the store it gets.
   *
   * @throws org.sgnet.SgnetException the failure of the opening, as {@link Store#open} throws it
   */
  public Store take(StoreSettings wanted, boolean wantedUseRunning) {
    Store store = null;
    synchronized (this) {
      if (!settled && settings.equals(wanted) && useRunning == wantedUseRunning) {
        settled = true;
        long asked = System.nanoTime();
        store = awaitEarly();
        // How much of the opening the rest of the start did not cover: 0 when it was ready.
        LOG.debug(
            "Took the store opened early after waiting {} ms for it",
            (System.nanoTime() - asked) / 1_000_000);
        handedOut.add(store);
        return store;
      }
    }
    // A store opened for other settings holds the data directory: it goes before another opens.
    close();
    store = Store.open(wanted, wantedUseRunning);
    synchronized (this) {
      handedOut.add(store);
    }
    return store;
  }

  /**
   * Closes the store opened early unless it was taken, waiting for its opening to end first; a
   * failure of that opening is nobody's concern any more and is dropped. Does nothing the second
   * time.
   */
  @Override
  public void close() {
    synchronized (this) {
      if (settled) {
        return;
      }
      settled = true;
    }
    Store unclaimed;
    try {
      unclaimed = awaitEarly();
    } catch (RuntimeException failed) {
      // The type only: a store's message can quote a value from its data (a constraint's).
      LOG.debug(
          "The store opened early failed, and nobody took it: {}",
          failed.getClass().getSimpleName());
      return;
    }
    unclaimed.close();
  }

  /**
   * Closes the early store if nobody took it, and every store handed out: for a process whose start
   * failed after a store was taken, so that nothing it started keeps running.
   */
  public void abandon() {
    close();
    List<Store> owned;
    synchronized (this) {
      owned = List.copyOf(handedOut);
      handedOut.clear();
    }
    for (Store store : owned) {
      store.close();
    }
  }

  /** Waits for the early opening, without giving up on an interrupt: a DBMS half started leaks. */
  private Store awaitEarly() {
    boolean interrupted = false;
    try {
      while (true) {
        try {
          return early.get();
        } catch (InterruptedException e) {
          interrupted = true;
        } catch (ExecutionException e) {
          throw rethrown(e.getCause());
        }
      }
    } finally {
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }

  /** The opening's own failure, so that the caller says what a store opened here would have. */
  private static RuntimeException rethrown(Throwable cause) {
    if (cause instanceof RuntimeException runtime) {
      return runtime;
    }
    if (cause instanceof Error error) {
      throw error;
    }
    return new IllegalStateException(cause);
  }
}
