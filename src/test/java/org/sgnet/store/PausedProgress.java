package org.sgnet.store;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * The progress of an import that holds it after each batch until {@link #release}: how a test has
 * an import running while it tries something else.
 */
public final class PausedProgress implements ImportProgress {

  private final CountDownLatch paused = new CountDownLatch(1);
  private final CountDownLatch released = new CountDownLatch(1);

  @Override
  public void advanced(long rowsWritten, long rowsTotal) {
    paused.countDown();
    try {
      released.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Waits, at most a minute, until the import has written a batch and is held; true if it has. */
  public boolean awaitPaused() throws InterruptedException {
    return paused.await(1, TimeUnit.MINUTES);
  }

  /** Lets the import go on to its end. */
  public void release() {
    released.countDown();
  }
}
