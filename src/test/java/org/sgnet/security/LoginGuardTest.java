package org.sgnet.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sgnet.MovableClock;
import org.sgnet.audit.AuditLog;
import org.sgnet.users.LoginThrottle;
import org.sgnet.users.Role;
import org.sgnet.users.UserDirectory;

/**
 * The guard of logins over a real users file and audit log: the lock written to the file holds
 * after a restart and is lifted by another process's unlock; a flood checks five passwords.
 */
class LoginGuardTest {

  private static final String PASSWORD = "the-right-password-1";

  @TempDir Path dir;

  private final MovableClock clock = new MovableClock(Instant.now());
  private Path usersFile;
  private UserDirectory users;
  private AuditLog audit;

  @BeforeEach
  void userAndLog() {
    usersFile = dir.resolve("users");
    users = directory();
    users.add("ana", Role.ANALYST, PASSWORD.toCharArray());
    audit = new AuditLog(dir.resolve("audit.log"));
  }

  @AfterEach
  void closeLog() {
    audit.close();
  }

  private UserDirectory directory() {
    return new UserDirectory(usersFile, 1, Duration.ofSeconds(5), clock);
  }

  /** A guard as a freshly started server has it: counts in memory start empty. */
  private LoginGuard guard(UserDirectory directory) {
    return new LoginGuard(
        directory, new LoginThrottle(LoginThrottle.Settings.defaults(), clock), audit, clock);
  }

  private static LoginGuard.Result login(LoginGuard guard, String password) {
    return guard.login("ana", password.toCharArray(), "GET", "/api/agencies");
  }

  /** Sends wrong passwords without waiting until the name is locked; returns how many it took. */
  private static int floodUntilLocked(LoginGuard guard, UserDirectory directory) {
    int sent = 0;
    while (directory.lockedUntil("ana").isEmpty() && sent < 50) {
      login(guard, "wrong-password-" + sent);
      sent++;
    }
    return sent;
  }

  @Test
  void shouldLockAfterTenAttemptsCheckingOnlyFivePasswordsAndAuditTheLockOnce() throws Exception {
    LoginGuard guard = guard(users);
    long before = users.hashesComputed();

    assertThat(floodUntilLocked(guard, users)).isEqualTo(10);

    assertThat(users.hashesComputed() - before).isEqualTo(5);
    LoginGuard.Result right = login(guard, PASSWORD);
    assertThat(right.signedIn()).isFalse();
    assertThat(right.retryAfter()).isEqualTo(Duration.ofMinutes(15));
    List<String> lines = Files.readAllLines(dir.resolve("audit.log"));
    assertThat(lines)
        .singleElement()
        .satisfies(
            l ->
                assertThat(l)
                    .contains("\"event\":\"lockout\"", "\"user\":\"ana\"", "\"status\":429"));
    assertThat(AuditLog.verify(dir.resolve("audit.log")).intact()).isTrue();
  }

  @Test
  void shouldKeepTheLockAfterARestartUntilItEnds() {
    floodUntilLocked(guard(users), users);

    LoginGuard restarted = guard(directory());
    assertThat(login(restarted, PASSWORD).signedIn()).isFalse();
    clock.advance(Duration.ofMinutes(15));
    assertThat(login(restarted, PASSWORD).signedIn()).isTrue();
  }

  @Test
  void shouldLetTheUserInOnceAnotherProcessUnlocksTheFile() {
    LoginGuard guard = guard(users);
    floodUntilLocked(guard, users);

    directory().unlock("ana");

    LoginGuard.Result result = login(guard, PASSWORD);
    assertThat(result.signedIn()).isTrue();
    assertThat(result.role()).isEqualTo(Role.ANALYST);
  }

  @Test
  void shouldCarryTheSessionGenerationThatRevokeRaises() {
    LoginGuard guard = guard(users);
    assertThat(login(guard, PASSWORD).attributes()).containsEntry("sessions", 0L);
    users.revoke("ana");
    assertThat(login(guard, PASSWORD).attributes()).containsEntry("sessions", 1L);
  }
}
