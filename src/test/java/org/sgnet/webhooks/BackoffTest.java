package org.sgnet.webhooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class BackoffTest {

  @Test
  void shouldDoubleTheWaitAfterEachFailureUpToTheCap() {
    Backoff backoff = DispatchSettings.defaults().backoff();
    assertThat(IntStream.rangeClosed(1, 12).mapToObj(backoff::after).map(Duration::toSeconds))
        .containsExactly(1L, 2L, 4L, 8L, 16L, 32L, 64L, 128L, 256L, 512L, 600L, 600L);
  }

  @Test
  void shouldNeverOverflowAfterManyFailures() {
    Backoff backoff = new Backoff(Duration.ofMillis(100), Duration.ofMillis(400));
    assertThat(backoff.after(1)).isEqualTo(Duration.ofMillis(100));
    assertThat(backoff.after(3)).isEqualTo(Duration.ofMillis(400));
    assertThat(backoff.after(Integer.MAX_VALUE)).isEqualTo(Duration.ofMillis(400));
  }

  @Test
  void shouldRefuseACapShorterThanTheFirstWait() {
    assertThatThrownBy(() -> new Backoff(Duration.ofSeconds(2), Duration.ofSeconds(1)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
