package org.sgnet.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.sgnet.SgnetException;

/** The staged import's writer threads stop at the first failure and never outlive a wait. */
class WriterPoolTest {

  @Test
  void shouldRunEveryTaskAndReturnWhenAllHaveEnded() {
    AtomicInteger ran = new AtomicInteger();
    List<Runnable> tasks = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      tasks.add(ran::incrementAndGet);
    }

    try (WriterPool pool = new WriterPool()) {
      pool.runAll(tasks);
    }

    assertThat(ran).hasValue(50);
  }

  @Test
  void shouldThrowTheFirstFailureAndSkipTheTasksNotYetBegun() {
    AtomicInteger ran = new AtomicInteger();
    List<Runnable> tasks = new ArrayList<>();
    tasks.add(
        () -> {
          throw new IllegalStateException("the first batch failed");
        });
    for (int i = 0; i < 1_000; i++) {
      tasks.add(
          () -> {
            ran.incrementAndGet();
            sleep(1);
          });
    }

    try (WriterPool pool = new WriterPool()) {
      assertThatThrownBy(() -> pool.runAll(tasks))
          .isInstanceOf(IllegalStateException.class)
          .hasMessage("the first batch failed");
    }

    // Only those the other threads had begun before the failure ran.
    assertThat(ran.get()).isLessThan(1_000);
  }

  @Test
  void shouldWaitForTheRunningTaskWhenInterruptedThenFailAndKeepTheInterrupt() throws Exception {
    CountDownLatch running = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    AtomicInteger ended = new AtomicInteger();
    AtomicReference<Throwable> thrown = new AtomicReference<>();
    AtomicReference<Boolean> interruptKept = new AtomicReference<>();
    Runnable task =
        () -> {
          running.countDown();
          try {
            release.await();
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          ended.incrementAndGet();
        };
    try (WriterPool pool = new WriterPool()) {
      Thread caller =
          new Thread(
              () -> {
                try {
                  pool.runAll(List.of(task));
                } catch (Throwable t) {
                  thrown.set(t);
                  interruptKept.set(Thread.currentThread().isInterrupted());
                }
              });
      caller.start();
      assertThat(running.await(1, TimeUnit.MINUTES)).isTrue();

      caller.interrupt();
      caller.join(500);
      assertThat(caller.isAlive()).isTrue();
      release.countDown();
      caller.join(60_000);
    }

    assertThat(ended).hasValue(1);
    assertThat(thrown.get())
        .isInstanceOf(SgnetException.class)
        .hasMessage("import interrupted")
        .hasCauseInstanceOf(InterruptedException.class);
    assertThat(interruptKept.get()).isTrue();
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
