package org.sgnet.users;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.sgnet.MovableClock;

/** Counting failed logins, backing off and locking, on a clock the test moves. */
class LoginThrottleTest {

  private final MovableClock clock = new MovableClock(Instant.parse("2026-12-06T01:00:00Z"));
  private final LoginThrottle throttle =
      new LoginThrottle(LoginThrottle.Settings.defaults(), clock);

  /** Fails n passwords, each after waiting as long as it was told to. */
  private void failPatiently(String name, int n) {
    for (int i = 0; i < n; i++) {
      LoginThrottle.Decision d = throttle.attempt(name);
      clock.advance(d.retryAfter());
      assertThat(throttle.attempt(name).allowed()).isTrue();
      throttle.failed(name);
    }
  }

  @Test
  void shouldLetFiveWrongPasswordsThroughWithoutWaiting() {
    for (int i = 0; i < 5; i++) {
      assertThat(throttle.attempt("ana").allowed()).as("attempt %d", i + 1).isTrue();
      assertThat(throttle.failed("ana")).isEmpty();
    }
    assertThat(throttle.attempt("ana").allowed()).isFalse();
  }

  @Test
  void shouldDoubleTheWaitFromOneToEightSecondsAfterFiveFailures() {
    failPatiently("ana", 5);
    for (int seconds : new int[] {1, 2, 4, 8, 8}) {
      assertThat(throttle.waitFor("ana")).isEqualTo(Duration.ofSeconds(seconds));
      clock.advance(Duration.ofSeconds(seconds).minusMillis(1));
      assertThat(throttle.waitFor("ana")).isEqualTo(Duration.ofMillis(1));
      clock.advance(Duration.ofMillis(1));
      assertThat(throttle.attempt("ana").allowed()).isTrue();
      throttle.failed("ana");
    }
    assertThat(throttle.lockedUntil("ana")).as("ten failures").isPresent();
  }

  @Test
  void shouldCountAnAttemptMadeTooEarlyAndLengthenTheWait() {
    failPatiently("ana", 5);
    LoginThrottle.Decision early = throttle.attempt("ana");
    assertThat(early.allowed()).isFalse();
    assertThat(early.retryAfter()).as("the sixth failure's wait").isEqualTo(Duration.ofSeconds(2));
  }

  @Test
  void shouldLockUserAfterTenWrongPasswordsForFifteenMinutes() {
    failPatiently("ana", 9);
    clock.advance(throttle.attempt("ana").retryAfter());
    Instant locked = throttle.failed("ana").orElseThrow();

    assertThat(locked).isEqualTo(clock.instant().plus(Duration.ofMinutes(15)));
    assertThat(throttle.lockedUntil("ana")).contains(locked);
    clock.advance(Duration.ofMinutes(1));
    LoginThrottle.Decision during = throttle.attempt("ana");
    assertThat(during.allowed()).isFalse();
    assertThat(during.retryAfter()).isEqualTo(Duration.ofMinutes(14));
    assertThat(during.lockStarted()).as("attempts during a lock do not lengthen it").isNull();

    clock.advance(Duration.ofMinutes(14));
    assertThat(throttle.attempt("ana").allowed()).isTrue();
    assertThat(throttle.failed("ana")).as("one more failure locks again").isPresent();
  }

  @Test
  void shouldCountAttemptsMadeWhileToldToWaitSoThatAFloodLocksWithoutHashing() {
    int checked = 0;
    Instant locked = null;
    for (int i = 0; i < 50 && locked == null; i++) {
      LoginThrottle.Decision d = throttle.attempt("ana");
      if (d.allowed()) {
        checked++;
        locked = throttle.failed("ana").orElse(null);
      } else {
        locked = d.lockStarted();
      }
    }
    assertThat(checked).as("passwords checked").isEqualTo(5);
    assertThat(locked).isNotNull();
    assertThat(throttle.lockedUntil("ana")).isPresent();
  }

  @Test
  void shouldForgetFailuresAfterARightPassword() {
    failPatiently("ana", 9);
    clock.advance(throttle.attempt("ana").retryAfter());
    throttle.succeeded("ana");
    for (int i = 0; i < 5; i++) {
      assertThat(throttle.attempt("ana").allowed()).isTrue();
      throttle.failed("ana");
    }
    assertThat(throttle.lockedUntil("ana")).isEmpty();
  }

  @Test
  void shouldLiftALockWhenAnAdministratorForgetsTheName() {
    failPatiently("ana", 10);
    assertThat(throttle.lockedUntil("ana")).isPresent();
    throttle.forget("ana");
    assertThat(throttle.attempt("ana").allowed()).isTrue();
  }

  @Test
  void shouldKeepOtherNamesUnaffectedAndTrackNoMoreNamesThanTheBound() {
    LoginThrottle small =
        new LoginThrottle(
            new LoginThrottle.Settings(
                1, 2, Duration.ofSeconds(1), Duration.ofSeconds(8), Duration.ofMinutes(15), 3),
            clock);
    small.failed("a");
    small.failed("a");
    assertThat(small.lockedUntil("a")).isPresent();
    assertThat(small.attempt("b").allowed()).isTrue();
    for (String name : new String[] {"n1", "n2", "n3"}) {
      small.failed(name);
    }
    assertThat(small.lockedUntil("a")).as("the least recently tried name is dropped").isEmpty();
  }
}
