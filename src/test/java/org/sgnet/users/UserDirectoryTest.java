package org.sgnet.users;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import at.favre.lib.crypto.bcrypt.BCrypt;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sgnet.SgnetException;

/** The users file: its two line forms, lockouts, session generations and bounded hashing. */
class UserDirectoryTest {

  @TempDir Path dir;

  private static final String PASSWORD = "a-long-password-1";

  private static String hash(String password) {
    // Cost 4: the file format does not care, and the test stays fast.
    return new String(
        BCrypt.withDefaults().hash(4, password.toCharArray()), StandardCharsets.UTF_8);
  }

  @Test
  void shouldReadOldThreeFieldLinesAsUnlockedGenerationZeroAndWriteFiveFields() throws Exception {
    Path file = dir.resolve("users");
    Files.writeString(file, "old:ANALYST:" + hash(PASSWORD) + "\n");
    UserDirectory users = new UserDirectory(file);

    assertThat(users.list()).containsExactly(new User("old", Role.ANALYST, null));
    assertThat(users.sessions("old")).hasValue(0);
    assertThat(users.authenticate("old", PASSWORD.toCharArray()).status())
        .isEqualTo(UserDirectory.Verdict.Status.ACCEPTED);

    users.revoke("old");
    assertThat(Files.readAllLines(file))
        .anySatisfy(l -> assertThat(l).startsWith("old:ANALYST:$2").endsWith(":-:1"));
    assertThat(new UserDirectory(file).sessions("old")).hasValue(1);
  }

  @Test
  void shouldKeepALockInTheFileUntilItEndsOrIsLifted() {
    Path file = dir.resolve("users");
    UserDirectory users = new UserDirectory(file);
    users.add("ana", Role.ANALYST, PASSWORD.toCharArray());
    Instant until = Instant.now().plus(Duration.ofMinutes(15)).truncatedTo(ChronoUnit.SECONDS);

    assertThat(users.lock("ana", until)).isTrue();
    assertThat(users.lock("nobody", until)).isFalse();

    UserDirectory another = new UserDirectory(file);
    assertThat(another.lockedUntil("ana")).contains(until);
    assertThat(another.list()).containsExactly(new User("ana", Role.ANALYST, until));
    another.unlock("ana");
    assertThat(users.lockedUntil("ana")).isEmpty();
    assertThatThrownBy(() -> users.unlock("nobody"))
        .isInstanceOf(SgnetException.class)
        .hasMessage("no user is called nobody");
  }

  @Test
  void shouldNotShowALockThatHasEnded() {
    Path file = dir.resolve("users");
    UserDirectory users = new UserDirectory(file);
    users.add("ana", Role.ANALYST, PASSWORD.toCharArray());
    users.lock("ana", Instant.now().minusSeconds(1));
    assertThat(users.lockedUntil("ana")).isEmpty();
    assertThat(users.list().get(0).lockedUntil()).isNull();
  }

  @Test
  void shouldRaiseTheSessionGenerationOnRevokeAndOnANewPassword() {
    UserDirectory users = new UserDirectory(dir.resolve("users"));
    users.add("ana", Role.ANALYST, PASSWORD.toCharArray());
    assertThat(users.sessions("ana")).hasValue(0);
    assertThat(users.revoke("ana")).isEqualTo(1);
    users.add("ana", Role.ANALYST, "another-password-2".toCharArray());
    assertThat(users.sessions("ana")).hasValue(2);
    assertThat(users.authenticate("ana", "another-password-2".toCharArray()).sessions())
        .isEqualTo(2);
  }

  @Test
  void shouldAnswerBusyWithoutHashingWhenTheHashingBoundIsTaken() throws Exception {
    Path file = dir.resolve("users");
    Files.writeString(file, "ana:ANALYST:" + hash(PASSWORD) + "\n");
    // One check at a time, no waiting: of eight checks started together most find it taken.
    UserDirectory users = new UserDirectory(file, 1, Duration.ZERO, Clock.systemUTC());
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<UserDirectory.Verdict>> verdicts =
          pool.invokeAll(
              java.util.Collections.nCopies(
                  8, () -> users.authenticate("ana", ("wrong-" + Math.random()).toCharArray())));
      long busy = 0;
      for (Future<UserDirectory.Verdict> v : verdicts) {
        if (v.get().status() == UserDirectory.Verdict.Status.BUSY) {
          busy++;
        }
      }
      assertThat(users.hashesComputed()).isEqualTo(8 - busy);
      assertThat(users.hashesComputed()).isGreaterThanOrEqualTo(1);
    } finally {
      pool.shutdownNow();
    }
  }
}
