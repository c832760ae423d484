package org.sgnet.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.sgnet.audit.AuditEntry;
import org.sgnet.audit.AuditLog;
import org.sgnet.users.LoginThrottle;
import org.sgnet.users.Role;
import org.sgnet.users.UserDirectory;

/**
 * The one way a password is checked (HTTP Basic, {@code /api/token} and the login form): a locked
 * or slowed name is refused before any hashing, wrong passwords are counted, and a lockout is
 * written to the users file and to the audit trail. Made by {@code SecurityFactory}.
 */
public final class LoginGuard {

  /** The audit event of a lockout. */
  static final String LOCKOUT = "lockout";

  /** How long a caller refused for want of hashing capacity is asked to wait. */
  private static final Duration BUSY_RETRY = Duration.ofSeconds(1);

  private final UserDirectory users;
  private final LoginThrottle throttle;
  private final AuditLog audit;
  private final Clock clock;

  LoginGuard(UserDirectory users, LoginThrottle throttle, AuditLog audit, Clock clock) {
    this.users = users;
    this.throttle = throttle;
    this.audit = audit;
    this.clock = clock;
  }

  /**
   * What a login came to.
   *
   * @param role the user's role when signed in, else {@code null}
   * @param sessions the user's session generation when signed in (carried in the token)
   * @param retryAfter how long to wait when refused for too many attempts, else {@code null} (a
   *     plain wrong password)
   */
  public record Result(Role role, long sessions, Duration retryAfter) {

    /** Whether the name and password were accepted. */
    public boolean signedIn() {
      return role != null;
    }

    /** The attributes of the signed-in user that become claims of its token. */
    public Map<String, Object> attributes() {
      return Map.of(SessionsClaimValidator.CLAIM, sessions);
    }
  }

  /**
   * Checks a name and password for a request.
   *
   * @param name the name sent
   * @param password the password sent (not wiped here)
   * @param method the request's method, for the audit line of a lockout
   * @param path the request's path, for the audit line of a lockout
   */
  public Result login(String name, char[] password, String method, String path) {
    Instant now = clock.instant();
    Instant stored = users.lockedUntil(name).orElse(null);
    if (stored != null) {
      return refused(Duration.between(now, stored));
    }
    if (throttle.lockedUntil(name).isPresent() && users.sessions(name).isPresent()) {
      // The file says unlocked while memory says locked: an administrator lifted the lockout
      // (perhaps with 'sgnet user unlock', in another process).
      throttle.forget(name);
    }
    LoginThrottle.Decision decision = throttle.attempt(name);
    if (!decision.allowed()) {
      if (decision.lockStarted() != null) {
        locked(name, decision.lockStarted(), method, path);
      }
      return refused(decision.retryAfter());
    }
    UserDirectory.Verdict verdict = users.authenticate(name, password);
    switch (verdict.status()) {
      case ACCEPTED -> {
        throttle.succeeded(name);
        return new Result(verdict.role(), verdict.sessions(), null);
      }
      case BUSY -> {
        return refused(BUSY_RETRY);
      }
      default -> {
        throttle.failed(name).ifPresent(until -> locked(name, until, method, path));
        return new Result(null, 0, null);
      }
    }
  }

  /** Lifts a user's lockout, in the file and in memory. */
  public void unlock(String name) {
    users.unlock(name);
    throttle.forget(name);
  }

  private static Result refused(Duration wait) {
    // Whole seconds, at least one: Retry-After counts in seconds.
    long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
    return new Result(null, 0, Duration.ofSeconds(seconds));
  }

  private void locked(String name, Instant until, String method, String path) {
    boolean known = users.lock(name, until);
    // A made-up name is not written down: it may be anything a caller typed, a password included.
    audit.append(
        new AuditEntry(
            clock.instant(),
            known ? name : "unknown",
            List.of(),
            method,
            path,
            path,
            null,
            Map.of("until", until.toString()),
            429,
            false,
            null,
            null,
            LOCKOUT));
  }
}
