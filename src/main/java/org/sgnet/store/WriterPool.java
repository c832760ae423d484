package org.sgnet.store;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.sgnet.SgnetException;

/**
 * The threads that write a staged import's batches side by side: as many as cores, 2 to 4. Closing
 * it stops them.
 */
final class WriterPool implements AutoCloseable {

  private static final int WRITERS =
      Math.max(2, Math.min(4, Runtime.getRuntime().availableProcessors()));

  private final ExecutorService threads = Executors.newFixedThreadPool(WRITERS);

  /**
   * Runs the tasks side by side and returns when every one has ended. The first failure stops the
   * tasks not yet begun and is thrown once the running ones have ended, so that nothing the tasks
   * write can commit after this returns or throws (an undo that follows would not see it).
   *
   * @throws SgnetException of kind {@link SgnetException.Kind#FAILURE} when the calling thread is
   *     interrupted, after the running tasks have ended; its interrupt is kept
   */
  void runAll(List<Runnable> tasks) {
    AtomicBoolean failed = new AtomicBoolean();
    List<Future<?>> running = new ArrayList<>();
    for (Runnable task : tasks) {
      running.add(
          threads.submit(
              () -> {
                if (failed.get()) {
                  return;
                }
                try {
                  task.run();
                } catch (RuntimeException | Error e) {
                  failed.set(true);
                  throw e;
                }
              }));
    }
    // An interrupt stops the tasks not yet begun, and the wait goes on for those running.
    Throwable first = null;
    boolean interrupted = false;
    for (Future<?> f : running) {
      while (true) {
        try {
          f.get();
          break;
        } catch (ExecutionException e) {
          first = first == null ? e.getCause() : first;
          break;
        } catch (InterruptedException e) {
          interrupted = true;
          failed.set(true);
          first = first == null ? e : first;
        }
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
    if (first instanceof RuntimeException r) {
      throw r;
    }
    if (first instanceof Error e) {
      throw e;
    }
    if (first != null) {
      throw new SgnetException(SgnetException.Kind.FAILURE, "import interrupted", first);
    }
  }

  @Override
  public void close() {
    threads.shutdownNow();
  }
}
